/**
 * `npm run package`: the store archives, built from the store variant (no demo-shop host).
 * Chrome: a zip with sorted entries and pinned timestamps. Firefox: `web-ext build`, whose
 * zip stamps entries with the current time in the order files finished reading, rewritten
 * with sorted entries and pinned timestamps. Built twice from one commit, the bytes match.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import webExt from 'web-ext';
import { build, distDir, ROOT, TARGETS } from './build.ts';

/** 1 Jan 2020 unless SOURCE_DATE_EPOCH says otherwise: the same for every build of a commit. */
const PINNED = new Date(Number(process.env.SOURCE_DATE_EPOCH ?? 1577836800) * 1000);
const OUT = `${ROOT}dist/packages`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(path) : [path];
    })
    .sort();
}

function pinTimes(dir: string): void {
  for (const file of filesUnder(dir)) utimesSync(file, PINNED, PINNED);
}

/** Writes entries sorted by path with one pinned timestamp: the same input, the same bytes. */
function writeZip(files: Map<string, Uint8Array>, out: string): void {
  const entries: Zippable = {};
  for (const name of [...files.keys()].sort()) entries[name] = [files.get(name)!, { mtime: PINNED, level: 9 }];
  writeFileSync(out, zipSync(entries));
}

function zipFolder(dir: string, out: string): void {
  writeZip(new Map(filesUnder(dir).map((file) => [relative(dir, file).split('\\').join('/'), readFileSync(file)])), out);
}

function normaliseZip(path: string): void {
  const files = new Map(Object.entries(unzipSync(readFileSync(path))).filter(([name]) => !name.endsWith('/')));
  writeZip(files, path);
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function main(): Promise<void> {
  const version = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).version as string;
  mkdirSync(OUT, { recursive: true });
  for (const target of TARGETS) {
    build(target, true);
    pinTimes(distDir(target, true));
  }
  const chromeZip = `${OUT}/needfit-chrome-${version}.zip`;
  zipFolder(distDir('chrome', true), chromeZip);
  const firefoxName = `needfit-firefox-${version}.zip`;
  await webExt.cmd.build(
    { sourceDir: distDir('firefox', true), artifactsDir: OUT, filename: firefoxName, overwriteDest: true },
    { showReadyMessage: false },
  );
  normaliseZip(`${OUT}/${firefoxName}`);
  for (const file of [chromeZip, `${OUT}/${firefoxName}`]) {
    console.log(`${relative(ROOT, file)}  ${statSync(file).size} bytes  sha256 ${sha256(file)}`);
  }
}

main().catch((error: unknown) => {
  console.error(`packaging failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
