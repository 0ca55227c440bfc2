/**
 * Imports a needs file on the options page, as the shopper would: pick the file, look at the
 * preview, confirm. `npm start` and the real-browser tests share it.
 */
import { readFileSync } from 'node:fs';
import { ROOT } from './build.ts';
import { OPTIONS_PAGE } from './story.ts';
import type { ExtensionBrowser, Tab } from './browsers/types.ts';

export const DEMO_NEEDS_FILE = `${ROOT}test/needs/olohuoneen-tv.json`;

export async function importNeedsFile(browser: ExtensionBrowser, path: string = DEMO_NEEDS_FILE): Promise<Tab> {
  const text = readFileSync(path, 'utf8');
  const options = await browser.openExtensionPage(OPTIONS_PAGE, '#import-needs');
  await options.evaluateWith((body: string) => {
    const input = document.querySelector('#import-needs') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File([body], 'needs.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);
  await options.waitFor('#confirm-import');
  await options.click('#confirm-import');
  await options.waitFor('.profiles .profile-name');
  return options;
}
