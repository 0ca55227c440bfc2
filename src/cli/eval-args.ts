/** The value after a flag on the command line (`--side check`), or null. */
export function argValue(flag: string, argv: readonly string[] = process.argv): string | null {
  const at = argv.indexOf(flag);
  return at >= 0 ? (argv[at + 1] ?? null) : null;
}
