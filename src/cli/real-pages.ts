/** Where the shared real retailer pages are, and a clear failure when they are not there. */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { ROOT } from './build.ts';

export function realPagesDir(): string {
  const dir = resolve(ROOT, process.env.REAL_PAGES_DIR ?? '../shared/real-pages');
  if (!existsSync(dir)) {
    throw new Error(`The real retailer pages are not at ${dir}. Put the shared folder beside the project or set REAL_PAGES_DIR.`);
  }
  return dir;
}

export function readHtml(file: string): string {
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}
