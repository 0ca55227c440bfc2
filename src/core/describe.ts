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

function valueWords(key: string, value: RequirementValue, unit: string | null, lang: Language): string {
  const named = (id: string) => enumValue(key, id)?.labels[lang] ?? id;
  const withUnit = (n: number) => `${Number(n.toFixed(6))}${unit ? ` ${unit}` : ''}`;
  switch (value.kind) {
    case 'number':
      return withUnit(value.value);
    case 'range':
      return `${Number(value.min.toFixed(6))}–${withUnit(value.max)}`;
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
