import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { watchPage } from './watch.ts';

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((s) => s()));

function page(): { doc: Document; calls: string[]; window: JSDOM['window'] } {
  const dom = new JSDOM('<ul id="grid"><li>a</li></ul><div class="price">10 €</div>', { url: 'https://shop.example/list' });
  const calls: string[] = [];
  stops.push(watchPage(dom.window.document, (reason) => calls.push(reason), { debounceMs: 30, urlCheckMs: 20 }));
  return { doc: dom.window.document, calls, window: dom.window };
}

describe('watchPage', () => {
  it('reports new cards once per burst (infinite scroll)', async () => {
    const { doc, calls } = page();
    const grid = doc.getElementById('grid') as Element;
    for (let i = 0; i < 5; i++) grid.appendChild(doc.createElement('li'));
    await wait(5);
    for (let i = 0; i < 5; i++) grid.appendChild(doc.createElement('li'));
    await wait(80);
    expect(calls).toEqual(['new items']);
  });

  it('ignores a single unrelated node', async () => {
    const { doc, calls } = page();
    doc.body.appendChild(doc.createElement('span'));
    await wait(80);
    expect(calls).toEqual([]);
  });

  it('reports a price or variant change', async () => {
    const { doc, calls } = page();
    (doc.querySelector('.price') as Element).textContent = '12 €';
    await wait(80);
    expect(calls).toEqual(['price or variant changed']);
  });

  it('reports single-page navigation by the URL changing', async () => {
    const { calls, window } = page();
    window.history.pushState({}, '', '/list?page=2');
    await wait(100);
    expect(calls).toEqual(['navigation']);
  });

  it('stops reporting after stop()', async () => {
    const { doc, calls } = page();
    stops.splice(0).forEach((s) => s());
    const grid = doc.getElementById('grid') as Element;
    for (let i = 0; i < 5; i++) grid.appendChild(doc.createElement('li'));
    await wait(80);
    expect(calls).toEqual([]);
  });
});
