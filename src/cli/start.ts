/**
 * `npm start`: build both browsers' extensions, serve the demo shop on 127.0.0.1 and show
 * Needfit working in Chromium. With a display, a normal window to try it by hand; without
 * one, headless: enter the demo needs, visit the campaign TV, print the popup's verdict and
 * save a screenshot under out/.
 */
import { mkdirSync } from 'node:fs';
import { build, distDir, ROOT, TARGETS } from './build.ts';
import { launchChromium } from './browsers/chromium.ts';
import { serveFolder } from './demo-server.ts';
import { DEMO_NEEDS, enterNeeds, openPopup, OPTIONS_PAGE, waitForStoredTab } from './story.ts';

const DEMO_PRODUCT = 'tv-visionex-50.html';

async function headlessDemo(): Promise<number> {
  const shop = await serveFolder();
  const browser = await launchChromium(distDir('chrome', false), { headless: true });
  try {
    console.log(`demo shop at ${shop.origin}; Chromium is headless (no display)`);
    const options = await enterNeeds(browser);
    console.log(`entered needs "${DEMO_NEEDS.name}": price at most ${DEMO_NEEDS.budget} EUR`);
    const page = await browser.newTab();
    const url = shop.url(DEMO_PRODUCT);
    await page.goto(url);
    const stored = await waitForStoredTab(options, url);
    console.log(`content script reported ${stored.kind} page "${stored.productName ?? '?'}" (tab ${stored.tabId})`);
    const { popup, reading } = await openPopup(browser, stored.tabId);
    mkdirSync(`${ROOT}out`, { recursive: true });
    const shot = `${ROOT}out/popup-chromium.png`;
    await popup.screenshot(shot);
    console.log(`\nPOPUP VERDICT: ${reading.verdict ?? 'none'} (promoted: ${reading.promoted ?? '?'})`);
    console.log(`  ${reading.headline}`);
    console.log(`  ${reading.text}`);
    console.log(`\nscreenshot: ${shot.slice(ROOT.length)}`);
    return reading.verdict ? 0 : 1;
  } finally {
    await browser.close();
    await shop.close();
  }
}

async function windowedDemo(): Promise<number> {
  const shop = await serveFolder();
  const browser = await launchChromium(distDir('chrome', false), { headless: false });
  const options = await browser.newTab();
  await options.goto(browser.extensionUrl(OPTIONS_PAGE));
  const listing = await browser.newTab();
  await listing.goto(shop.url('televisiot.html'));
  console.log(`demo shop at ${shop.origin}`);
  console.log('1. In the Needfit tab, enter your needs (try a TV with a price limit of 900 EUR).');
  console.log(`2. Open ${shop.url(DEMO_PRODUCT)} and click the Needfit toolbar button.`);
  console.log('Close the browser window to stop.');
  const page = await browser.page();
  await new Promise<void>((resolve) => page.context().on('close', () => resolve()));
  await shop.close();
  return 0;
}

async function main(): Promise<number> {
  for (const target of TARGETS) build(target, false);
  const headless = !process.env.DISPLAY || process.env.CI === 'true' || process.argv.includes('--headless');
  return headless ? headlessDemo() : windowedDemo();
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
