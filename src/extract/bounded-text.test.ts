import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { textPrefix, textUpTo } from './bounded-text.ts';

const el = (html: string) => new JSDOM(`<div id="x">${html}</div>`).window.document.getElementById('x')!;

describe('textUpTo', () => {
  it('gives the collapsed text of a short element, as textContent would', () => {
    expect(textUpTo(el('  <b>1 299</b>,<sup>90</sup>\n  €  '), 40)).toBe('1 299,90 €');
    expect(textUpTo(el('Kampanja'), 60)).toBe('Kampanja');
    expect(textUpTo(el(''), 10)).toBe('');
  });

  it('says null for text longer than the limit, however it is split', () => {
    expect(textUpTo(el('x'.repeat(61)), 60)).toBeNull();
    expect(textUpTo(el('<span>aaaa </span>'.repeat(30)), 60)).toBeNull();
  });

  it('is not fooled by indentation between short spans', () => {
    const indented = `<span>Sale</span>${' '.repeat(500)}\n<span>-20 %</span>`;
    expect(textUpTo(el(indented), 20)).toBe('Sale -20 %');
  });

  it('never builds the whole subtree text, and stops after the first nodes past the limit', () => {
    const big = el('<p>word </p>'.repeat(50_000));
    Object.defineProperty(big, 'textContent', { get: () => { throw new Error('read the whole subtree'); } });
    let visited = 0;
    const doc = big.ownerDocument;
    const create = doc.createTreeWalker.bind(doc);
    doc.createTreeWalker = ((root: Node, show?: number) => {
      const walker = create(root, show);
      const next = walker.nextNode.bind(walker);
      walker.nextNode = () => (visited++, next());
      return walker;
    }) as typeof doc.createTreeWalker;
    expect(textUpTo(big, 40)).toBeNull();
    expect(visited).toBeLessThan(20);
  });
});

describe('textPrefix', () => {
  it('gives the first characters of the collapsed text', () => {
    expect(textPrefix(el('  Lumo <b>55"</b>\n 4K   QLED '), 100)).toBe('Lumo 55" 4K QLED');
    expect(textPrefix(el('<span>abc </span>'.repeat(100)), 10)).toBe('abc abc ab');
    expect(textPrefix(el(''), 10)).toBe('');
  });

  it('matches textContent collapsed and cut, for short and long subtrees alike', () => {
    for (const html of ['a<b>b</b>  c', '<p>word </p>'.repeat(300), `x${' '.repeat(900)}y`]) {
      const node = el(html);
      expect(textPrefix(node, 50)).toBe((node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50).trim());
    }
  });
});
