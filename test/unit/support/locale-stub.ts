/**
 * The one stand-in of the popup's render tests: browser.i18n over the real _locales files,
 * in the language a test picks. Used as `vi.mock('webextension-polyfill', () => import(...))`.
 */
import { readFileSync } from 'node:fs';

type Messages = Record<string, { message: string }>;

// vitest runs from the project root.
const read = (lang: string): Messages => JSON.parse(readFileSync(`${process.cwd()}/public/_locales/${lang}/messages.json`, 'utf8')) as Messages;
const FILES: Record<string, Messages> = { en: read('en'), fi: read('fi'), sv: read('sv') };

export const locale = { lang: 'en' };

export default {
  i18n: {
    getUILanguage: () => locale.lang,
    getMessage: (key: string, subs?: string | string[]) => {
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      return (FILES[locale.lang]?.[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
    },
  },
};
