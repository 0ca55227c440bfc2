/** The demo needs file, imported on the options page as the shopper would (shared with `npm start`). */
import type { ExtensionBrowser, Tab } from '../../src/cli/browsers/types.ts';
import { importNeedsFile } from '../../src/cli/import-needs.ts';

export const importNeeds = (browser: ExtensionBrowser): Promise<Tab> => importNeedsFile(browser);
