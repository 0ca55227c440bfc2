/**
 * Product codes printed without a label: an element whose own class, id or test attribute
 * names it the product code ("product-reference", "CatNumber", "sku") and which holds one
 * short token, and, as a last resort, the long number a shop puts at the end of the
 * product's address ("…-987929.html", "/itm/133588510845").
 */
import type { Budget } from '../budget.ts';
import { WORD_CHARS } from '../../core/letters.ts';

const MAX_AREA_ELEMENTS = 1_500;
const MAX_CODE_TEXT = 30;
const MAX_ATTRIBUTES = 12;

/** Attribute words that name the element a product code, as data. */
export const CODE_ATTRIBUTE_WORDS = /(?:^|[^a-z])(?:sku|product[-_ ]?(?:reference|ref|code|number|no|id)|cat[-_ ]?(?:number|no)|item[-_ ]?(?:number|no|code)|article[-_ ]?(?:number|no|code)|style[-_ ]?(?:number|code))(?![a-z])/i;

const CODE_TOKEN = new RegExp(`^[${WORD_CHARS}][${WORD_CHARS}./_-]{2,30}$`, 'u');
const CODE_RUN = new RegExp(`(?:^|[^${WORD_CHARS}])([A-Za-z]?\\d{5,20})(?=$|[^${WORD_CHARS}])`, 'gu');
const LEADING_SEPARATOR = new RegExp(`^[^${WORD_CHARS}]`, 'u');

/** The words of an element's attributes that could name it (class, id, data-*). */
function namesCode(el: Element): boolean {
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length && i < MAX_ATTRIBUTES; i++) {
    const attr = attrs[i];
    if (!attr) continue;
    const name = attr.name;
    if (name !== 'class' && name !== 'id' && !name.startsWith('data-')) continue;
    // "CatNumber" reads as "Cat-Number".
    if (CODE_ATTRIBUTE_WORDS.test(attr.value.slice(0, 200).replace(/([a-z])([A-Z])/g, '$1-$2'))) return true;
  }
  return false;
}

/** A leaf in the product area whose attributes say it is the product code, holding one token with a digit. */
export function hintedCode(area: Element | null, budget: Budget): string | null {
  if (!area) return null;
  const els = area.getElementsByTagName('*');
  const count = Math.min(els.length, MAX_AREA_ELEMENTS);
  budget.visit(count);
  for (let i = 0; i < count; i++) {
    const el = els[i] as Element;
    if (el.childElementCount > 0 || el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'OPTION') continue;
    const text = el.textContent ?? '';
    if (text.length > MAX_CODE_TEXT * 2 || !/\d/.test(text)) continue;
    const token = text.trim();
    if (!CODE_TOKEN.test(token) || !namesCode(el)) continue;
    return token;
  }
  return null;
}

/**
 * The product id at the end of the address: the last run of five or more digits (with an
 * optional letter prefix, "M67296549") in the last path segment. Shorter numbers are more
 * often page or category numbers.
 */
export function addressCode(url: string): string | null {
  let path: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    path = parsed.pathname;
  } catch {
    return null;
  }
  const segments = path.split('/').filter(Boolean);
  const last = (segments[segments.length - 1] ?? '').replace(/\.[a-z]{2,5}$/i, '').slice(0, 200);
  const runs = last.match(CODE_RUN);
  const found = runs?.[runs.length - 1];
  return found ? found.replace(LEADING_SEPARATOR, '') : null;
}
