/**
 * A requirement in the shopper's words, in Finnish, Swedish and English ("Screen size at least
 * 55 in", "Resoluutio vähintään 4K (2160p)", "Skärmstorlek minst 55 in"). Pure, so the popup,
 * the options page and the inspect CLI all say the same thing.
 */
import type { Operator, Requirement, RequirementValue } from './needs.ts';
import { attribute, enumValue, type Labels } from './vocabulary/index.ts';

export type Language = keyof Labels;

export const LANGUAGES: readonly Language[] = ['fi', 'sv', 'en'];

/** The vocabulary's language for a UI locale ("sv-FI", "fi", "en-GB"); English for any other. */
export function languageOf(locale: string): Language {
  const tag = String(locale).toLowerCase();
  return LANGUAGES.find((l) => tag === l || tag.startsWith(`${l}-`) || tag.startsWith(`${l}_`)) ?? 'en';
}

/** The same words in every language: `inEachLanguage((lang) => describeRequirement(r, lang))`. */
export function inEachLanguage(words: (lang: Language) => string): Labels {
  return { fi: words('fi'), sv: words('sv'), en: words('en') };
}

export const OPERATOR_WORDS: Readonly<Record<Operator, Labels>> = {
  atLeast: { fi: 'vähintään', sv: 'minst', en: 'at least' },
  atMost: { fi: 'enintään', sv: 'högst', en: 'at most' },
  between: { fi: 'välillä', sv: 'mellan', en: 'between' },
  equals: { fi: 'on', sv: 'är', en: 'is' },
  oneOf: { fi: 'jokin näistä:', sv: 'något av:', en: 'one of' },
  has: { fi: 'sisältää', sv: 'har', en: 'has' },
  mentions: { fi: 'mainitsee', sv: 'nämner', en: 'mentions' },
};

const SPECIAL: Record<string, Labels> = {
  text: { fi: 'Tuotetiedot', sv: 'Produkttext', en: 'Product text' },
  price: { fi: 'Hinta', sv: 'Pris', en: 'Price' },
};

export function attributeLabel(key: string, lang: Language): string {
  return attribute(key)?.labels[lang] ?? SPECIAL[key]?.[lang] ?? key;
}

/** A number as the language writes it: "15,6" in Finnish and Swedish, "15.6" in English, "1 000" grouped. */
export function formatQuantity(n: number, lang: Language | string): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n);
}

/** "55″" for inches, the way shops and the verdict line write a screen; else "100 Hz" with a no-break space. */
export function withUnitSign(number: string, unit: string | null): string {
  if (!unit) return number;
  return unit === 'in' ? `${number}″` : `${number}\u00a0${unit}`;
}

function valueWords(key: string, value: RequirementValue, unit: string | null, lang: Language): string {
  const named = (id: string) => enumValue(key, id)?.labels[lang] ?? id;
  const number = (n: number) => formatQuantity(n, lang);
  const withUnit = (n: number) => withUnitSign(number(n), unit);
  switch (value.kind) {
    case 'number':
      return withUnit(value.value);
    case 'range':
      return `${number(value.min)}–${withUnit(value.max)}`;
    case 'text':
      return attribute(key)?.values ? named(value.value) : `"${value.value}"`;
    case 'list':
      return value.values.map(named).join(', ');
    default:
      return '';
  }
}

export function describeRequirement(requirement: Requirement, lang: Language): string {
  const words = [attributeLabel(requirement.attribute, lang), OPERATOR_WORDS[requirement.op][lang]];
  const value = valueWords(requirement.attribute, requirement.value, requirement.unit, lang);
  return (value ? [...words, value] : words).join(' ');
}
