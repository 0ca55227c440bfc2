/**
 * The real-pages corpus as the evaluations see it: every page of ../shared/real-pages with
 * its hand-labelled kind, its shop's side of the tune/check split (test/real-labels/split.json)
 * and the address it is analysed under. The labels are read here; nothing is derived from
 * the extractor.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Availability, PageKind } from '../contract/analysis.ts';
import { ROOT } from './build.ts';
import type { ListingLabels } from './listing-score.ts';
import { realPagesDir } from './real-pages.ts';

export type Side = 'tune' | 'check';
export type Folder = 'listings' | 'products' | 'not-shops' | 'benchmark';

export interface ProductLabel {
  url: string | null;
  kind: PageKind;
  name: string | null;
  price: number | null;
  currency: string | null;
  prior: number | null;
  availability: Availability | null;
  notes?: string;
}

export interface CorpusPage {
  /** Path inside the real-pages folder. */
  file: string;
  folder: Folder;
  /** The shop group the split is decided by. */
  group: string;
  side: Side;
  /** The address the page is analysed under: its real one, or one on its shop's host. */
  url: string;
  kind: PageKind;
  listing: ListingLabels | null;
  product: ProductLabel | null;
}

interface IndexEntry {
  file: string;
  kind: PageKind;
  shop: string | null;
  url: string | null;
}

interface SplitFile {
  benchmark: Side;
  groups: Record<string, Side>;
  shops: Record<string, string>;
}

const LABELS = resolve(ROOT, 'test/real-labels');

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export function loadSplit(): SplitFile {
  return readJson<SplitFile>(join(LABELS, 'split.json'));
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** The shop a page belongs to, as split.json names it: the index's shop, else its address's host. */
function shopOf(entry: IndexEntry): string {
  return entry.shop ?? hostOf(entry.url) ?? basename(entry.file).split('-')[0] ?? entry.file;
}

function pageName(file: string): string {
  return basename(file).replace(/\.html?(\.gz)?$/i, '');
}

export function listingLabelsFile(file: string): string {
  return join(LABELS, 'listings', `${pageName(file)}.labels.json`);
}

function loadListingLabels(file: string): ListingLabels | null {
  const path = listingLabelsFile(file);
  return existsSync(path) ? readJson<ListingLabels>(path) : null;
}

function loadProductLabels(): Record<string, ProductLabel> {
  const path = join(LABELS, 'products.labels.json');
  return existsSync(path) ? readJson<{ pages: Record<string, ProductLabel> }>(path).pages : {};
}

/**
 * A page without a known address is analysed on its shop's host (site adapters apply, as
 * they would in the shop's tab), under a path that names the saved file.
 */
function addressOf(entry: IndexEntry, labelled: string | null | undefined): string {
  const known = labelled ?? entry.url;
  if (known && hostOf(known)) return known;
  const host = entry.shop ? (entry.shop.split('.').length === 2 ? `www.${entry.shop}` : entry.shop) : 'saved-page.invalid';
  return `https://${host}/needfit-saved/${pageName(entry.file)}`;
}

/** Every page of the corpus (the benchmark's too), with its labels and its side of the split. */
export function corpusPages(dir = realPagesDir()): CorpusPage[] {
  const split = loadSplit();
  const products = loadProductLabels();
  const index = readJson<{ pages: IndexEntry[] }>(join(dir, 'index.json')).pages;
  const sideOf = (group: string): Side => {
    const side = split.groups[group];
    if (!side) throw new Error(`split.json has no side for shop group "${group}": add it before measuring`);
    return side;
  };
  const pages: CorpusPage[] = index.map((entry) => {
    const folder = entry.file.split('/')[0] as Folder;
    const group = split.shops[shopOf(entry)];
    if (!group) throw new Error(`split.json does not name the shop of ${entry.file} (${shopOf(entry)})`);
    const listing = folder === 'listings' ? loadListingLabels(entry.file) : null;
    const product = folder === 'products' ? (products[entry.file] ?? null) : null;
    const kind = listing?.kind ?? product?.kind ?? entry.kind;
    return { file: entry.file, folder, group, side: sideOf(group), url: addressOf(entry, listing?.url ?? product?.url), kind, listing, product };
  });
  const truth = readJson<Record<string, { url: string }>>(join(dir, 'product-benchmark', 'ground-truth.json'));
  for (const [id, entry] of Object.entries(truth)) {
    pages.push({
      file: `product-benchmark/html/${id}.html.gz`,
      folder: 'benchmark',
      group: 'benchmark',
      side: split.benchmark,
      url: entry.url,
      kind: 'product',
      listing: null,
      product: null,
    });
  }
  return pages;
}
