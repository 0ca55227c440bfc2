/**
 * A generated listing page of N product cards with a few pushed ones: the load test for
 * the content script (2,000 cards must not cause a task of 50 ms or more).
 */
const BRANDS = ['Lumo', 'Auro', 'Kestrel', 'Visionex', 'Nordic Vision', 'Polar'];
const SIZES = [43, 50, 55, 65, 75];
const RATES = [50, 60, 100, 120, 144];

export function generateListing(cards: number): string {
  const rows: string[] = [];
  for (let i = 0; i < cards; i++) {
    const brand = BRANDS[i % BRANDS.length]!;
    const size = SIZES[i % SIZES.length]!;
    const rate = RATES[(i * 7) % RATES.length]!;
    const price = 299 + ((i * 37) % 1700);
    const pushed = i % 97 === 0;
    rows.push(
      `<li class="card${pushed ? ' featured' : ''}">` +
        (pushed ? '<span class="badge">Kampanja</span>' : '') +
        `<h3><a href="/tv/${i}">${brand} T${i} ${size}" 4K LED-televisio, ${rate} Hz</a></h3>` +
        `<div class="price-row"><span class="price">${price},00 €</span>${pushed ? `<s class="was">${price + 200},00 €</s>` : ''}</div>` +
        '<button class="buy" type="button">Lisää ostoskoriin</button></li>',
    );
  }
  return `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Televisiot (${cards}) | Demokauppa</title></head><body>
<header><a href="/">Demokauppa</a></header><main><h1>Televisiot</h1><p>${cards} tuotetta</p>
<ul class="grid" id="results">${rows.join('\n')}</ul></main></body></html>`;
}
