import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inspectFile, parseArgs } from './inspect.ts';
import { formatNeeds, loadNeeds, needsJson } from './needs-option.ts';

const needsPath = fileURLToPath(new URL('../../test/needs/olohuoneen-tv.json', import.meta.url));
const demo = (file: string) => fileURLToPath(new URL(`../../test/demo-shop/${file}`, import.meta.url));

describe('inspect --needs', () => {
  it('prints each requirement of the profile chosen by category, with the value found and where', () => {
    const options = parseArgs([demo('tv-visionex-50.html'), '--needs', needsPath]);
    const { analysis } = inspectFile(demo('tv-visionex-50.html'));
    const text = formatNeeds(analysis, options.needs!);
    expect(text).toContain('"Olohuoneen TV" (tv): the product looks like tv');
    expect(text).toMatch(/does not fit .*must-haves missed 4\/5/);
    expect(text).toMatch(/✗ must {2}Refresh rate at least 100\u00a0Hz +60 Hz under "Virkistystaajuus" \[visible\]/);
    expect(text).toMatch(/✓ must {2}Resolution at least 4K/);
  });

  it('takes --profile by name, and gives the verdicts as data for --json', () => {
    const options = parseArgs([demo('tv-lumo-55.html'), '--profile', 'KOULUN LÄPPÄRI', '--needs', needsPath]);
    const { analysis } = inspectFile(demo('tv-lumo-55.html'));
    expect(needsJson(analysis, options.needs!).profile).toBe('Koulun läppäri');
    const tv = needsJson(analysis, { profiles: options.needs!.profiles });
    expect(tv.product?.fit).toBe('fits');
    expect(() => formatNeeds(analysis, { ...options.needs!, profile: 'Sauna' })).toThrow(/no profile named "Sauna"/);
  });

  it('refuses a bad needs file, naming the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'needfit-needs-option-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'needfit-needs', version: 1, exportedAt: 'x', profiles: [{ id: 'a' }] }));
    expect(() => loadNeeds(bad)).toThrow(/profiles\.0\.name/);
    expect(() => parseArgs(['x.html', '--needs'])).toThrow(/--needs needs a value/);
  });
});
