/**
 * Hostile pages, generated so the repository holds no 10 MB fixture: script and markup in
 * product names, a 10 MB JSON-LD block, 200-deep nesting, 100,000 nodes, prototype keys,
 * right-to-left and zero-width text, absurd prices. The extension must stay calm on all.
 */
export interface HostilePage {
  file: string;
  about: string;
  html: string;
}

const page = (title: string, head: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;

export const XSS_NAME = '<img src=x onerror="window.__needfitPwned=1"><script>window.__needfitPwned=2</script>';

export function hostilePages(): HostilePage[] {
  const product = (name: string, price: unknown) => ({
    '@context': 'https://schema.org',
    '@type': 'Product',
    name,
    sku: 'H-1',
    offers: { '@type': 'Offer', price, priceCurrency: 'EUR', availability: 'https://schema.org/InStock' },
  });
  const escaped = XSS_NAME.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const deep = `${'<div>'.repeat(200)}<h1>Deep TV</h1><p class="price">499,00 €</p>${'</div>'.repeat(200)}`;
  const many = Array.from({ length: 20_000 }, (_, i) => `<div><span>r${i}</span><b>${i}</b><i></i><u></u></div>`).join('');
  const bigBlob = 'x'.repeat(10 * 1024 * 1024);
  return [
    {
      file: 'xss-name.html',
      about: 'script and img onerror in the product name, in JSON-LD and in the visible title',
      html: page('XSS TV', ld(product(XSS_NAME, '499.00')), `<h1>${escaped}</h1><p class="price">499,00 €</p><button>Osta</button>`),
    },
    {
      file: 'big-jsonld.html',
      about: 'a 10 MB JSON-LD block',
      html: page('Big TV', `<script type="application/ld+json">{"@type":"Product","name":"Big TV","description":"${bigBlob}","offers":{"price":"10.00","priceCurrency":"EUR"}}</script>`, '<h1>Big TV</h1><p>10,00 €</p>'),
    },
    { file: 'deep.html', about: '200-deep nesting', html: page('Deep TV', '', deep) },
    {
      file: 'many-nodes.html',
      about: '100,000 elements',
      html: page('Many TV', ld(product('Many TV', '99.00')), `<h1>Many TV</h1><p>99,00 €</p>${many}`),
    },
    {
      file: 'proto-keys.html',
      about: '__proto__ and constructor keys in JSON-LD',
      html: page('Proto TV', `<script type="application/ld+json">{"@type":"Product","name":"Proto TV","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"offers":{"price":"5.00","priceCurrency":"EUR"}}</script>`, '<h1>Proto TV</h1>'),
    },
    {
      file: 'rtl-zero-width.html',
      about: 'right-to-left override and zero-width characters in the name',
      html: page('RTL', ld(product('\u202eVT ecneirepxe\u202c\u200b\u200d Lumo', '300.00')), '<h1>\u202eVT ecneirepxe\u202c\u200b Lumo</h1><p>300,00 €</p>'),
    },
    {
      file: 'absurd-prices.html',
      about: 'prices of 1e308, negative and NaN',
      html: page(
        'Absurd',
        ld([product('Absurd TV', 1e308), product('Negative TV', '-5'), product('NaN TV', 'NaN')]),
        '<h1>Absurd TV</h1><p class="price">1e308 €</p><p>-5,00 €</p>',
      ),
    },
  ];
}
