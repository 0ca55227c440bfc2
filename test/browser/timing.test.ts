/**
 * The user-timing entries the content script leaves in the page's timeline, which
 * `npm run bench` reads from outside: its start-up, each analysis (the first and the ones a
 * page change causes) and the longest slice. Chromium, the bench's browser.
 */
import { describe, expect, it } from 'vitest';
import { demoSession } from './support.ts';

interface Timeline {
  init: number[];
  analyses: number[];
  walls: number[];
  slices: number[];
}

const timeline = (): Timeline => ({
  init: performance.getEntriesByName('needfit:script-init').map((e) => e.duration),
  analyses: performance.getEntriesByName('needfit:analysis').map((e) => e.duration),
  walls: performance.getEntriesByName('needfit:analysis-wall').map((e) => e.duration),
  slices: performance.getEntriesByName('needfit:longest-slice').map((e) => e.duration),
});

describe('chromium: timings for the bench', () => {
  const demo = demoSession('chromium');

  it('records start-up, the analysis and its longest slice, and a new analysis after a page change', async () => {
    const tab = await demo.browser.newTab();
    await tab.goto(demo.shop.url('tv-visionex-50.html'));
    let first: Timeline = { init: [], analyses: [], walls: [], slices: [] };
    for (let i = 0; i < 50 && first.analyses.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      first = await tab.evaluate(timeline);
    }
    expect(first.init).toHaveLength(1);
    expect(first.analyses).toHaveLength(1);
    const [analysis] = first.analyses as [number];
    expect(analysis).toBeGreaterThan(0);
    // Our own time excludes the pauses given to the page: never more than the wall time.
    expect(analysis).toBeLessThanOrEqual((first.walls[0] ?? 0) + 0.001);
    expect(first.slices[0]).toBeLessThanOrEqual(analysis + 0.001);

    // Three elements appended, as infinite scroll does: analysed again, start-up not repeated.
    await tab.evaluate(() => {
      for (let i = 0; i < 3; i++) document.body.append(document.createElement('div'));
    });
    let after = first;
    for (let i = 0; i < 50 && after.analyses.length < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await tab.evaluate(timeline);
    }
    expect(after.analyses).toHaveLength(2);
    expect(after.init).toHaveLength(1);
  });
});
