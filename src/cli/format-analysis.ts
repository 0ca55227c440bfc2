/** The human-readable view of a page analysis for `npm run inspect`. */
import type { Money, PageAnalysis, Product } from '../contract/analysis.ts';

function money(m: Money | null): string {
  return m ? `${m.amount}${m.currency ? ` ${m.currency}` : ''}` : '-';
}

function productLines(p: Product): string[] {
  const from = (field: keyof Product['sources']) => (p.sources[field] ? `  [${p.sources[field]}]` : '');
  const lines = [
    `  name:         ${p.name ?? '-'}${from('name')}`,
    `  brand:        ${p.brand ?? '-'}${from('brand')}`,
    `  sku:          ${p.sku ?? '-'}${from('sku')}`,
    `  gtin / mpn:   ${p.gtin ?? '-'} / ${p.mpn ?? '-'}${from('gtin')}`,
    `  price:        ${money(p.price)}${from('price')}`,
    `  prior price:  ${p.priorPrice ? `${money(p.priorPrice)} (${p.priorPrice.label})` : '-'}${from('priorPrice')}`,
    `  lowest 30 d:  ${money(p.lowest30d)}${from('lowest30d')}`,
    `  availability: ${p.availability ?? '-'}${from('availability')}`,
    `  category:     ${p.category.join(' > ') || '-'}${from('category')}`,
    `  image:        ${p.image ?? '-'}`,
    `  specs:        ${p.specs.length}${from('specs')}`,
  ];
  for (const s of p.specs.slice(0, 12)) {
    lines.push(`    ${s.label}: ${s.raw}${s.key ? `  -> ${s.key} = ${String(s.value)}${s.unit ? ` ${s.unit}` : ''}` : ''}`);
  }
  if (p.specs.length > 12) lines.push(`    ... ${p.specs.length - 12} more`);
  for (const promo of p.promotions) lines.push(`  promotion:    ${promo.type}: "${promo.text}"${promo.where ? ` (${promo.where})` : ''}`);
  return lines;
}

export function formatAnalysis(file: string, a: PageAnalysis): string {
  const lines = [`${file}`, `  url:          ${a.url}`, `  kind:         ${a.kind}${a.partial ? ' (partial: work budget ran out)' : ''}`];
  if (a.product) lines.push(...productLines(a.product));
  if (a.items.length > 0) {
    lines.push(`  items:        ${a.items.length}`);
    for (const item of a.items.slice(0, 10)) {
      lines.push(`    ${item.position}. ${item.title.slice(0, 70)}  ${money(item.price)}${item.shelf ? `  [shelf: ${item.shelf}]` : ''}${item.sponsored ? '  [sponsored]' : ''}`);
    }
    if (a.items.length > 10) lines.push(`    ... ${a.items.length - 10} more`);
  }
  for (const h of a.highlighted) lines.push(`  highlighted:  ${h.index === -1 ? 'this product' : `item ${h.index + 1}`}: ${h.reasons.join('; ')}`);
  return lines.join('\n');
}
