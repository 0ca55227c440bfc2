/**
 * "My needs" in real browsers: a TV profile entered on the options page with requirements
 * survives the worker being stopped and the browser being restarted (Chromium), is exported
 * as a needs file, and that file is imported into Firefox after a preview; a bad file is
 * refused with its profile, requirement and field named in words, and nothing written.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type DemoServer } from '../../src/cli/demo-server.ts';
import { OPTIONS_PAGE, openPopup, waitForStoredTab } from '../../src/cli/story.ts';
import { launchChromium, type ChromiumExtensionBrowser } from '../../src/cli/browsers/chromium.ts';
import type { ExtensionBrowser, Tab } from '../../src/cli/browsers/types.ts';
import type { NeedsProfile } from '../../src/core/needs.ts';
import { artifact, builtDist, launch, readAll } from './support.ts';
import { pickFile } from '../../src/cli/import-needs.ts';

/** The profiles as the worker stored them, read from an extension page. */
const storedProfiles = (page: Tab) => readAll<NeedsProfile>(page, 'profiles');

/** Clicks the export button and returns the file it offered for download. */
async function exportedFile(page: Tab): Promise<{ name: string; text: string }> {
  await page.evaluate(() => {
    const seen = window as unknown as { needfitDownloads: { href: string; name: string }[] };
    seen.needfitDownloads = [];
    // Observe the download link instead of the browser's download shelf, which differs per browser.
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      seen.needfitDownloads.push({ href: this.href, name: this.download });
    };
  });
  await page.click('#export-needs');
  return page.evaluate(async () => {
    const seen = window as unknown as { needfitDownloads: { href: string; name: string }[] };
    const last = seen.needfitDownloads.at(-1);
    if (!last) throw new Error('the export offered no file');
    return { name: last.name, text: await (await fetch(last.href)).text() };
  });
}

let exported: { name: string; text: string } | null = null;

describe('chromium: a TV profile with requirements', () => {
  let shop: DemoServer;
  let browser: ChromiumExtensionBrowser;
  const profileDir = mkdtempSync(join(tmpdir(), 'needfit-needs-'));

  beforeAll(async () => {
    shop = await serveFolder();
    browser = await launchChromium(builtDist('chromium'), { profileDir });
  });
  afterAll(async () => {
    await browser?.close();
    await shop?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('is entered on the options page from the TV template, with immediate messages for bad values', async () => {
    const options = await browser.openExtensionPage(OPTIONS_PAGE, '[data-action="new-profile"]');
    await options.click('[data-action="new-profile"]');
    await options.fill('#profile-name', 'Olohuoneen TV');
    await options.select('#profile-category', 'tv');
    await options.click('[data-action="use-template"]');
    await options.waitFor('#req-5-op');
    await options.fill('#profile-budget', '900');
    await options.fill('#req-0-value', 'iso');
    expect(await options.attribute('#req-0-value', 'aria-invalid')).toBe('true');
    expect(await options.attribute('#req-0-value', 'aria-describedby')).toBe('req-0-error');
    expect(await options.text('#req-0-error')).toMatch(/number/);
    await options.fill('#req-0-value', '55');
    expect(await options.attribute('#req-0-value', 'aria-invalid')).toBeNull();
    await options.select('#req-2-importance', 'must');
    await options.click('[data-action="add-mention"]');
    await options.fill('#req-6-value', 'HDMI');
    await options.screenshot(artifact('options-chromium-tv-profile.png'));
    await options.click('form.editor button[type="submit"]');
    await options.waitFor('.profiles .profile-name');
    const [saved] = await storedProfiles(options);
    expect(saved?.name).toBe('Olohuoneen TV');
    expect(saved?.budget).toEqual({ max: 900, currency: 'EUR' });
    expect(saved?.requirements.map((r) => [r.attribute, r.op, r.importance])).toEqual([
      ['screen_size', 'atLeast', 'must'], ['resolution', 'atLeast', 'must'], ['refresh_rate', 'atLeast', 'must'],
      ['hdmi21_ports', 'atLeast', 'nice'], ['hdr_formats', 'has', 'nice'], ['panel_type', 'oneOf', 'nice'], ['text', 'mentions', 'must'],
    ]);
    expect(saved?.requirements[0]?.value).toEqual({ kind: 'number', value: 55 });
    await options.close();
  });

  it('survives the worker being stopped, and judges the demo TVs by every requirement', async () => {
    await browser.stopServiceWorker();
    const options = await browser.openExtensionPage(OPTIONS_PAGE, '.profiles .profile-name');
    expect(await options.text('.profiles .profile-name')).toBe('Olohuoneen TV');
    const verdicts: Record<string, string | null> = {};
    for (const file of ['tv-visionex-50.html', 'tv-lumo-55.html']) {
      const tab = await browser.newTab();
      await tab.goto(shop.url(file));
      const stored = await waitForStoredTab(options, shop.url(file));
      const { popup, reading } = await openPopup(browser, stored.tabId);
      verdicts[file] = reading.verdict;
      if (file === 'tv-visionex-50.html') {
        expect(reading.text).toContain('Screen size at least 55″');
        expect(reading.text).toContain('Näytön koko');
        await popup.screenshot(artifact('popup-chromium-needs-visionex.png'));
      }
      await popup.close();
      await tab.close();
    }
    // The Lumo lacks Dolby Vision and an OLED-class panel, two nice-to-haves: it partly fits.
    expect(verdicts).toEqual({ 'tv-visionex-50.html': 'misfit', 'tv-lumo-55.html': 'partly' });
    exported = await exportedFile(options);
    expect(exported.name).toMatch(/^needfit-needs-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(exported.text)).toMatchObject({ format: 'needfit-needs', version: 1, profiles: [{ name: 'Olohuoneen TV' }] });
    await options.close();
  });

  it('survives a browser restart with the same profile folder', async () => {
    await browser.close();
    browser = await launchChromium(builtDist('chromium'), { profileDir });
    const options = await browser.openExtensionPage(OPTIONS_PAGE, '.profiles .profile-name');
    const [kept] = await storedProfiles(options);
    expect(kept?.requirements).toHaveLength(7);
    expect(JSON.parse(exported?.text ?? '{}').profiles).toEqual([kept]);
  });
});

describe('firefox: importing the needs file', () => {
  let shop: DemoServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    shop = await serveFolder();
    browser = await launch('firefox');
  });
  afterAll(async () => {
    await browser?.close();
    await shop?.close();
  });

  it('refuses a bad file, naming the place and writing nothing', async () => {
    const options = await browser.openExtensionPage(OPTIONS_PAGE, '#import-needs');
    const bad = JSON.parse(readFileSync(new URL('../needs/olohuoneen-tv.json', import.meta.url), 'utf8'));
    bad.profiles[0].requirements[1].op = 'roughly';
    await pickFile(options, '#import-needs', JSON.stringify(bad));
    await options.waitFor('.import-problems');
    // In words, in the UI's language: which profile, which requirement, which field; no dotted path.
    const said = await options.text('.import-problems');
    expect(said).toContain("Profile 'Olohuoneen TV', requirement 2: unknown rule 'roughly'");
    expect(said).not.toContain('profiles.0');
    expect(await storedProfiles(options)).toEqual([]);
    await options.close();
  });

  it('recognises a needs file given to "import all data", says where it goes and writes nothing', async () => {
    const options = await browser.openExtensionPage(OPTIONS_PAGE, '#import-all');
    const needs = readFileSync(new URL('../needs/olohuoneen-tv.json', import.meta.url), 'utf8');
    await pickFile(options, '.data-section input[type="file"]', needs);
    await options.waitFor('#data-status.error');
    expect(await options.text('#data-status')).toMatch(/^This is a needs file, not an all-data file\. Import it under "Move your needs"/);
    expect(await storedProfiles(options)).toEqual([]);
    await options.close();
  });

  it('previews, then imports in one go the file Chromium exported, and judges with it', async () => {
    expect(exported, 'the Chromium export ran first').not.toBeNull();
    const options = await browser.openExtensionPage(OPTIONS_PAGE, '#import-needs');
    await pickFile(options, '#import-needs', exported?.text ?? '');
    await options.waitFor('.import-preview');
    expect(await options.text('.import-preview [data-change="add"]')).toContain('Olohuoneen TV');
    expect(await storedProfiles(options)).toEqual([]);
    await options.screenshot(artifact('options-firefox-import-preview.png'));
    await options.click('#confirm-import');
    await options.waitFor('.profiles .profile-name');
    const imported = await storedProfiles(options);
    expect(imported.map((p) => [p.name, p.requirements.length])).toEqual([['Olohuoneen TV', 7]]);
    const tab = await browser.newTab();
    await tab.goto(shop.url('tv-visionex-50.html'));
    const stored = await waitForStoredTab(options, shop.url('tv-visionex-50.html'));
    const { reading } = await openPopup(browser, stored.tabId);
    expect(reading.verdict).toBe('misfit');
  });
});

describe('chromium in Finnish: the requirement editor', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launch('chromium', 'fi-FI');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('labels requirements and explains errors in Finnish', async () => {
    const options = await browser.openExtensionPage(OPTIONS_PAGE, '[data-action="new-profile"]');
    await options.click('[data-action="new-profile"]');
    await options.select('#profile-category', 'laptop');
    await options.click('[data-action="use-template"]');
    await options.waitFor('#req-0-op');
    expect(await options.text('fieldset.requirement legend')).toBe('Vaatimus 1: RAM-muisti');
    expect(await options.text('#req-0-op option:checked')).toBe('vähintään');
    await options.fill('#req-0-value', 'paljon');
    expect(await options.text('#req-0-error')).toBe('Anna luku, esimerkiksi 55 tai 15,6.');
    await options.screenshot(artifact('options-chromium-fi-laptop.png'));
  });
});
