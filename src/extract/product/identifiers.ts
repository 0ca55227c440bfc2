/**
 * Identifiers the page prints beside a label ("Product code: 141677", "post id: 7235216655",
 * "Art.Nr. 343026", "ASIN | B00BRMIU7A") and the ones its buy form posts in hidden fields.
 * One bounded walk over the page's text nodes; labels are data (words.ts).
 */
import type { Budget } from '../budget.ts';
import { IDENTIFIER_INPUTS, IDENTIFIER_LABELS, WEAK_IDENTIFIER_LABELS } from './words.ts';
import { HAN, WORD_CHARS } from '../../core/letters.ts';

const MAX_TEXT_NODES = 25_000;
const MAX_LABEL_TEXT = 60;

type Field = 'sku' | 'gtin' | 'mpn';
export type Identifiers = Partial<Record<Field, string>>;

export interface FoundIdentifiers {
  /** Printed beside a label, where the shopper reads them. */
  printed: Identifiers;
  /** Posted by the buy form in hidden fields. */
  posted: Identifiers;
  /** Printed fields whose label was a weak one ("Référence"). */
  weak: Set<Field>;
  /** Fields whose label is printed with many values (one per card of a listing): none is the page's. */
  many: Set<Field>;
  /** The page had more text than the walk reads. */
  cut: boolean;
}

const SKIP_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION', 'A']);
/** One identifier-looking token: a word of letters, digits and separators, no spaces. */
export const IDENTIFIER_TOKEN = new RegExp(`^[${WORD_CHARS}][${WORD_CHARS}./_-]{1,40}$`, 'u');
const WORD_START = new RegExp(`^[${WORD_CHARS}]`, 'u');
const WORD_END = new RegExp(`[${WORD_CHARS}]$`, 'u');
const HAN_END = new RegExp(`[${HAN}]$`, 'u');
const ANY_WORD_CHAR = new RegExp(`[${WORD_CHARS}]`, 'u');

/** An identifier token: one word with at least one digit. */
function identifier(text: string): string | null {
  const v = text
    .trim()
    .replace(/^[:#|.\s\u200e\u200f：]+/, '')
    .replace(/[\s\u200e\u200f)\]〉】》」]+$/, '');
  return IDENTIFIER_TOKEN.test(v) && /\d/.test(v) ? v : null;
}

/**
 * The labels by their first character: every short text node on the page is tried as a
 * label, so each is compared only with the few labels that could start it.
 */
const LABELS_BY_FIRST = new Map<string, [string, Field][]>();
for (const [label, field] of IDENTIFIER_LABELS) {
  const first = label.charAt(0);
  const list = LABELS_BY_FIRST.get(first);
  if (list) list.push([label, field]);
  else LABELS_BY_FIRST.set(first, [[label, field]]);
}

/** The first two characters of every label (one for one-character labels), lower case. */
const LABEL_STARTS = new Set([...IDENTIFIER_LABELS.keys()].map((label) => label.slice(0, 2)));

const OPENING_BRACKETS = '([〈【《「';

/** Splits "Product code: 141677" into the label's field and the value after it. */
function labelled(raw: string): { field: 'sku' | 'gtin' | 'mpn'; rest: string; weak: boolean } | null {
  // Most texts start with a letter no label starts with: ruled out before any string work.
  const head = raw.slice(0, 2).toLowerCase();
  if (!OPENING_BRACKETS.includes(raw.charAt(0)) && !LABEL_STARTS.has(head) && !LABEL_STARTS.has(head.charAt(0))) return null;
  // "〈商品編號：M67296549〉", "(Ref. 1234)": brackets around the whole label and value.
  const text = raw.replace(/^[([〈【《「]\s*/, '');
  const lower = text.toLowerCase();
  let best: { field: 'sku' | 'gtin' | 'mpn'; rest: string; weak: boolean; length: number } | null = null;
  for (const [label, field] of LABELS_BY_FIRST.get(lower.charAt(0)) ?? []) {
    if (!lower.startsWith(label)) continue;
    const rest = text.slice(label.length);
    // The label must end at a word boundary: "Reference" is not "Ref".
    if (WORD_START.test(rest) && WORD_END.test(label) && !HAN_END.test(label)) continue;
    if (!best || label.length > best.length) best = { field, rest, weak: WEAK_IDENTIFIER_LABELS.has(label), length: label.length };
  }
  return best;
}

function fromHiddenInputs(doc: Document, found: Identifiers): void {
  const inputs = doc.querySelectorAll('input[type="hidden" i][name]');
  for (let i = 0; i < inputs.length && i < 500; i++) {
    const input = inputs[i] as Element;
    const field = IDENTIFIER_INPUTS.get((input.getAttribute('name') ?? '').toLowerCase());
    const value = identifier(input.getAttribute('value') ?? '');
    if (field && value) found[field] ??= value;
  }
}

/** A label printed with this many distinct values is a listing's, one per card. */
const MANY_VALUES = 3;

export function findIdentifiers(doc: Document, budget: Budget): FoundIdentifiers {
  const found: Identifiers = {};
  const posted: Identifiers = {};
  const weak = new Set<Field>();
  const root = doc.body;
  if (!root) return { printed: found, posted, weak, many: new Set(), cut: false };
  // A value under a weak label ("Référence") gives way to one under a strong label (ASIN).
  const values = new Map<Field, Set<string>>();
  const keep = (field: Field, value: string, fromWeak: boolean) => {
    let seen = values.get(field);
    if (!seen) values.set(field, (seen = new Set()));
    if (seen.size < MANY_VALUES) seen.add(value);
    if (found[field] && (fromWeak || !weak.has(field))) return;
    found[field] = value;
    if (fromWeak) weak.add(field);
    else weak.delete(field);
  };
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let waiting: { field: Field; weak: boolean } | null = null;
  let visited = 0;
  for (let node = walker.nextNode(); node && visited < MAX_TEXT_NODES; node = walker.nextNode(), visited++) {
    // The text first: most text nodes are the blanks between tags, and need no parent lookup.
    const text = (node.nodeValue ?? '').trim();
    if (!text || SKIP_PARENTS.has(node.parentElement?.tagName ?? '')) continue;
    if (waiting) {
      if (!ANY_WORD_CHAR.test(text)) continue;
      const value = identifier(text);
      if (value) keep(waiting.field, value, waiting.weak);
      waiting = null;
      if (value) continue;
    }
    if (text.length > MAX_LABEL_TEXT) continue;
    const hit = labelled(text);
    // A field already read still counts its other values: many of them make it a listing's.
    if (!hit || (found[hit.field] && (hit.weak || !weak.has(hit.field)) && (values.get(hit.field)?.size ?? 0) >= MANY_VALUES)) continue;
    const rest = hit.rest.replace(/^[\s:#|.\u200e\u200f：]+/, '');
    if (rest) {
      const value = identifier(rest);
      if (value) keep(hit.field, value, hit.weak);
    } else {
      waiting = { field: hit.field, weak: hit.weak };
    }
  }
  budget.visit(visited);
  // One label printed with many values is each card's code on a listing: none is the page's.
  const many = new Set([...values].filter(([, seen]) => seen.size >= MANY_VALUES).map(([field]) => field));
  for (const field of many) delete found[field];
  fromHiddenInputs(doc, posted);
  return { printed: found, posted, weak, many, cut: visited >= MAX_TEXT_NODES };
}
