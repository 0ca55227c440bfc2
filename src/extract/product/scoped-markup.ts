/**
 * Microdata and RDFa both nest typed scopes holding named properties. This turns either
 * into JSON-LD-shaped objects, so schema.ts reads all three the same way.
 */
import type { Budget } from '../budget.ts';
import { valueOf } from './text.ts';
import type { JsonObject, JsonValue } from './tolerant-json.ts';

const MAX_SCOPES = 3_000;
const MAX_PROPS = 6_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/**
 * Properties holding prose that nothing downstream reads (schema.ts takes names, codes,
 * prices, availability, images, categories, specs): reading their text costs a full
 * subtree read each, and a page with fifty reviews has fifty of them.
 */
const PROSE = new Set(['description', 'reviewBody', 'text', 'articleBody', 'commentText', 'disambiguatingDescription', 'abstract', 'caption']);

export interface ScopeSyntax {
  scope: string;
  type: string;
  prop: string;
}

export const MICRODATA: ScopeSyntax = { scope: 'itemscope', type: 'itemtype', prop: 'itemprop' };
export const RDFA: ScopeSyntax = { scope: 'typeof', type: 'typeof', prop: 'property' };

/** "http://schema.org/Product", "schema:price", "og:title" -> "Product", "price", "og:title". */
function localName(name: string, keepPrefix: boolean): string {
  if (keepPrefix && /^og:|^product:/.test(name)) return name;
  return name.split(/[/#:]/).pop() ?? name;
}

export interface ScopedItems {
  roots: JsonValue[];
  /** True when the element caps cut the reading short. */
  cut: boolean;
}

export function readScopedItems(doc: Document, syntax: ScopeSyntax, budget: Budget): ScopedItems {
  const scopeEls = doc.querySelectorAll(`[${syntax.scope}]`);
  if (scopeEls.length === 0) return { roots: [], cut: false };
  const objects = new Map<Element, JsonObject>();
  const roots: JsonValue[] = [];
  const scopeCount = Math.min(scopeEls.length, MAX_SCOPES);
  budget.visit(scopeCount);
  for (let i = 0; i < scopeCount; i++) {
    const el = scopeEls[i] as Element;
    const obj = Object.create(null) as JsonObject;
    const types = (el.getAttribute(syntax.type) ?? '').split(/\s+/).filter(Boolean).map((t) => localName(t, false));
    if (types.length > 0) obj['@type'] = types;
    objects.set(el, obj);
    // A scope that is a property of no enclosing scope ("mainEntityOfPage" on the page's
    // Product) still stands on its own.
    if (!el.hasAttribute(syntax.prop) || !el.parentElement?.closest(`[${syntax.scope}]`)) roots.push(obj);
  }
  const propEls = doc.querySelectorAll(`[${syntax.prop}]`);
  const propCount = Math.min(propEls.length, MAX_PROPS);
  budget.visit(propCount);
  for (let i = 0; i < propCount && !budget.exhausted; i++) {
    const el = propEls[i] as Element;
    const owner = el.parentElement?.closest(`[${syntax.scope}]`);
    const target = owner ? objects.get(owner) : undefined;
    if (!target) continue;
    const keys = (el.getAttribute(syntax.prop) ?? '')
      .split(/\s+/)
      .slice(0, 4)
      .map((raw) => localName(raw, syntax === RDFA))
      .filter((key) => key && !FORBIDDEN_KEYS.has(key) && !PROSE.has(key));
    if (keys.length === 0) continue;
    const value: JsonValue = objects.get(el) ?? valueOf(el, budget);
    for (const key of keys) {
      const before = target[key];
      if (before === undefined) target[key] = value;
      else if (Array.isArray(before)) {
        if (before.length < 500) before.push(value);
      }
      else target[key] = [before, value];
    }
  }
  return { roots, cut: scopeEls.length > MAX_SCOPES || propEls.length > MAX_PROPS };
}
