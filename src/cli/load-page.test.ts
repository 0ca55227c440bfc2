import { describe, expect, it } from 'vitest';
import { decodePage, parsePage } from './load-page.ts';

const parse = (html: string) => parsePage(Buffer.from(html, 'utf8'), 'https://shop.example/p/1');

describe('parsePage reads a saved page as the browser tab does', () => {
  it('keeps everything after a script that prints "<style>" in a string', () => {
    const doc = parse(`<html><head><script>var css = "<style>.x{}";</script></head><body>
      <h1>Kettle</h1><p class="price">29,90 €</p><style>.price{color:red}</style><p id="after">after</p></body></html>`);
    expect(doc.querySelector('.price')?.textContent).toBe('29,90 €');
    expect(doc.getElementById('after')?.textContent).toBe('after');
    expect(doc.querySelector('style')?.textContent).toBe('.price{color:red}');
  });

  it('keeps the insides of <noscript> as text, as a browser with scripting on does', () => {
    const doc = parse('<html><body><noscript><p class="price">9,99 €</p></noscript><p class="price">12,99 €</p></body></html>');
    expect(doc.querySelectorAll('.price')).toHaveLength(1);
    expect(doc.querySelector('noscript')?.textContent).toContain('9,99 €');
  });

  it('survives a style sheet jsdom cannot parse', () => {
    const doc = parse('<html><head><style>$brand: #c00; .a { color: $brand; } @media (( {</style></head><body><h1>Ok</h1></body></html>');
    expect(doc.querySelector('h1')?.textContent).toBe('Ok');
  });
});

describe('decodePage', () => {
  it('reads windows-1252 as browsers do: 0x80 is the euro sign, not a control character', () => {
    const bytes = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>ab '), Buffer.from([0x80, 0x20, 0x34, 0x39, 0x35, 0x20, 0x96, 0x20, 0xe4]), Buffer.from('</p>')]);
    expect(decodePage(bytes)).toContain('ab € 495 – ä');
  });
});
