/**
 * The popup's length (issue 15.4): a browser shows a toolbar popup at most 600 px tall and
 * scrolls the rest, so the typical popup must answer within that. Measured in real Chromium
 * and Firefox with the built extension on the demo listing (the demo needs imported) and on
 * the real Amazon search page; also that no title is written out more than twice and that a
 * clamped title keeps its full text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveCorpus } from '../../src/cli/corpus-server.ts';
import type { DemoServer } from '../../src/cli/demo-server.ts';
import { openPopup, waitForStoredTab } from '../../src/cli/story.ts';
import type { Tab } from '../../src/cli/browsers/types.ts';
import { artifact, BROWSERS, demoSession, POPUP_MAX_HEIGHT, popupContentHeight } from './support.ts';
import { importNeeds } from './import-needs.ts';

interface Length {
  height: number;
  width: number;
  /** Each title (product or card name) the popup shows, with how many times its text appears. */
  repeats: { title: string; times: number }[];
}

function measure(popup: Tab): Promise<Length> {
  return popup.evaluate(() => {
    const body = document.body;
    const text = (document.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');
    const titles = [...document.querySelectorAll('.product-name, .alt-list a, .compare .clamp')].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
    const repeats = [...new Set(titles)].filter((t) => t.length >= 12).map((title) => ({ title, times: text.split(title).length - 1 }));
    return { width: Math.ceil(body.getBoundingClientRect().width), repeats };
  }).then(async (seen) => ({ ...seen, height: await popupContentHeight(popup) }));
}

describe.each(BROWSERS)('%s: the popup fits a toolbar popup', (name) => {
  const session = demoSession(name);
  let corpus: DemoServer;
  let options: Tab;

  beforeAll(async () => {
    corpus = await serveCorpus();
    options = await importNeeds(session.browser);
  });
  afterAll(async () => {
    await corpus?.close();
  });

  async function popupOn(url: string): Promise<Tab> {
    const tab = await session.browser.newTab();
    await tab.goto(url);
    const stored = await waitForStoredTab(options, url, 30_000);
    return (await openPopup(session.browser, stored.tabId)).popup;
  }

  it('on the demo listing, with the TV profile judging the pushed card', async () => {
    const popup = await popupOn(session.shop.url('televisiot.html'));
    await popup.screenshot(artifact(`popup-length-${name}-demo.png`));
    const length = await measure(popup);
    console.log(name, 'demo', JSON.stringify(length));
    expect(await popup.evaluate(() => document.querySelector('[data-verdict]') !== null)).toBe(true);
    expect(length.height).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
    for (const r of length.repeats) expect(r.times, r.title).toBeLessThanOrEqual(2);
  });

  it('on the real Amazon search page', async () => {
    const popup = await popupOn(corpus.url('listings/amazon-com-search.html.gz'));
    await popup.screenshot(artifact(`popup-length-${name}-amazon.png`));
    const length = await measure(popup);
    console.log(name, 'amazon', JSON.stringify(length));
    // Its 180-character name is clamped to two lines; the whole of it stays in the title and the text.
    const clamp = await popup.evaluate(() => {
      const el = document.querySelector('.product-name') as HTMLElement;
      return { title: el.title, text: (el.textContent ?? '').trim(), clamped: el.scrollHeight > el.clientHeight + 1, lines: Math.round(el.clientHeight / parseFloat(getComputedStyle(el).lineHeight)) };
    });
    expect(clamp.text.length).toBeGreaterThan(150);
    expect(clamp.title).toBe(clamp.text);
    expect(clamp.clamped).toBe(true);
    expect(clamp.lines).toBe(2);
    expect(length.height).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
    for (const r of length.repeats) expect(r.times, r.title).toBeLessThanOrEqual(2);
  });
});
