/**
 * Pages that change: cards added by infinite scroll and a single-page navigation are
 * re-analysed (debounced) and reported again, in the real content script.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { enterNeeds, storedTabFor, waitForStoredTab } from '../../src/cli/story.ts';
import type { Tab } from '../../src/cli/browsers/types.ts';
import { BROWSERS, demoSession } from './support.ts';

async function storedItems(options: Tab, url: string): Promise<number> {
  return (await storedTabFor(options, url))?.items ?? -1;
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe.each(BROWSERS)('%s: pages that change', (name) => {
  const demo = demoSession(name);
  let options: Tab;

  beforeAll(async () => {
    options = await enterNeeds(demo.browser);
  });

  it('reports the new cards after an infinite scroll adds them', async () => {
    const tab = await demo.browser.newTab();
    const url = demo.shop.url('televisiot.html');
    await tab.goto(url);
    await waitForStoredTab(options, url);
    const before = await storedItems(options, url);
    expect(before).toBeGreaterThan(4);
    await tab.evaluate(() => {
      const grid = document.getElementById('results')!;
      const template = grid.lastElementChild!;
      for (let i = 0; i < 6; i++) {
        const card = template.cloneNode(true) as Element;
        const link = card.querySelector('a')!;
        link.setAttribute('href', `tv-more-${i}.html`);
        link.textContent = `Polar P${i} 58" 4K LED-televisio, 60 Hz`;
        grid.append(card);
      }
    });
    await waitFor(async () => (await storedItems(options, url)) >= before + 6, 'the grown listing to be reported');
  });

  it('reports a single-page navigation to another page', async () => {
    const tab = await demo.browser.newTab();
    const url = demo.shop.url('televisiot.html');
    await tab.goto(url);
    await waitForStoredTab(options, url);
    const next = demo.shop.url('televisiot.html?page=2');
    await tab.evaluate(() => {
      history.pushState({}, '', '?page=2');
      document.querySelector('h1')!.textContent = 'Televisiot, sivu 2';
    });
    await waitForStoredTab(options, next, 10_000);
  });
});
