// @vitest-environment jsdom
/**
 * The one-line verdict from a real verdict (the demo's campaign TV against the demo needs),
 * in the three UI languages from the real _locales files.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzePage } from '../extract/analyze.ts';
import { readNeedsFile } from '../core/needs-file.ts';
import { judge } from '../core/verdict.ts';
import { attributeLabel, inEachLanguage } from '../core/describe.ts';
import type { TabReport } from '../messages.ts';
import { locale } from '../../test/unit/support/locale-stub.ts';

vi.mock('webextension-polyfill', () => import('../../test/unit/support/locale-stub.ts'));

const { headline, needOf, verdictLine } = await import('./VerdictView.tsx');

// Under jsdom import.meta.url is no file URL; vitest runs from the project root.
const ROOT = process.cwd();
const needs = readNeedsFile(readFileSync(`${ROOT}/test/needs/olohuoneen-tv.json`, 'utf8'));
if (!needs.ok) throw new Error('the demo needs file does not parse');
const profile = needs.file.profiles[0]!;

function verdictOf(file: string) {
  const url = `http://127.0.0.1:8080/${file}`;
  const doc = new JSDOM(readFileSync(`${ROOT}/test/demo-shop/${file}`, 'utf8'), { url }).window.document;
  const verdict = judge(analyzePage(doc, url), profile);
  if (!verdict) throw new Error(`${file}: no verdict`);
  return verdict;
}

const report = { profile, unstated: [] } as unknown as TabReport;

describe('verdictLine', () => {
  beforeEach(() => {
    locale.lang = 'en';
  });

  it('names each miss in numbers, in the shopper’s units, and the budget by price', () => {
    const line = verdictLine(verdictOf('tv-visionex-50.html'), report);
    expect(line.startsWith('Does not fit: 50″ < 55″ · 60\u00a0Hz < 100\u00a0Hz · ')).toBe(true);
    expect(line).toContain('€949.00 > €900.00');
    // A count has no unit: the attribute's name says what is counted.
    expect(line).toMatch(/HDMI 2\.1[^·]* 0 < 2 · /);
  });

  it('writes numbers and prices as Finnish and Swedish do', () => {
    locale.lang = 'fi';
    const fi = verdictLine(verdictOf('tv-visionex-50.html'), report);
    expect(fi.startsWith('Ei sovi: 50″ < 55″ · 60\u00a0Hz < 100\u00a0Hz')).toBe(true);
    expect(fi).toMatch(/949,00\s€ > 900,00\s€/);
    locale.lang = 'sv';
    expect(verdictLine(verdictOf('tv-visionex-50.html'), report).startsWith('Passar inte: 50″ < 55″')).toBe(true);
  });

  it('names the needs in Swedish in a Swedish UI, the Finnish and English ones in theirs', () => {
    const verdict = verdictOf('tv-visionex-50.html');
    const needs = () => verdict.rows.filter((r) => r.id !== 'budget').map((r) => needOf(r, report));
    locale.lang = 'sv';
    expect(needs()).toEqual(['Skärmstorlek minst 55″', 'Upplösning minst 4K (2160p)', 'Uppdateringsfrekvens minst 100\u00a0Hz', 'HDMI 2.1-portar minst 2']);
    // A count's miss is named by the attribute, in Swedish too.
    expect(verdictLine(verdict, report)).toMatch(/HDMI 2\.1-portar[^·]* 0 < 2/);
    locale.lang = 'sv-FI';
    expect(needs()[0]).toBe('Skärmstorlek minst 55″');
    locale.lang = 'fi';
    expect(needs()[0]).toBe('Näytön koko vähintään 55″');
    locale.lang = 'en-GB';
    expect(needs()[0]).toBe('Screen size at least 55″');
  });

  it('names what the page does not state in Swedish', () => {
    locale.lang = 'sv';
    const unknown = { ...verdictOf('tv-visionex-50.html'), fit: 'unknown' as const };
    const unstated = [inEachLanguage((l) => attributeLabel('refresh_rate', l)), inEachLanguage((l) => attributeLabel('hdmi21_ports', l))];
    expect(headline(unknown, unstated)).toBe('Kan inte avgöra: sidan anger inte uppdateringsfrekvens, HDMI 2.1-portar');
  });

  it('says so in one phrase when everything fits', () => {
    locale.lang = 'fi';
    expect(verdictLine(verdictOf('tv-lumo-55.html'), report)).toBe('Sopii kaikkiin tarpeisiisi');
  });
});
