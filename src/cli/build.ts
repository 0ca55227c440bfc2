/**
 * `npm run build`: the extension for both browsers from the one manifest.json.
 * `--store` builds the store variant (no demo-shop host) into dist/store-<browser>.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const TARGETS = ['chrome', 'firefox'] as const;
export type Target = (typeof TARGETS)[number];
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function distDir(target: Target, store: boolean): string {
  return `${ROOT}dist/${store ? 'store-' : ''}${target}`;
}

export function build(target: Target, store: boolean): void {
  const started = Date.now();
  const result = spawnSync(process.execPath, [`${ROOT}node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEEDFIT_TARGET: target, NEEDFIT_STORE: store ? '1' : '0' },
  });
  if (result.status !== 0) {
    throw new Error(`The ${target} build failed (vite exited with ${result.status ?? result.signal}).`);
  }
  console.log(`built ${distDir(target, store).slice(ROOT.length)} in ${Date.now() - started} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const store = process.argv.includes('--store');
  try {
    for (const target of TARGETS) build(target, store);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
