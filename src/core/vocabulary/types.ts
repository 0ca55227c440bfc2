/**
 * The shape of the vocabulary: attributes (what a spec row or a requirement talks about) and
 * categories (which attributes a kind of product has). One table serves the spec normaliser,
 * the needs model and matching, so a shop's "Kuvaruudun koko" and a shopper's "screen size"
 * meet on the same key.
 */
import type { UnitId } from '../units.ts';

export type CategoryId =
  | 'tv'
  | 'monitor'
  | 'laptop'
  | 'phone'
  | 'tablet'
  | 'headphones'
  | 'washing-machine'
  | 'vacuum-cleaner'
  | 'anything';

/** A name in each UI language: Finnish, Swedish (as Finland's shops write it) and English. */
export interface Labels {
  fi: string;
  sv: string;
  en: string;
}

/** Spellings shops use, per language; matched case-, accent- and punctuation-insensitively. */
export interface Aliases {
  fi: string[];
  sv: string[];
  en: string[];
  de: string[];
}

export type AttributeKind = 'number' | 'enum' | 'text' | 'boolean' | 'list';

export interface EnumValue {
  /** Stored value, lowercase ("4k", "oled", "A+++"). */
  id: string;
  labels: Labels;
  /** Words or phrases in a shop's value that mean this value ("Ultra HD", "2160p"). */
  match: string[];
}

export interface AttributeDef {
  /** Canonical snake_case key ("screen_size"). */
  key: string;
  labels: Labels;
  kind: AttributeKind;
  /** Number attributes: the unit values are stored in. */
  unit?: UnitId;
  /** Number attributes that are counts (ports): whole numbers, no unit. */
  count?: boolean;
  /** Enum and list attributes: the values, worst first when `ordered`. */
  values?: EnumValue[];
  ordered?: boolean;
  aliases: Aliases;
  /**
   * Sibling keys tried when the value's unit belongs to another dimension: a shop's
   * "Akun kapasiteetti: 56 Wh" is battery energy, not charge.
   */
  orAs?: string[];
  /**
   * A value at or above this (in `unit`) belongs to another key: a bare "Muisti: 256 Gt"
   * is storage, "Muisti: 16 Gt" is RAM.
   */
  aboveAs?: { value: number; key: string };
  /** A text row that also carries other attributes ("Display: 6,1\" OLED, 120 Hz"). */
  composite?: boolean;
}

/** Operators a requirement can use, in the shopper's words. */
export type Operator = 'at-least' | 'at-most' | 'between' | 'equals' | 'one-of' | 'has';

export interface SuggestedRequirement {
  key: string;
  operator: Operator;
  /** A number in `unit`, an enum id, a list of enum ids, or a [low, high] pair for between. */
  value?: number | string | string[] | [number, number];
  unit?: UnitId;
  importance: 'must' | 'nice';
  /** Nice-to-have weight, 1 (a little) to 3 (a lot). */
  weight?: number;
}

export interface CategoryDef {
  id: CategoryId;
  labels: Labels;
  /** Attribute keys this kind of product is described by, most telling first. */
  attributes: string[];
  /** A template's starting point; the shopper edits the numbers. */
  suggestions: SuggestedRequirement[];
  /** Words that name the category in breadcrumbs and titles; '*' in front matches a word's end ("*imuri"). */
  words: Aliases;
  /** Weaker words that lean towards the category ("OLED-näyttö" could be a phone's). */
  hints?: string[];
}
