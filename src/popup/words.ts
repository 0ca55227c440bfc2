/** Small wording helpers of the popup: the UI language, dates, friendly source names. */
import { t, uiLanguage } from '../ui/i18n.ts';
import { languageOf, type Language } from '../core/describe.ts';

export type Lang = Language;

/** The vocabulary's language for the UI's: Finnish, Swedish, else English. */
export const lang = (): Lang => languageOf(uiLanguage());

/** "3 Nov" / "3.11.": a day the shopper recognises without the year. */
export function shortDate(at: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { day: 'numeric', month: 'short' }).format(at);
}

/** "October 2025" / "lokakuu 2025". */
export function monthOf(at: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { month: 'long', year: 'numeric' }).format(at);
}

/** Where a value came from, in words: never the raw "json-ld" or "derived". */
const SOURCE_KEYS: Record<string, string> = {
  adapter: 'source_adapter',
  'json-ld': 'source_structured',
  microdata: 'source_structured',
  rdfa: 'source_structured',
  opengraph: 'source_preview',
  meta: 'source_preview',
  visible: 'source_visible',
  title: 'source_title',
  derived: 'source_derived',
};

export function sourceName(source: string): string {
  const key = SOURCE_KEYS[source];
  return key ? t(key) : t('source_other');
}

/** "Refresh rate" in the middle of a sentence: "refresh rate", but "HDMI 2.1 ports" stays. */
export function midSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
