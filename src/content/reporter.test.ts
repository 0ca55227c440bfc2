import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { PageAnalysis } from '../contract/analysis.ts';
import { startReporting } from './reporter.ts';
import { analysis } from '../../test/unit/support/fixtures.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('startReporting', () => {
  it('reports the page once, and again only when asked or when the analysis changed', async () => {
    const doc = new JSDOM('<h1>TV</h1>').window.document;
    const posted: unknown[] = [];
    let current: PageAnalysis = analysis();
    const again = startReporting({
      doc,
      location: () => 'https://shop.fi/tv',
      analyse: async () => ({ analysis: current, activeMs: 1 }),
      post: async (message) => {
        posted.push(message);
        return { ok: true, value: { stored: true } };
      },
      warn: () => undefined,
    });
    await tick();
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ type: 'content/page-analysed', payload: { analysis: { kind: 'product' } } });
    again();
    await tick();
    expect(posted).toHaveLength(2); // a forced run sends even when unchanged
    current = analysis({ kind: 'listing', product: null });
    again();
    await tick();
    expect(posted).toHaveLength(3);
  });

  it('never lets an analysis failure escape into the page', async () => {
    const doc = new JSDOM('').window.document;
    const warnings: string[] = [];
    startReporting({
      doc,
      location: () => 'https://shop.fi/',
      analyse: async () => {
        throw new Error('boom');
      },
      post: async () => undefined,
      warn: (message) => warnings.push(message),
    });
    await tick();
    expect(warnings).toEqual(['analysis failed']);
  });
});
