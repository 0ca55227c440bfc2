/** Bounded DOM helpers: ancestor distance and class/id text, without full-document walks. */

const MAX_UP = 40;

/** The element's class and id joined, lower case, for hint matching. */
export function hintsOf(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  return `${cls.slice(0, 200)} ${el.id.slice(0, 100)} ${el.getAttribute('data-testid') ?? ''}`.toLowerCase();
}

/** One element's class, id and test id words, lower case, single-spaced, no spaces around. */
function ownClassWords(el: Element): string {
  const raw = `${(el.getAttribute('class') ?? '').slice(0, 200)} ${el.id.slice(0, 100)} ${el.getAttribute('data-testid') ?? ''}`;
  return raw.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[^A-Za-z0-9]+/g, ' ').trim().toLowerCase();
}

/**
 * The words of the element's class, id and test id and those of its next `levels`
 * ancestors, lower case and space-separated: "oldPriceAmount price--was" reads
 * " old price amount price was ". Matching whole words keeps "bold" from meaning "old"
 * and "price-list" from meaning a list price. Candidates share ancestors: a `cache` kept
 * for one analysis reads each element's attributes once.
 */
export function classWords(el: Element, levels: number, cache?: Map<Element, string>): string {
  let out = ' ';
  let node: Element | null = el;
  for (let i = 0; node && i <= levels; i++, node = node.parentElement) {
    let own = cache?.get(node);
    if (own === undefined) {
      own = ownClassWords(node);
      cache?.set(node, own);
    }
    if (own) out += `${own} `;
  }
  return out;
}

/** Ancestors from the element up, the element first, at most MAX_UP. */
export function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let node: Element | null = el; node && out.length < MAX_UP; node = node.parentElement) out.push(node);
  return out;
}

/** Steps through the tree between two elements (up to their common ancestor and down). */
export function treeDistance(fromAncestors: Element[], el: Element): number {
  let up = 0;
  for (let node: Element | null = el; node && up < MAX_UP; node = node.parentElement, up++) {
    const i = fromAncestors.indexOf(node);
    if (i >= 0) return up + i;
  }
  return MAX_UP * 2;
}

/** The nearest common ancestor of two elements, within MAX_UP levels. */
export function commonAncestor(a: Element, b: Element): Element | null {
  const up = ancestors(a);
  for (let node: Element | null = b, i = 0; node && i < MAX_UP; node = node.parentElement, i++) {
    if (up.includes(node)) return node;
  }
  return null;
}

/** True if `b` comes after `a` in document order. */
export function isAfter(a: Element, b: Element): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0;
}
