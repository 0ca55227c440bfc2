/**
 * Finds the main result grid and the shelves of a listing without knowing the shop: the grid
 * is the container with the most sibling children that look alike (same tag, mostly the same
 * classes) and each hold a link and a price. A child that itself holds several such priced
 * items with pictures is a shelf or carousel ("Others also bought"), kept apart.
 */
import type { Budget } from '../budget.ts';
import { isShelfHeading } from '../words/index.ts';
import { classTokens, hasImage, hasLink, holdsWord, inDocumentOrder, oneLine, priceElementSteps, textOf } from './dom.ts';
import type { Steps } from '../steps.ts';

export interface Group {
  /** The element whose children are the cards. */
  container: Element;
  cards: Element[];
  /** The element that holds the group with its heading and labels. */
  root: Element;
  heading: string | null;
}

const MAX_DEPTH = 30;
const MAX_CARDS = 3_000;
const MAX_SHELVES = 12;
/** Siblings whose classes overlap this much are copies of one card template. */
const SAME_TEMPLATE = 0.75;
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** For every element, its children that hold a price. */
function* pricedChildren(root: Element, budget: Budget): Steps<Map<Element, Set<Element>>> {
  const byParent = new Map<Element, Set<Element>>();
  for (const anchor of yield* priceElementSteps(root, budget)) {
    let child: Element = anchor;
    for (let depth = 0; depth < MAX_DEPTH && child !== root; depth++) {
      const parent: Element | null = child.parentElement;
      if (!parent) break;
      let set = byParent.get(parent);
      if (!set) byParent.set(parent, (set = new Set()));
      if (set.has(child)) break;
      set.add(child);
      child = parent;
    }
  }
  return byParent;
}

/** Whether an element follows the template most of `children` share: their tag, most of their common classes. */
function templateOf(children: Element[]): (el: Element) => boolean {
  const tags = new Map<string, number>();
  const tokens = new Map<string, number>();
  for (const c of children) {
    tags.set(c.tagName, (tags.get(c.tagName) ?? 0) + 1);
    for (const t of classTokens(c)) tokens.set(t, (tokens.get(t) ?? 0) + 1);
  }
  const tag = [...tags].sort((a, b) => b[1] - a[1])[0]?.[0];
  // A BEM modifier ("s-item--watch-at-corner") varies one card of the template; it is not the template.
  const common = [...tokens].filter(([t, n]) => n * 2 >= children.length && !t.includes('--')).map(([t]) => t);
  // How much of the shared template a child carries: a featured card adds classes, it keeps the rest.
  return (el) => {
    if (el.tagName !== tag) return false;
    if (common.length === 0) return true;
    const own = classTokens(el);
    return common.filter((t) => own.has(t)).length / common.length >= SAME_TEMPLATE;
  };
}

/** The children that follow the template most of them share. */
function alike(children: Element[]): Element[] {
  return children.filter(templateOf(children));
}

/** Children this many and more are not walked for cards without a price. */
const MAX_UNPRICED_WALK = MAX_CARDS;

/**
 * The grid's cards that print no price, in page order with the priced ones: a product sold
 * out or priced on request, or a tile the shop renders only once it scrolls into view (a
 * placeholder holding the product's name and link). Such a card is a child of the grid made
 * from the cards' own template, and it names a product through a link.
 */
function withUnpriced(container: Element, cards: Element[], budget: Budget): Element[] {
  if (cards.length < 2 || container.childElementCount > MAX_UNPRICED_WALK) return cards;
  const fits = templateOf(cards);
  const known = new Set(cards);
  const more: Element[] = [];
  for (const child of container.children) {
    if (!budget.visit()) break;
    if (known.has(child) || !fits(child) || !hasLink(child)) continue;
    if (!holdsWord(textOf(child, budget, 200))) continue;
    more.push(child);
  }
  return more.length > 0 ? inDocumentOrder([...cards, ...more]) : cards;
}

function candidates(byParent: Map<Element, Set<Element>>): Group[] {
  const groups: Group[] = [];
  for (const [container, set] of byParent) {
    if (set.size < 2) continue;
    const linked = [...set].filter(hasLink);
    const cards = alike(linked);
    if (cards.length >= 2) groups.push({ container, cards: inDocumentOrder(cards).slice(0, MAX_CARDS), root: container, heading: null });
  }
  return groups;
}

/** Ancestors of a group looked in for a plain-text heading. */
const TEXT_LEVELS = 3;

/** The first short text in `root` outside the cards: a carousel title set in a plain <span>. */
function firstText(root: Element, cards: Element[], budget: Budget): string | null {
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let node = walker.nextNode(), n = 0; node && n < 40; node = walker.nextNode(), n++) {
    if (!budget.visit()) break;
    const parent = node.parentElement;
    if (!parent || cards.some((c) => c.contains(parent)) || /^(SCRIPT|STYLE)$/.test(parent.tagName)) continue;
    const text = oneLine(node.nodeValue);
    if (text.length >= 3 && text.length <= 80) return text;
  }
  return null;
}

/**
 * Inside, below `top`, a card that is not around the group: one made from the template of
 * `group`'s cards (a copy of the row for another screen width, a neighbouring row) or a card
 * of another group (the results above a shelf). A heading there is that card's title, not a
 * heading over the group.
 */
function inCardLike(h: Element, top: Element, group: Group, cards: ReadonlySet<Element>): boolean {
  for (let node = h.parentElement; node && node !== top; node = node.parentElement) {
    if ((cards.has(node) || sameTemplate(node, group.cards[0])) && !node.contains(group.container)) return true;
  }
  return false;
}

/**
 * The group's heading: inside its root or before it (never after it, never a card's own
 * title), looking up at most `levels` ancestors. `cards` are the cards of every group found.
 */
function headingOf(group: Group, budget: Budget, inside = true, levels = 4, cards: ReadonlySet<Element> = new Set()): { heading: string | null; root: Element } {
  const inCard = (el: Element): boolean => group.cards.some((c) => c.contains(el));
  const before = (el: Element): boolean => group.container.contains(el) || (el.compareDocumentPosition(group.container) & 4) !== 0;
  let at: Element | null = group.container;
  for (let level = 0; at && level < levels; level++, at = at.parentElement) {
    for (const h of inside ? Array.from(at.querySelectorAll(HEADINGS)).slice(0, 20) : []) {
      if (inCard(h) || !before(h) || inCardLike(h, at, group, cards)) continue;
      const text = textOf(h, budget, 200);
      if (text.length > 0 && text.length <= 120) return { heading: text, root: at };
    }
    for (let sib = at.previousElementSibling, n = 0; sib && n < 2; sib = sib.previousElementSibling, n++) {
      // Only a heading, or a small block around one: a neighbouring shelf's title is not ours.
      const h = sib.matches(HEADINGS) ? sib : textOf(sib, budget, 300).length <= 150 ? sib.querySelector(HEADINGS) : null;
      const text = h && !inCardLike(h, at.parentElement ?? at, group, cards) ? textOf(h, budget, 200) : '';
      if (text.length > 0 && text.length <= 120) return { heading: text, root: at };
    }
  }
  if (!inside) return { heading: null, root: group.container };
  // No heading element: the first short text of the group's own block, one holding no other cards.
  const blocks: Element[] = [];
  for (let el: Element | null = group.container; el && blocks.length < TEXT_LEVELS; el = el.parentElement) blocks.push(el);
  // One pass over the other cards finds the lowest block that holds one of them.
  const own = new Set(group.cards);
  let ownLevels = blocks.length;
  for (const c of cards) {
    if (own.has(c) || c.contains(group.container)) continue;
    const level = blocks.findIndex((b, i) => i > 0 && i < ownLevels && b.contains(c));
    if (level > 0) ownLevels = level;
  }
  for (const block of blocks.slice(0, ownLevels)) {
    const text = firstText(block, group.cards, budget);
    if (text) return { heading: text, root: block };
  }
  return { heading: null, root: group.container };
}

/** The largest group of pictured items strictly inside `el`, when it holds at least two. */
function innerShelf(el: Element, groups: Group[]): Group | null {
  let best: Group | null = null;
  for (const g of groups) {
    if (g.container === el || !el.contains(g.container)) continue;
    const pictured = g.cards.filter(hasImage);
    if (pictured.length < 2) continue;
    if (!best || pictured.length > best.cards.length) best = { ...g, cards: pictured };
  }
  return best;
}

/** Two elements made from one template: the same tag and mostly the same classes. */
function sameTemplate(a: Element | undefined, b: Element | undefined): boolean {
  if (!a || !b || a.tagName !== b.tagName) return false;
  const x = classTokens(a);
  const y = classTokens(b);
  const larger = Math.max(x.size, y.size);
  return larger === 0 || [...x].filter((t) => y.has(t)).length / larger >= SAME_TEMPLATE;
}

/** The largest group in `el`, its own children included. */
function innerGroup(el: Element, groups: Group[]): Group | null {
  let best: Group | null = null;
  for (const g of groups) {
    if (el.contains(g.container) && (!best || g.cards.length > best.cards.length)) best = g;
  }
  return best;
}

/**
 * A result grid the shop renders in chunks (one block per page of an endless scroll, one row
 * per block): blocks made from one template, each holding cards made from one template. When
 * most children of the picked group are such blocks, the grid is their cards, in page order.
 */
function chunkedCards(pick: Group, groups: Group[]): Element[] | null {
  const inner = pick.cards.map((chunk) => ({ chunk, group: innerGroup(chunk, groups) }));
  const blocks = inner.filter((c): c is { chunk: Element; group: Group } => c.group !== null);
  if (blocks.length < 2 || blocks.length * 2 < pick.cards.length) return null;
  const first = blocks[0]!.group.cards[0];
  if (!blocks.every((b) => sameTemplate(b.group.cards[0], first))) return null;
  return blocks.flatMap((b) => b.group.cards);
}

/**
 * Blocks beside the picked group, children of the same parent, made from its template and
 * holding cards of its cards' template, without a shelf's heading of their own: the same grid
 * continued ("page 2" of an endless scroll, one row per block).
 */
function continuedIn(pick: Group, groups: Group[], budget: Budget): Group[] {
  const parent = pick.container.parentElement;
  if (!parent) return [];
  return groups.filter((g) => {
    if (g.container === pick.container || g.container.parentElement !== parent) return false;
    if (!sameTemplate(g.container, pick.container) || !sameTemplate(g.cards[0], pick.cards[0])) return false;
    const heading = headingOf(g, budget, false).heading;
    return !(heading && isShelfHeading(heading));
  });
}

export interface Layout {
  main: Group | null;
  shelves: Group[];
  /** Single priced items between the results that follow another template (a video ad). */
  placements: Element[];
}

/** The main grid and the shelves of `root`. */
export function* findLayout(root: Element, budget: Budget): Steps<Layout> {
  const byParent = yield* pricedChildren(root, budget);
  yield;
  const groups = candidates(byParent);
  const allCards: ReadonlySet<Element> = new Set(groups.flatMap((g) => g.cards));
  yield;
  const ranked = [...groups].sort((a, b) => b.cards.length - a.cards.length);
  // Headings are looked up only for the few groups that need one: the walk is not free.
  const mainPick =
    ranked.slice(0, 5).find((g) => {
      const heading = headingOf(g, budget, false).heading;
      return !(heading && isShelfHeading(heading));
    }) ?? null;
  const shelves: Group[] = [];
  let main: Group | null = null;
  const placements: Element[] = [];
  /** The containers the main grid's cards sit in: one, or the blocks of a chunked grid. */
  let mainContainers: Element[] = [];
  const chunked = mainPick ? chunkedCards(mainPick, groups) : null;
  if (mainPick && chunked) {
    main = { ...mainPick, cards: chunked.slice(0, MAX_CARDS) };
    mainContainers = [mainPick.container];
  } else if (mainPick) {
    const cards: Element[] = [];
    const template = new Set(mainPick.cards);
    for (const child of byParent.get(mainPick.container) ?? []) {
      if (template.has(child) || !hasLink(child)) continue;
      const inner = innerShelf(child, groups);
      if (inner) shelves.push({ ...inner, root: child, heading: headingOf({ ...inner, container: child }, budget, true, 1, allCards).heading });
      else if (placements.length < MAX_SHELVES) placements.push(child);
    }
    for (const card of withUnpriced(mainPick.container, mainPick.cards, budget)) {
      const inner = innerShelf(card, groups);
      if (inner) shelves.push({ ...inner, root: card, heading: headingOf({ ...inner, container: card }, budget, true, 1, allCards).heading });
      else cards.push(card);
    }
    const continued = cards.length > 0 ? continuedIn({ ...mainPick, cards }, groups, budget) : [];
    const all = continued.length > 0 ? inDocumentOrder([...cards, ...continued.flatMap((g) => g.cards)]) : cards;
    main = { ...mainPick, cards: all.slice(0, MAX_CARDS) };
    mainContainers = [mainPick.container, ...continued.map((g) => g.container)];
  }
  const inMain = (el: Element): boolean => mainContainers.some((c) => c === el || c.contains(el) || el.contains(c));
  for (const g of ranked) {
    if (shelves.length >= MAX_SHELVES) break;
    if (main && inMain(g.container)) continue;
    if (shelves.some((s) => s.container.contains(g.container) || g.container.contains(s.container))) continue;
    const pictured = g.cards.filter(hasImage);
    if (pictured.length >= 2) shelves.push({ ...g, ...headingOf(g, budget, true, 4, allCards), cards: pictured });
  }
  if (main && shelves.length > 0) main = withRowsOfResults(main, shelves, budget, allCards);
  return { main: main && main.cards.length > 0 ? main : null, shelves, placements: inDocumentOrder(placements) };
}

/** A card's link without its query and fragment: the copies of one card differ only there. */
function linkKey(card: Element): string | null {
  const href = (card.matches('a[href]') ? card : card.querySelector('a[href]'))?.getAttribute('href') ?? null;
  return href ? href.split(/[?#]/)[0]! : null;
}

/**
 * Rows set inside the results (a row of ads between two blocks of them) are results too:
 * their cards follow the results' own template and they stand under the results' heading,
 * not one of their own. A shop that prints such a row once per screen width repeats its
 * cards; one copy of each is kept. The rows are taken out of `shelves`.
 */
function withRowsOfResults(main: Group, shelves: Group[], budget: Budget, allCards: ReadonlySet<Element>): Group {
  const mainHeading = headingOf(main, budget, true, 4, allCards).heading;
  if (!mainHeading || isShelfHeading(mainHeading)) return main;
  const rows = shelves.filter((s) => s.heading === mainHeading && sameTemplate(s.cards[0], main.cards[0]));
  if (rows.length === 0) return main;
  const seen = new Set<string>();
  const cards: Element[] = [];
  for (const card of rows.flatMap((row) => row.cards)) {
    const key = linkKey(card);
    if (key !== null && seen.has(key)) continue;
    if (key !== null) seen.add(key);
    cards.push(card);
  }
  for (const row of rows) shelves.splice(shelves.indexOf(row), 1);
  return { ...main, cards: inDocumentOrder([...main.cards, ...cards]).slice(0, MAX_CARDS) };
}
