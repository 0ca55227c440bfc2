/** Small text helpers shared by the sources: bounded reads, whitespace, entities. */
import type { Budget } from '../budget.ts';

const NAMED_ENTITIES = new Map([
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
  ['lt', '<'],
  ['gt', '>'],
  ['nbsp', '\u00a0'],
  ['euro', '€'],
  ['pound', '£'],
  ['yen', '¥'],
  ['ndash', '–'],
  ['mdash', '—'],
  ['reg', '®'],
  ['trade', '™'],
  ['copy', '©'],
]);

/** Decodes the HTML entities shops leave inside JSON-LD strings ("Caf&eacute;" stays if unknown). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES.get(body.toLowerCase()) ?? whole;
  });
}

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * An element's text, capped at `max` characters, charged to the budget. `textContent` builds
 * the whole subtree's text, but natively: a bounded walk in script (textPrefix) measured
 * slower on pages with many microdata properties, where this is called for each.
 */
export function textOf(el: Element | null | undefined, budget: Budget, max = 2_000): string {
  if (!el) return '';
  const raw = el.textContent ?? '';
  budget.read(Math.min(raw.length, max));
  return squash(raw.length > max ? raw.slice(0, max) : raw);
}

/** A short value from an attribute or the text: meta content, link href, img src, time datetime. */
export function valueOf(el: Element, budget: Budget): string {
  for (const name of ['content', 'value', 'datetime']) {
    const v = el.getAttribute(name);
    if (v !== null) return squash(v.slice(0, 2_000));
  }
  const tag = el.tagName.toLowerCase();
  if (tag === 'a' || tag === 'link') return el.getAttribute('href') ?? '';
  if (tag === 'img' || tag === 'source') return el.getAttribute('src') ?? '';
  return textOf(el, budget);
}

/** Absolute URL against the page, or null for something that is not a URL. */
export function absoluteUrl(value: string, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
