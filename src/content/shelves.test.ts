import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { SHELVES_MEASURE, shelfAnswerer } from './shelves.ts';
import type { Shelves } from '../extract/index.ts';

const shelves: Shelves = { items: [], highlighted: [{ index: 0, reasons: ['Sponsored'] }] };

describe('shelfAnswerer', () => {
  const doc = new JSDOM('<h1>Drill</h1>').window.document;
  let reads = 0;
  const answer = shelfAnswerer({
    doc,
    location: () => 'https://shop.example/p/1',
    read: async () => {
      reads++;
      return { shelves, activeMs: 2 };
    },
  });

  it('answers only the shelves request, for the page it is on', async () => {
    expect(answer({ type: 'content/page-analysed' })).toBeUndefined();
    expect(answer({ type: 'worker/read-shelves' })).toBeUndefined();
    expect(answer(null)).toBeUndefined();
    expect(await answer({ type: 'worker/read-shelves', url: 'https://shop.example/p/2' })).toBeNull();
    expect(reads).toBe(0);
    expect(await answer({ type: 'worker/read-shelves', url: 'https://shop.example/p/1' })).toEqual({ url: 'https://shop.example/p/1', ...shelves });
    expect(reads).toBe(1);
    expect(performance.getEntriesByName(SHELVES_MEASURE).at(-1)?.duration).toBe(2);
  });
});
