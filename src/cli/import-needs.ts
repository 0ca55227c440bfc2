/**
 * Imports a needs file on the options page, as the shopper would: pick the file, look at the
 * preview, confirm. `npm start` and the real-browser tests share it.
 */
import { readFileSync } from 'node:fs';
import { ROOT } from './build.ts';
import { OPTIONS_PAGE } from './story.ts';
import type { ExtensionBrowser, Tab } from './browsers/types.ts';

export const DEMO_NEEDS_FILE = `${ROOT}test/needs/olohuoneen-tv.json`;

/**
 * Hands `text` to the page's file input as a picked file named `name`, and tells the page it
 * changed: what the file dialog does, without the dialog (which no test can drive).
 */
export function pickFile(page: Tab, selector: string, text: string, name = 'needs.json'): Promise<void> {
  return page.evaluateWith(
    ({ s, body, file }: { s: string; body: string; file: string }) => {
      const input = document.querySelector(s) as HTMLInputElement | null;
      if (!input) throw new Error(`no file input ${s} on this page`);
      const files = new DataTransfer();
      files.items.add(new File([body], file, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { s: selector, body: text, file: name },
  );
}

export async function importNeedsFile(browser: ExtensionBrowser, path: string = DEMO_NEEDS_FILE): Promise<Tab> {
  const text = readFileSync(path, 'utf8');
  const options = await browser.openExtensionPage(OPTIONS_PAGE, '#import-needs');
  await pickFile(options, '#import-needs', text);
  await options.waitFor('#confirm-import');
  await options.click('#confirm-import');
  await options.waitFor('.profiles .profile-name');
  return options;
}
