/**
 * `npm run build`: the extension for both browsers from the one manifest.json, into
 * dist/chrome and dist/firefox (these also run on the demo shop's 127.0.0.1), and the store
 * variants without that host into dist/store-<browser>. `--dev-only` skips the store ones.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  tidy(distDir(target, store));
  console.log(`built ${distDir(target, store).slice(ROOT.length)} in ${Date.now() - started} ms`);
}

/**
 * crxjs exposes a script imported with `?script` as a web-accessible resource for every
 * site and leaves its intermediate ESM chunk behind. Needfit injects that file only with
 * scripting.executeScript / registerContentScripts, which need neither: so both go, pages
 * cannot probe for the extension through it, and the package carries no dead code.
 */
export function tidy(dir: string): void {
  const manifestPath = `${dir}/manifest.json`;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  delete manifest.web_accessible_resources;
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  for (const file of readdirSync(`${dir}/assets`)) {
    if (/^main\.iife\.ts-.*\.js$/.test(file)) rmSync(`${dir}/assets/${file}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const variants = process.argv.includes('--dev-only') ? [false] : [false, true];
  try {
    for (const store of variants) for (const target of TARGETS) build(target, store);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
