/**
 * Which category a product belongs to, from its breadcrumbs, JSON-LD category and title
 * words. Scored rather than first-hit, so "Galaxy Tab" in a phone shop's crumbs and a
 * "TV-teline" (a wall mount) both come out right. Bounded: 30 texts of 300 characters.
 */
import type { CategoryDef, CategoryId } from './types.ts';
import { foldText } from './labels.ts';

const MAX_TEXTS = 30;
const MAX_CHARS = 300;
const STRONG = 2;
const HINT = 1;
const ACCESSORY = 3;

/** Accessories named after what they fit: a text naming one says nothing about the category. */
const ACCESSORY_WORDS = [
  'teline', 'seinäteline', 'kiinnike', 'kaapeli', 'suojakuori', 'kuori', 'suojakalvo', 'panssarilasi', 'laturi',
  'tarvikkeet', 'tarvike', 'kaukosäädin', 'fjärrkontroll', 'remote control', 'fernbedienung', 'suodatin', 'suutin', 'varaosa', 'varaosat', 'pölypussit', 'sovitin', 'kantolaukku',
  'fäste', 'väggfäste', 'kabel', 'fodral', 'skal', 'skärmskydd', 'laddare', 'tillbehör', 'munstycke', 'reservdel', 'dammsugarpåsar',
  'mount', 'wall mount', 'bracket', 'cable', 'case', 'cover', 'screen protector', 'charger', 'sleeve', 'accessories',
  'accessory', 'filter', 'nozzle', 'spare', 'replacement', 'dust bags', 'ear tips', 'ear pads', 'compatible',
  'power bank', 'powerbank', 'varavirtalähde', 'yhteensopiva', 'kompatibel', 'cables', 'chargers',
  'halterung', 'wandhalterung', 'hülle', 'schutzhülle', 'schutzfolie', 'panzerglas', 'ladegerät', 'zubehör', 'düse',
  'ersatzteil', 'staubsaugerbeutel', 'ohrpolster', 'adapter', '*kabel', '*hülle', '*ladegerät', '*halterung', '*laturi',
  '*kaapeli', '*kuori', 'tv remote', 'remote for', 'universal remote',
  'stand for', 'holder', 'pidike',
];
/**
 * Kinds of product the vocabulary has no category for, named like the ones it has ("All-in-One
 * PC" with its SSD, "Android TV Edition projector"): a text naming one is about none of ours.
 */
const OTHER_KIND_WORDS = [
  'desktop pc', 'desktop computer', 'all-in-one pc', 'all in one pc', 'aio pc', 'mac mini', 'imac', 'pöytäkone',
  'pöytätietokone', 'stationär dator', 'desktop-pc', 'komplett-pc',
  'projector', 'projektori', 'projektor', 'beamer', 'printer', 'tulostin', 'skrivare', 'drucker',
  'tumble dryer', 'dryer', 'kuivausrumpu', 'torktumlare', 'trockner', 'wäschetrockner', 'wärmepumpentrockner', 'kondenstrockner', 'dishwasher', 'astianpesukone',
  'diskmaskin', 'geschirrspüler', 'refrigerator', 'fridge', 'jääkaappi', 'kylskåp', 'kühlschrank', 'freezer',
  'pakastin', 'soundbar', 'speaker', 'kaiutin', 'högtalare', 'lautsprecher', 'smartwatch', 'älykello',
  'fm transmitter', 'radio', 'router', 'reititin', 'cabinet', 'kaappi', 'vitrine',
];
/** Phrases that contain an accessory word but come in the box ("AirPods with Charging Case"). */
const IN_THE_BOX = ['charging case', 'latauskotelo', 'ladeetui', 'laddningsetui', 'wireless charging'];

interface Word {
  folded: string;
  /** A word that names the category itself, not a hint ("4K", "SSD") that goes with it. */
  strong?: boolean;
  suffix: boolean;
  weight: number;
}

const toWord = (w: string, weight: number): Word => {
  const suffix = w.startsWith('*');
  return { folded: foldText(suffix ? w.slice(1) : w), suffix, weight };
};

function wordsOf(category: CategoryDef): Word[] {
  const strong = Object.values(category.words).flat().map((w) => ({ ...toWord(w, STRONG), strong: true }));
  const all = [...strong, ...(category.hints ?? []).map((w) => toWord(w, HINT))].filter((w) => w.folded);
  // "tv" is a word in three languages: count it once.
  const seen = new Set<string>();
  return all.filter((w) => (seen.has(`${w.suffix}${w.folded}`) ? false : (seen.add(`${w.suffix}${w.folded}`), true)));
}

/** The words of a folded text and their runs of up to four, for whole-word lookups. */
function phrasesOf(text: string): { grams: Set<string>; tokens: string[] } {
  const tokens = text.split(' ').filter(Boolean).slice(0, 80);
  const grams = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    let gram = '';
    for (let n = 0; n < 4 && i + n < tokens.length; n++) {
      gram = n === 0 ? (tokens[i] as string) : `${gram} ${tokens[i + n]}`;
      grams.add(gram);
    }
  }
  return { grams, tokens };
}

function mentions(text: { grams: Set<string>; tokens: string[] }, word: Word): boolean {
  if (!word.suffix) return text.grams.has(word.folded);
  // "*imuri" is a compound's ending: "pölynimuri", not "imuri" itself nor "imurit".
  return text.tokens.some((t) => t.length > word.folded.length && t.endsWith(word.folded));
}

/** Scores categories on the given texts; the one clearly ahead wins, a tie is no answer. */
const tables = new WeakMap<readonly CategoryDef[], { id: CategoryId; words: Word[] }[]>();
// One accessory word outweighs one product word: "Charger for iPhone" is a charger.
const accessories = [...ACCESSORY_WORDS, ...OTHER_KIND_WORDS].map((w) => toWord(w, ACCESSORY));
const inTheBox = IN_THE_BOX.map(foldText);

export function scoreCategories(categories: readonly CategoryDef[], texts: string[]): Map<CategoryId, number> {
  return scoreTexts(categories, texts).scores;
}

/**
 * Scores of the categories some text names outright (hints alone, "display" or "SSD", name
 * none: a "Display Cabinet" is no monitor), and whether some text named an accessory or
 * another kind as strongly as any of ours.
 */
function scoreTexts(categories: readonly CategoryDef[], texts: string[]): { scores: Map<CategoryId, number>; otherKind: boolean } {
  let table = tables.get(categories);
  if (!table) {
    table = categories.map((c) => ({ id: c.id, words: wordsOf(c) }));
    tables.set(categories, table);
  }
  const scores = new Map<CategoryId, number>();
  const named = new Set<CategoryId>();
  let namesOther = false;
  for (const raw of texts.slice(0, MAX_TEXTS)) {
    if (typeof raw !== 'string') continue;
    let folded = ` ${foldText(raw.slice(0, MAX_CHARS))} `;
    for (const phrase of inTheBox) if (folded.includes(` ${phrase} `)) folded = folded.split(` ${phrase} `).join(' ');
    const text = phrasesOf(folded);
    const accessory = accessories.reduce((sum, w) => sum + (mentions(text, w) ? w.weight : 0), 0);
    const local = table.map(({ id, words }) => {
      let score = 0;
      let strong = false;
      for (const w of words) {
        if (!mentions(text, w)) continue;
        score += w.weight;
        strong ||= w.strong === true;
      }
      return { id, score, strong };
    });
    const top = Math.max(0, ...local.map((l) => l.score));
    if (accessory > 0 && accessory >= top) namesOther = true;
    if (top === 0 || accessory >= top) continue;
    for (const { id, score, strong } of local) {
      if (score > 0) scores.set(id, (scores.get(id) ?? 0) + score);
      if (strong) named.add(id);
    }
  }
  for (const id of [...scores.keys()]) if (!named.has(id)) scores.delete(id);
  return { scores, otherKind: namesOther };
}

export interface Detected {
  /** The category clearly ahead, or null when none scores or two tie. */
  category: CategoryId | null;
  /**
   * No category, and some text names an accessory, a part or a kind of product the vocabulary
   * has no category for ("Remote for TV", "Power bank", "Desktop PC"): the item is known not to
   * be any category's product, rather than just unnamed.
   */
  otherKind: boolean;
}

export function detectCategoryOf(categories: readonly CategoryDef[], texts: string[]): Detected {
  const { scores, otherKind } = scoreTexts(categories, texts);
  const [first, second] = [...scores].sort((a, b) => b[1] - a[1]);
  const category = !first || (second && second[1] === first[1]) ? null : first[0];
  return { category, otherKind: category === null && otherKind };
}

