/**
 * The first vertical slice in real browsers: the content script reports the demo product,
 * the worker stores it in IndexedDB, the options page saves a need, the popup shows the verdict.
 */
import { describe, expect, it } from 'vitest';
import { enterNeeds, openPopup, waitForStoredTab } from '../../src/cli/story.ts';
import type { Tab } from '../../src/cli/browsers/types.ts';
import { artifact, BROWSERS, countRecords, demoSession } from './support.ts';

describe.each(BROWSERS)('%s: first slice', (name) => {
  const demo = demoSession(name);
  let options: Tab;

  it('invites the shopper to enter needs when there are none', async () => {
    const tab = await demo.browser.newTab();
    const url = demo.shop.url('tv-visionex-50.html');
    await tab.goto(url);
    const probe = await demo.browser.openExtensionPage('src/options/index.html', '[data-action="new-profile"]');
    const stored = await waitForStoredTab(probe, url);
    const { popup, reading } = await openPopup(demo.browser, stored.tabId);
    expect(reading.verdict).toBeNull();
    expect(reading.text).toContain('Tell Needfit what you need first');
    await popup.screenshot(artifact(`popup-${name}-no-needs.png`));
    await popup.close();
    await probe.close();
  });

  it('saves a need entered on the options page into IndexedDB', async () => {
    options = await enterNeeds(demo.browser);
    expect(await options.text('.profiles .profile-name')).toBe('Olohuoneen TV');
    expect(await countRecords(options, 'profiles')).toBe(1);
  });

  it('refuses a budget that is not a number, with a clear message, and saves nothing', async () => {
    await options.click('[data-action="new-profile"]');
    await options.fill('#profile-name', 'Koulun läppäri');
    await options.fill('#profile-budget', 'lots');
    await options.click('form.editor button[type="submit"]');
    expect(await options.text('#profile-budget-help')).toMatch(/number/);
    // Focus moves to the field to fix.
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('profile-budget');
    expect(await countRecords(options, 'profiles')).toBe(1);
    await options.click('[data-action="cancel-edit"]');
    await options.click('[data-action="discard-changes"]');
  });

  it('moves focus into a requirement row when one is added, and to the next when one is removed', async () => {
    await options.click('[data-action="new-profile"]');
    await options.click('[data-action="add-requirement"]');
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('req-0-attr');
    await options.click('[data-action="add-requirement"]');
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('req-1-attr');
    // The second row starts on an attribute the first does not have.
    expect(await options.evaluate(() => (document.querySelector('#req-0-attr') as HTMLSelectElement).value !== (document.querySelector('#req-1-attr') as HTMLSelectElement).value)).toBe(true);
    await options.click('fieldset.requirement [data-action="remove-requirement"]');
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('req-0-attr');
    await options.click('fieldset.requirement [data-action="remove-requirement"]');
    expect(await options.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('add-requirement');
    // Back to what it opened with: nothing to lose, so Cancel does not ask.
    await options.click('[data-action="cancel-edit"]');
    expect(await options.evaluate(() => document.querySelector('form.editor') === null)).toBe(true);
  });

  it('saves nothing on Enter in a field, and closes the editor on Escape', async () => {
    await options.click('[data-action="new-profile"]');
    await options.fill('#profile-name', 'Puolikas');
    await options.press('#profile-name', 'Enter');
    expect(await options.evaluate(() => document.querySelector('form.editor') !== null)).toBe(true);
    expect(await countRecords(options, 'profiles')).toBe(1);
    // Escape is Cancel, and with a name typed Cancel asks first; Escape on the question keeps editing.
    await options.press('#profile-name', 'Escape');
    expect(await options.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('keep-editing');
    await options.press('[data-action="keep-editing"]', 'Escape');
    expect(await options.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('cancel-edit');
    expect(await options.evaluate(() => (document.querySelector('#profile-name') as HTMLInputElement).value)).toBe('Puolikas');
    await options.press('#profile-name', 'Escape');
    await options.click('[data-action="discard-changes"]');
    expect(await options.evaluate(() => document.querySelector('form.editor') === null)).toBe(true);
    expect(await countRecords(options, 'profiles')).toBe(1);
  });

  it('asks before Cancel loses what was typed, and keeps it on "Keep editing"', async () => {
    await options.click('[data-action="new-profile"]');
    await options.fill('#profile-name', 'Säilytä');
    await options.click('[data-action="cancel-edit"]');
    expect(await options.text('[role="alertdialog"]')).toMatch(/Discard your unsaved changes/);
    await options.click('[data-action="keep-editing"]');
    expect(await options.evaluate(() => (document.querySelector('#profile-name') as HTMLInputElement).value)).toBe('Säilytä');
    await options.click('[data-action="cancel-edit"]');
    await options.click('[data-action="discard-changes"]');
    expect(await options.evaluate(() => document.querySelector('form.editor') === null)).toBe(true);
    expect(await countRecords(options, 'profiles')).toBe(1);
  });

  it('refuses a profile with no requirement and no budget, and says why where focus lands', async () => {
    await options.click('[data-action="new-profile"]');
    await options.fill('#profile-name', 'Tyhjä');
    await options.click('form.editor button[type="submit"]');
    expect(await options.text('.requirements [role="alert"]')).toMatch(/empty profile judges nothing/);
    expect(await options.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    expect(await countRecords(options, 'profiles')).toBe(1);
    await options.click('[data-action="cancel-edit"]');
    await options.click('[data-action="discard-changes"]');
  });

  it('reports the demo product from the content script and stores the observation', async () => {
    const before = await countRecords(options, 'observations');
    const tab = await demo.browser.newTab();
    const url = demo.shop.url('tv-lumo-55.html');
    await tab.goto(url);
    const stored = await waitForStoredTab(options, url);
    expect(stored.kind).toBe('product');
    expect(stored.productName).toContain('Lumo L55-Q9');
    expect(await countRecords(options, 'observations')).toBeGreaterThan(before);
  });

  it('shows in the popup that the campaign TV is over budget, and that the shop promotes it', async () => {
    const tab = await demo.browser.newTab();
    const url = demo.shop.url('tv-visionex-50.html');
    await tab.goto(url);
    const stored = await waitForStoredTab(options, url);
    const { popup, reading } = await openPopup(demo.browser, stored.tabId);
    await popup.screenshot(artifact(`popup-${name}-campaign-tv.png`));
    expect(reading.verdict).toBe('misfit');
    expect(reading.promoted).toBe('true');
    expect(reading.text).toContain('Visionex V50-UQ7');
    expect(reading.text).toMatch(/949[,.]00/);
    expect(reading.text).toContain('Kampanja');
  });

  it('says the TV within budget fits', async () => {
    const tab = await demo.browser.newTab();
    const url = demo.shop.url('tv-lumo-55.html');
    await tab.goto(url);
    const stored = await waitForStoredTab(options, url);
    const { popup, reading } = await openPopup(demo.browser, stored.tabId);
    await popup.screenshot(artifact(`popup-${name}-fitting-tv.png`));
    expect(reading.verdict).toBe('fits');
    expect(reading.promoted).toBe('false');
  });
});
