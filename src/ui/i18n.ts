/** UI text through browser.i18n: the browser's locale picks _locales/fi or _locales/en. */
import browser from 'webextension-polyfill';

export function t(key: string, substitutions?: string | string[]): string {
  // A date that ends in its own period ("6.12.", "6 dec.") ends the sentence too: not "6.12..".
  const text = browser.i18n.getMessage(key, substitutions).replace(/\.\.(?=\s|\)|$)/g, '.');
  // A missing key shows itself instead of an empty label, so it is caught in review.
  return text || key;
}

/**
 * A counted message: `key_one` or `key_other`, as the UI language's plural rules pick for
 * `count` ("1 visit", "2 visits"; "1 käynti", "2 käyntiä").
 */
export function tn(key: string, count: number, substitutions?: string | string[]): string {
  const form = new Intl.PluralRules(uiLanguage()).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}`, substitutions);
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** A count or a percentage as the UI language writes it: "1 000", "12,5". */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: 1 }).format(n);
}

export function formatPrice(amount: number, currency: string | null): string {
  if (!currency) return new Intl.NumberFormat(uiLanguage(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
  try {
    return new Intl.NumberFormat(uiLanguage(), { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}
