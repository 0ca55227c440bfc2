/** `npm run package` twice from the same tree gives byte-identical store archives. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/cli/build.ts';

const version = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).version as string;
const archives = [`dist/packages/needfit-chrome-${version}.zip`, `dist/packages/needfit-firefox-${version}.zip`];

function packageOnce(): string[] {
  execFileSync(process.execPath, [`${ROOT}node_modules/tsx/dist/cli.mjs`, 'src/cli/package.ts'], { cwd: ROOT, stdio: 'pipe' });
  return archives.map((file) => createHash('sha256').update(readFileSync(`${ROOT}${file}`)).digest('hex'));
}

describe('npm run package', () => {
  it('writes the Chrome and Firefox archives with the same bytes when run twice', () => {
    const first = packageOnce();
    const second = packageOnce();
    expect(first).toHaveLength(2);
    expect(second).toEqual(first);
  }, 180_000);
});
