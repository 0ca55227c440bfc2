/**
 * From a shop's spec label ("Näytön koko (tuumaa):", "Abmessungen (B/H/T)") to an attribute
 * key, case-, accent- and punctuation-insensitively, with the hints the label carries: a unit
 * ("Paino (kg)") and the order of a dimensions triple ("B/H/T").
 */
import { unitFor, type UnitId } from '../units.ts';
import { ATTRIBUTES } from './attributes.ts';

export type Side = 'width' | 'height' | 'depth';

export interface LabelMatch {
  key: string;
  /** The unit the label names, for a value written without one. */
  unitHint: UnitId | null;
  /** The order a "W x H x D" value lists its sides in, when the label says. */
  sideOrder: Side[] | null;
}

const MAX_LABEL = 200;
const MAX_WORDS = 12;

/** Lowercase, accents and punctuation gone: "Näytön koko:" and "NAYTON KOKO" meet. */
export function foldText(text: string): string {
  return text
    .slice(0, MAX_LABEL)
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

const byAlias = new Map<string, string>();
for (const def of ATTRIBUTES) {
  for (const list of Object.values(def.aliases)) {
    for (const alias of list) {
      const folded = foldText(alias);
      if (folded && !byAlias.has(folded)) byAlias.set(folded, def.key);
    }
  }
}

/**
 * Words that make a row about something else when the label only contains an alias:
 * the package's weight, the front camera, a memory-card slot, a minimum.
 */
const QUALIFIERS = new Set(
  ('pakkaus pakkauksen pakattuna package packaging packed shipping kuljetus verpackung versand forpackning paket ' +
    'brutto gross bruttogewicht bruttovikt front etu selfie frontkamera card kortti slot paikka korttipaikka ' +
    'expandable laajennettava erweiterbar kortplats speicherkarte karte supported tuettu unterstutzt stods ' +
    'min minimum minimi minsta mindest box carton laatikko karton kartong number numero nummer part code koodi ' +
    'guarantee warranty takuu garantie garanti compatible compatibil yhteensopiva kompatibel')
    .split(' '),
);

const SIDE_LETTERS: Record<string, Side> = {
  w: 'width', b: 'width', br: 'width', sz: 'width', h: 'height', k: 'height', wy: 'height', ho: 'height',
  d: 'depth', t: 'depth', s: 'depth', dj: 'depth', g: 'depth', gl: 'depth',
};

/** "(B/H/T)", "L x W x H", "(szer./wys./głęb.)": which side a triple lists first. */
export function sideOrderIn(label: string): Side[] | null {
  const folded = label.slice(0, MAX_LABEL).toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  const m = /(?<![a-z])([a-z]{1,5})\.?\s*[x×/*]\s*([a-z]{1,5})\.?\s*[x×/*]\s*([a-z]{1,5})(?![a-z])/.exec(folded);
  if (!m) return null;
  const words = [m[1], m[2], m[3]] as string[];
  const hasW = words.some((w) => w.startsWith('w') && !w.startsWith('wy'));
  const sides = words.map((w): Side | undefined =>
    w.startsWith('l') ? (hasW ? 'depth' : 'width') : (SIDE_LETTERS[w.slice(0, 2)] ?? SIDE_LETTERS[w.slice(0, 1)]),
  );
  if (sides.some((s) => !s) || new Set(sides).size !== 3) return null;
  return sides as Side[];
}

/** A unit named in brackets or as the label's last word: "(kg)", "in Zoll", "tuumaa". */
function unitHintIn(label: string): UnitId | null {
  for (const m of label.slice(0, MAX_LABEL).matchAll(/[([]([^)\]]{1,20})[)\]]/g)) {
    const unit = unitFor(m[1] ?? '');
    if (unit) return unit;
  }
  const last = label.trim().replace(/[:\s]+$/, '').split(/[\s,]+/).pop() ?? '';
  return last.length > 1 || last === '"' ? unitFor(last) : null;
}

/** The attribute a label names, or null for a label the vocabulary does not know. */
export function attributeForLabel(label: string): LabelMatch | null {
  const unitHint = unitHintIn(label);
  const bare = label.replace(/[([][^)\]]*[)\]]/g, ' ');
  const all = foldText(bare).split(' ').filter(Boolean);
  let words = all;
  // "Paino kg", "Bildschirmdiagonale in Zoll": a trailing unit is a hint, not part of the name.
  if (words.length > 1 && unitHint && unitFor(words[words.length - 1] ?? '') === unitHint) words = words.slice(0, -1);
  if (words.length > 1 && words[words.length - 1] === 'in') words = words.slice(0, -1);
  const sideOrder = sideOrderIn(label);
  const exact = byAlias.get(all.join(' ')) ?? byAlias.get(words.join(' '));
  if (exact) return { key: exact, unitHint, sideOrder };
  if (words.some((w) => QUALIFIERS.has(w))) return null;
  // The longest alias found as whole words inside the label: "Max. Bildwiederholfrequenz".
  let best: { key: string; length: number } | null = null;
  const capped = words.slice(0, MAX_WORDS);
  for (let start = 0; start < capped.length; start++) {
    for (let end = start + 1; end <= Math.min(capped.length, start + 6); end++) {
      const phrase = capped.slice(start, end).join(' ');
      const key = byAlias.get(phrase);
      if (key && phrase.length >= 3 && (!best || phrase.length > best.length)) best = { key, length: phrase.length };
    }
  }
  return best ? { key: best.key, unitHint, sideOrder } : null;
}
