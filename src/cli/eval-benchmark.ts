/**
 * npm run eval:benchmark [-- --misses]: scores the generic pipeline (no site adapters) on
 * the product benchmark and prints precision, recall and F1 beside the three peers.
 */
import { ATTRIBUTES, PEERS, loadPeer, loadTruth, runGenericPipeline, scoreAll, type Score } from './benchmark-scoring.ts';

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

main();
