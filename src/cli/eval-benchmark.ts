/**
 * npm run eval:benchmark [-- --misses]: scores the generic pipeline (no site adapters) on
 * the product benchmark and prints precision, recall and F1 beside the three peers.
 */
import { ATTRIBUTES, PEERS, loadPeer, loadTruth, predictionOf, runGenericPipeline, scoreAll, scoreAttribute, type Score } from './benchmark-scoring.ts';
import { corpusPages } from './corpus.ts';
import { analyseCorpus } from './corpus-run.ts';
import { productTruth } from './product-labels.ts';

function cell(score: Score): string {
  return `${score.precision.toFixed(3)} ${score.recall.toFixed(3)} ${score.f1.toFixed(3)}`.padEnd(20);
}

function main(): void {
  const truth = loadTruth();
  const started = performance.now();
  const { predictions } = runGenericPipeline(undefined, truth);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const rows: [string, ReturnType<typeof scoreAll>][] = [['Needfit', scoreAll(truth, predictions)]];
  for (const peer of PEERS) rows.push([peer, scoreAll(truth, loadPeer(peer))]);

  console.log(`Product benchmark: ${Object.keys(truth).length} pages, generic pipeline (adapters off), ${seconds} s`);
  console.log(`${''.padEnd(10)}${ATTRIBUTES.map((a) => `${a} (P R F1)`.padEnd(20)).join('')}`);
  for (const [name, scores] of rows) console.log(`${name.padEnd(10)}${ATTRIBUTES.map((a) => cell(scores[a])).join('')}`);

  if (process.argv.includes('--misses')) {
    for (const [id, entry] of Object.entries(truth)) {
      const got = predictions[id] ?? {};
      for (const a of ATTRIBUTES) {
        const wanted = entry[a] ?? [];
        const value = got[a] ?? (a === 'availability' ? 'InStock' : null);
        const ok = value !== null && wanted.some((w) => (a === 'price' ? Number(w) === Number(value) : w === value));
        if (!ok && (value !== null || wanted.length > 0)) {
          console.log(`miss ${a.padEnd(12)} ${id.slice(0, 8)} got ${JSON.stringify(value)} want ${JSON.stringify(wanted)} ${entry.url.slice(0, 70)}`);
        }
      }
    }
  }
}

/** The product pages beyond the benchmark, with hand labels: price and availability, tune and check apart. */
function productPages(misses: boolean): void {
  const pages = corpusPages().filter((p) => p.folder === 'products' && p.product);
  const analyses = analyseCorpus(pages, { adapters: !process.argv.includes('--generic') });
  console.log(`\nProduct pages beyond the benchmark (hand labels, site adapters ${process.argv.includes('--generic') ? 'off' : 'on'}):`);
  for (const side of ['tune', 'check'] as const) {
    const mine = pages.filter((p) => p.side === side);
    const truth = productTruth(mine);
    const predictions = Object.fromEntries(mine.map((p) => [p.file, predictionOf(analyses.get(p.file)!)]));
    const price = scoreAttribute(truth, predictions, 'price');
    const availability = scoreAttribute(truth, predictions, 'availability');
    console.log(`  ${side.padEnd(6)} ${String(mine.length).padStart(2)} pages  price ${cell(price)} availability ${cell(availability)}`);
    if (!misses) continue;
    for (const p of mine) {
      const got = predictions[p.file]!;
      const want = truth[p.file]!;
      if (String(Number(got.price)) !== String(Number(want.price?.[0])) || (got.availability ?? 'InStock') !== want.availability?.[0]) {
        console.log(`    ${p.file}: price ${got.price ?? 'none'} (label ${want.price?.[0] ?? 'none'}), ${got.availability ?? 'InStock'} (label ${want.availability?.[0]})`);
      }
    }
  }
}

main();
productPages(process.argv.includes('--misses'));
