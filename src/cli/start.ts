/**
 * `npm start`: build both browsers' extensions, serve the demo shop on 127.0.0.1 and show
 * Needfit working in Chromium. With a display, a normal window to try it by hand; without
 * one, headless: import the demo needs, visit the second shop (Kauppa B) where the demo's
 * campaign TV sells for less, then open the demo listing where the shop pushes that TV, and
 * print the popup's verdict, the better-fitting TV and where else she saw the pushed TV;
 * save out/popup-chromium.png.
 */
import { mkdirSync } from 'node:fs';
import { build, distDir, ROOT, TARGETS } from './build.ts';
import { launchChromium } from './browsers/chromium.ts';
import { DEMO_SHOP_B_DIR, serveFolder } from './demo-server.ts';
import { openPopup, OPTIONS_PAGE, waitForStoredTab } from './story.ts';
import { DEMO_NEEDS_FILE, importNeedsFile } from './import-needs.ts';
import { ensureBrowsers } from './browsers/find.ts';

const DEMO_PRODUCT = 'tv-visionex-50.html';
const DEMO_LISTING = 'televisiot.html';
/** At Kauppa B, the second shop: its listing (pushing another brand) and the same TV. */
const SHOP_B_PAGES = ['televisiot.html', 'visionex-v50-uq7.html'];

async function headlessDemo(): Promise<number> {
  const shop = await serveFolder();
  const shopB = await serveFolder(DEMO_SHOP_B_DIR);
  const browser = await launchChromium(distDir('chrome', false), { headless: true });
  try {
    console.log(`demo shop at ${shop.origin}, Kauppa B at ${shopB.origin}; Chromium is headless (no display)`);
    const options = await importNeedsFile(browser);
    console.log(`imported needs from ${DEMO_NEEDS_FILE.slice(ROOT.length)}: ${(await options.text('.profiles .profile-name')).trim()} and more`);
    const atB = await browser.newTab();
    for (const file of SHOP_B_PAGES) {
      await atB.goto(shopB.url(file));
      const seen = await waitForStoredTab(options, shopB.url(file));
      console.log(`first, at Kauppa B: the ${seen.kind} page ${file}`);
    }
    const page = await browser.newTab();
    const url = shop.url(DEMO_LISTING);
    await page.goto(url);
    const stored = await waitForStoredTab(options, url);
    console.log(`content script reported the ${stored.kind} page ${DEMO_LISTING} (tab ${stored.tabId})`);
    const { popup, reading } = await openPopup(browser, stored.tabId);
    const pushed = (await popup.text('.product-name')).trim();
    const hasBetter = await popup.evaluate(() => document.querySelector('.alternatives li a') !== null);
    const better = hasBetter ? (await popup.text('.alternatives li a')).trim() : null;
    // innerText: the line break between the price and the push reads as one.
    const elsewhere = await popup.evaluate(() => (document.querySelector<HTMLElement>('.elsewhere li')?.innerText ?? '').replace(/\s+/g, ' ').trim() || null);
    mkdirSync(`${ROOT}out`, { recursive: true });
    const shot = `${ROOT}out/popup-chromium.png`;
    await popup.screenshot(shot);
    console.log(`\nTHE SHOP PUSHES: ${pushed}`);
    console.log(`POPUP VERDICT: ${reading.verdict ?? 'none'} (promoted: ${reading.promoted ?? '?'})`);
    console.log(`  ${reading.headline}`);
    console.log(`BETTER FIT: ${better ?? 'none found'}`);
    console.log(`SEEN ELSEWHERE: ${elsewhere ?? 'nothing'}`);
    console.log(`\nscreenshot: ${shot.slice(ROOT.length)}`);
    return reading.verdict && better && elsewhere ? 0 : 1;
  } finally {
    await browser.close();
    await shop.close();
    await shopB.close();
  }
}

async function windowedDemo(): Promise<number> {
  const shop = await serveFolder();
  const shopB = await serveFolder(DEMO_SHOP_B_DIR);
  const browser = await launchChromium(distDir('chrome', false), { headless: false });
  const options = await browser.newTab();
  await options.goto(browser.extensionUrl(OPTIONS_PAGE));
  const listing = await browser.newTab();
  await listing.goto(shop.url('televisiot.html'));
  console.log(`demo shop at ${shop.origin}, Kauppa B at ${shopB.origin}`);
  console.log(`1. In the Needfit tab, import your needs from ${DEMO_NEEDS_FILE.slice(ROOT.length)} (or enter them by hand).`);
  console.log(`2. Visit ${shopB.url(SHOP_B_PAGES[1]!)}, the same TV at the second shop.`);
  console.log(`3. On ${shop.url(DEMO_LISTING)} (or ${shop.url(DEMO_PRODUCT)}), click the Needfit toolbar button.`);
  console.log('Close the browser window to stop.');
  const page = await browser.page();
  await new Promise<void>((resolve) => page.context().on('close', () => resolve()));
  await shop.close();
  await shopB.close();
  return 0;
}

async function main(): Promise<number> {
  const { chromium } = ensureBrowsers(['chromium']);
  console.log(`Chromium: ${chromium}`);
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
