/**
 * What an offer states about itself, one fact per attribute, each with the words it came
 * from. An offer is a product page's product or a listing card (title, price, specs).
 * A spec row the page listed wins over a figure read from the title; a row is expanded
 * again ("4 x HDMI (2 x HDMI 2.1)" also gives the HDMI 2.1 ports) in case extraction kept
 * only its first attribute.
 */
import type { ListingItem, Money, Product, Source, Spec } from '../contract/analysis.ts';
import { expandSpec, specsFromText } from './specs.ts';
import { compareEnum } from './vocabulary/index.ts';
import { UNIT_IDS, type UnitId } from './units.ts';

/** Where a fact was read: a page Source, or the offer's title. */
export type FactOrigin = Source | 'title' | 'derived';

export interface Fact {
  key: string;
  value: number | string | boolean;
  unit: UnitId | null;
  /** The shop's own words for it ("55\" (139 cm)"), shown to the shopper as the value found. */
  shown: string;
  /** The spec label it sat under ("Näytön koko"), or "" for a title. */
  label: string;
  origin: FactOrigin | null;
}

export interface Offer {
  name: string | null;
  brand: string | null;
  /** Breadcrumbs or JSON-LD category, most general first. */
  category: string[];
  price: Money | null;
  specs: Spec[];
  specsSource: Source | null;
  nameSource: Source | null;
  priceSource: Source | null;
}

export function offerOfProduct(product: Product): Offer {
  return {
    name: product.name,
    brand: product.brand,
    category: product.category,
    price: product.price,
    specs: product.specs,
    specsSource: product.sources.specs ?? null,
    nameSource: product.sources.name ?? null,
    priceSource: product.sources.price ?? null,
  };
}

export function offerOfItem(item: ListingItem): Offer {
  return {
    name: item.title,
    brand: null,
    category: [],
    price: item.price,
    specs: item.specs,
    specsSource: 'visible',
    nameSource: 'visible',
    priceSource: 'visible',
  };
}

const MAX_SPECS = 200;
const units = new Set<string>(UNIT_IDS);
const asUnit = (unit: string | null): UnitId | null => (unit && units.has(unit) ? (unit as UnitId) : null);

function factOf(spec: Spec, origin: FactOrigin | null): Fact | null {
  if (!spec.key || spec.value === null || spec.value === '') return null;
  return { key: spec.key, value: spec.value, unit: asUnit(spec.unit), shown: spec.raw.trim().slice(0, 200), label: spec.label, origin };
}

/**
 * Facts that follow from others: ports all below HDMI 2.1 mean no HDMI 2.1 port. Kept as a
 * table so a new rule is a line, not a branch.
 */
const DERIVED: { key: string; from: string; when: (v: Fact['value']) => boolean; value: Fact['value'] }[] = [
  { key: 'hdmi21_ports', from: 'hdmi_version', when: (v) => (compareEnum('hdmi_version', String(v), '2.1') ?? 0) < 0, value: 0 },
];

export function factsOf(offer: Offer): Map<string, Fact> {
  const facts = new Map<string, Fact>();
  const keep = (fact: Fact | null) => {
    if (fact && !facts.has(fact.key)) facts.set(fact.key, fact);
  };
  const specs = offer.specs.slice(0, MAX_SPECS);
  for (const spec of specs) keep(factOf(spec, offer.specsSource));
  for (const spec of specs) {
    if (spec.label) for (const more of expandSpec(spec.label, spec.raw).slice(1)) keep(factOf(more, offer.specsSource));
  }
  if (offer.name) for (const spec of specsFromText(offer.name)) keep(factOf(spec, 'title'));
  if (offer.brand) keep({ key: 'brand', value: offer.brand, unit: null, shown: offer.brand, label: '', origin: offer.nameSource });
  for (const rule of DERIVED) {
    const from = facts.get(rule.from);
    if (from && !facts.has(rule.key) && rule.when(from.value)) {
      keep({ ...from, key: rule.key, value: rule.value, unit: null, origin: 'derived' });
    }
  }
  return facts;
}

/** Every text of the offer a "must mention" may be found in, with where it is. */
export function offerTexts(offer: Offer): { text: string; label: string; origin: FactOrigin | null }[] {
  const texts: { text: string; label: string; origin: FactOrigin | null }[] = [];
  if (offer.name) texts.push({ text: offer.name, label: '', origin: 'title' });
  for (const spec of offer.specs.slice(0, MAX_SPECS)) {
    texts.push({ text: `${spec.label} ${spec.raw}`, label: spec.label, origin: offer.specsSource });
  }
  return texts;
}
