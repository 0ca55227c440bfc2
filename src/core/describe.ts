/**
 * A requirement in the shopper's words, in Finnish and English ("Screen size at least 55 in",
 * "Resoluutio vähintään 4K (2160p)"). Pure, so the popup, the options page and the inspect
 * CLI all say the same thing.
 */
import type { Operator, Requirement, RequirementValue } from './needs.ts';
import { attribute, enumValue } from './vocabulary/index.ts';

export type Language = 'fi' | 'en';

export const OPERATOR_WORDS: Readonly<Record<Operator, { fi: string; en: string }>> = {
  atLeast: { fi: 'vähintään', en: 'at least' },
  atMost: { fi: 'enintään', en: 'at most' },
  between: { fi: 'välillä', en: 'between' },
  equals: { fi: 'on', en: 'is' },
  oneOf: { fi: 'jokin näistä:', en: 'one of' },
  has: { fi: 'sisältää', en: 'has' },
  mentions: { fi: 'mainitsee', en: 'mentions' },
};

const SPECIAL: Record<string, { fi: string; en: string }> = {
  text: { fi: 'Tuotetiedot', en: 'Product text' },
  price: { fi: 'Hinta', en: 'Price' },
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
