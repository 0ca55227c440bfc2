// @vitest-environment jsdom
/**
 * The side-by-side comparison from a real report: the demo listing recorded and reported by
 * the worker's own code on fake-indexeddb, rendered with the real component and locale files.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzePage } from '../extract/analyze.ts';
import { readNeedsFile } from '../core/needs-file.ts';
import { openStore } from '../storage/store.ts';
import { buildReport } from '../background/report.ts';
import type { TabReport } from '../messages.ts';
import { locale } from '../../test/unit/support/locale-stub.ts';

vi.mock('webextension-polyfill', () => import('../../test/unit/support/locale-stub.ts'));

const { ComparisonView } = await import('./ComparisonView.tsx');

// Under jsdom import.meta.url is no file URL; vitest runs from the project root.
const ROOT = process.cwd();
const NOW = Date.UTC(2026, 10, 20);

async function listingReport(): Promise<TabReport> {
  const needs = readNeedsFile(readFileSync(`${ROOT}/test/needs/olohuoneen-tv.json`, 'utf8'));
  if (!needs.ok) throw new Error('the demo needs file does not parse');
  const store = await openStore(`compare-${Math.random()}`);
  await store.saveProfile(needs.file.profiles[0]!);
  const url = 'http://127.0.0.1:8080/televisiot.html';
  const doc = new JSDOM(readFileSync(`${ROOT}/test/demo-shop/televisiot.html`, 'utf8'), { url }).window.document;
  await store.recordPage(1, analyzePage(doc, url), NOW);
  return buildReport(store, 1, NOW);
}

function shown(report: TabReport): HTMLElement {
  const root = document.createElement('div');
  render(<ComparisonView report={report} />, root);
  return root;
}

const texts = (root: HTMLElement, selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent?.replace(/\s+/g, ' ').trim());

describe('ComparisonView', () => {
  beforeEach(() => {
    locale.lang = 'en';
  });

  it('puts the pushed TV beside the best fit, need by need, with headers for each row and column', async () => {
    const root = shown(await listingReport());
    const headers = texts(root, 'thead th');
    expect(headers[0]).toBe('Need');
    expect(headers[1]).toBe('Pushed item');
    expect(root.querySelector('thead th:nth-child(2)')?.getAttribute('title')).toMatch(/^Visionex V50-UQ7/);
    expect(headers[2]).toMatch(/^Lumo L55-Q9/);
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim()));
    const size = rows.find((r) => r[0]?.startsWith('Screen size'));
    expect(size?.[1]).toMatch(/^✗ not met: 50/);
    expect(size?.[2]).toMatch(/^✓ met: 55/);
    expect(rows.at(-2)).toEqual(['Price difference', '–', '€100.00 cheaper']);
    // How the shop pushes each: the demo's pushed card carries two badges, a struck-through price and its own styling.
    expect(rows.at(-1)).toEqual([
      'How the shop pushes it', "campaign, shop's pick, discount, placed first", 'not pushed on the page',
    ]);
    expect(root.querySelectorAll('tbody th[scope="row"]').length).toBe(rows.length);
  });

  it('in Finnish', async () => {
    locale.lang = 'fi';
    const root = shown(await listingReport());
    expect(texts(root, 'thead th')[1]).toBe('Nostettu tuote');
    expect(texts(root, '.compare-difference td').at(-1)).toMatch(/^100,00\s€ halvempi$/);
    expect(texts(root, '.compare-pushed-how th')).toEqual(['Miten kauppa nostaa']);
  });

  it('says how the shop pushes a better fit too, and that an item seen earlier is not known', async () => {
    const report = await listingReport();
    const [best] = report.alternatives ?? [];
    const pushed = { ...report, alternatives: [{ ...best!, pushedAs: ['sponsored', 'campaign'] as const }] } as TabReport;
    expect(texts(shown(pushed), '.compare-pushed-how td').at(-1)).toBe('paid, campaign');
    const { pushedAs: _unknown, ...earlier } = best!;
    expect(texts(shown({ ...report, alternatives: [{ ...earlier, seen: 'earlier', seenAt: NOW }] }), '.compare-pushed-how td').at(-1)).toBe('not known (seen earlier)');
  });

  it('shows nothing without a better fit to compare with', () => {
    expect(shown({ verdict: null, subject: null, alternatives: [] } as unknown as TabReport).innerHTML).toBe('');
  });
});
