/** The demo shop's TVs, extracted as the content script would, against "Olohuoneen TV". */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../extract/analyze.ts';
import { readNeedsFile } from './needs-file.ts';
import { judge, judgeOffer } from './verdict.ts';
import { offerOfItem } from './facts.ts';

const read = readNeedsFile(readFileSync(new URL('../../test/needs/olohuoneen-tv.json', import.meta.url), 'utf8'));
if (!read.ok) throw new Error(`test/needs/olohuoneen-tv.json: ${JSON.stringify(read.problems)}`);
const livingRoom = read.file.profiles[0]!;

function analyse(file: string) {
  const url = `http://127.0.0.1:8080/${file}`;
  const doc = new JSDOM(readFileSync(new URL(`../../test/demo-shop/${file}`, import.meta.url), 'utf8'), { url }).window.document;
  return analyzePage(doc, url);
}

describe('the demo shop against Olohuoneen TV', () => {
  it('calls the campaign 50" 60 Hz TV at 949 EUR a misfit, naming each miss with its evidence', () => {
    const verdict = judge(analyse('tv-visionex-50.html'), livingRoom);
    expect(verdict?.fit).toBe('misfit');
    expect(verdict?.promoted).toBe(true);
    const byId = Object.fromEntries((verdict?.rows ?? []).map((r) => [r.id, r]));
    expect(byId['r-size']).toMatchObject({ status: 'unmet', where: 'Näytön koko' });
    expect(byId['r-resolution']?.status).toBe('met');
    expect(byId['r-refresh']).toMatchObject({ status: 'unmet', found: '60 Hz' });
    expect(byId['r-hdmi21']?.status).toBe('unmet');
    expect(byId.budget).toMatchObject({ status: 'unmet', found: '949.00 EUR' });
    expect(verdict?.mustUnmet).toBe(4);
    // The shortfalls for the one-line verdict, in the shopper's units: the page said "50" (127 cm)".
    expect(byId['r-size']?.gap).toEqual({ found: 50, wanted: 55, unit: 'in', side: 'below' });
    expect(byId['r-refresh']?.gap).toEqual({ found: 60, wanted: 100, unit: 'Hz', side: 'below' });
    // A met row has no gap; the budget's is the price itself.
    expect(byId['r-resolution']?.gap).toBeUndefined();
  });

  it('says the Lumo 55" 120 Hz at 849 EUR fits', () => {
    const verdict = judge(analyse('tv-lumo-55.html'), livingRoom);
    expect(verdict?.rows.map((r) => [r.id, r.status])).toEqual([
      ['r-size', 'met'], ['r-resolution', 'met'], ['r-refresh', 'met'], ['r-hdmi21', 'met'], ['budget', 'met'],
    ]);
    expect(verdict?.fit).toBe('fits');
    expect(verdict?.score).toBe(1);
  });

  it('judges the listing\'s pushed card a misfit from its title alone', () => {
    const listing = analyse('televisiot.html');
    const pushed = listing.items[listing.highlighted[0]?.index ?? -1];
    expect(pushed?.title).toContain('Visionex');
    expect(judgeOffer(offerOfItem(pushed!), livingRoom, true).fit).toBe('misfit');
  });
});
