import { describe, expect, it } from 'vitest';
import { checkMessage, NeedfitError, send, senderKind } from './messages.ts';
import { analysis, profile } from '../test/unit/support/fixtures.ts';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('senderKind', () => {
  it('tells extension pages from content scripts by the runtime sender record', () => {
    expect(senderKind({ id: ID, url: `${ORIGIN}src/popup/index.html` }, ID, ORIGIN)).toBe('extension-page');
    expect(senderKind({ id: ID, url: 'https://shop.fi/tv', tab: { id: 4 } }, ID, ORIGIN)).toBe('content');
  });

  it('trusts no other extension and no sender without a tab or a known URL', () => {
    expect(senderKind({ id: 'other', url: `${ORIGIN}x.html` }, ID, ORIGIN)).toBe('unknown');
    expect(senderKind({ id: ID, url: 'https://shop.fi/tv' }, ID, ORIGIN)).toBe('unknown');
    expect(senderKind({ id: ID, url: 'file:///etc/passwd', tab: { id: 1 } }, ID, ORIGIN)).toBe('unknown');
  });
});

describe('checkMessage', () => {
  it('accepts a valid page report from a content script', () => {
    const checked = checkMessage({ type: 'content/page-analysed', payload: { analysis: analysis() } }, 'content');
    expect(checked.ok).toBe(true);
  });

  it('refuses needs changes from a content script, and page reports from extension pages', () => {
    const save = checkMessage({ type: 'needs/save', payload: { profile: profile() } }, 'content');
    expect(save).toMatchObject({ ok: false, code: 'forbidden' });
    const list = checkMessage({ type: 'needs/list', payload: {} }, 'content');
    expect(list).toMatchObject({ ok: false, code: 'forbidden' });
    const report = checkMessage({ type: 'content/page-analysed', payload: { analysis: analysis() } }, 'extension-page');
    expect(report).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('refuses unknown types, including inherited property names', () => {
    expect(checkMessage({ type: 'toString', payload: {} }, 'extension-page')).toMatchObject({ ok: false, code: 'bad-message' });
    expect(checkMessage({ type: '__proto__', payload: {} }, 'content')).toMatchObject({ ok: false, code: 'bad-message' });
    expect(checkMessage(null, 'content')).toMatchObject({ ok: false, code: 'bad-message' });
    expect(checkMessage('needs/list', 'extension-page')).toMatchObject({ ok: false, code: 'bad-message' });
  });

  it('names what is wrong with a malformed payload', () => {
    const bad = analysis({ product: { ...analysis().product!, price: { amount: Number.NaN, currency: 'EUR' } } });
    const checked = checkMessage({ type: 'content/page-analysed', payload: { analysis: bad } }, 'content');
    expect(checked.ok && checked.sender === 'content' ? checked.dropped : []).toEqual([expect.stringMatching(/^product: .*amount/)]);
    const broken = checkMessage({ type: 'needs/save', payload: { profile: { ...profile(), requirements: 'all' } } }, 'extension-page');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.message).toMatch(/requirements/);
  });

  it('refuses a profile with an empty name or a zero budget, with words a person understands', () => {
    const unnamed = checkMessage({ type: 'needs/save', payload: { profile: profile({ name: '   ' }) } }, 'extension-page');
    expect(unnamed.ok).toBe(false);
    if (!unnamed.ok) expect(unnamed.message).toContain('A profile needs a name.');
    const zero = checkMessage({ type: 'needs/save', payload: { profile: profile({ budget: { max: 0, currency: 'EUR' } }) } }, 'extension-page');
    expect(zero.ok).toBe(false);
    if (!zero.ok) expect(zero.message).toContain('above zero');
  });

  it('drops keys the contract does not know, so nothing extra reaches storage', () => {
    const payload = JSON.parse(JSON.stringify({ analysis: analysis() }));
    payload.analysis.evil = 'x';
    payload.analysis.product.constructor = { prototype: { polluted: true } };
    const checked = checkMessage({ type: 'content/page-analysed', payload }, 'content');
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      const out = checked.message.payload as { analysis: Record<string, unknown> & { product: object } };
      expect(Object.keys(out.analysis)).not.toContain('evil');
      expect(Object.prototype.hasOwnProperty.call(out.analysis.product, 'constructor')).toBe(false);
    }
  });

  it('bounds list sizes a page could blow up', () => {
    const items = Array.from({ length: 5001 }, (_, i) => ({
      title: `TV ${i}`, url: null, price: null, priorPrice: null, position: i + 1, specs: [], promotions: [], sponsored: false, shelf: null,
    }));
    const checked = checkMessage({ type: 'content/page-analysed', payload: { analysis: analysis({ items }) } }, 'content');
    expect(checked.ok).toBe(true);
    if (!checked.ok || checked.sender !== 'content') return;
    expect(checked.message.payload.analysis.items).toHaveLength(5000);
    expect(checked.dropped).toEqual(['cards: 1 beyond the first 5000 left out']);
  });
});

describe('send', () => {
  it('returns the value of a successful reply', async () => {
    const value = await send(async () => ({ ok: true, value: [] }), 'needs/list', {});
    expect(value).toEqual([]);
  });

  it('re-throws an error reply on the caller side with its code', async () => {
    const failing = send(async () => ({ ok: false, error: { code: 'quota', message: 'Your disk is full' } }), 'needs/list', {});
    await expect(failing).rejects.toBeInstanceOf(NeedfitError);
    await expect(failing).rejects.toMatchObject({ code: 'quota', message: 'Your disk is full' });
  });

  it('says so when nobody answered', async () => {
    await expect(send(async () => undefined, 'needs/list', {})).rejects.toThrow(/did not answer/);
  });
});

describe('checkMessage salvages a page report that breaks the contract in places', () => {
  const card = (title: string, url: string | null) => ({
    title, url, price: { amount: 10, currency: 'EUR' }, priorPrice: null, position: 1, specs: [], promotions: [], sponsored: false, shelf: null,
  });

  it('drops the bad card alone, keeps its neighbours, moves highlights with their cards and says what it left out', () => {
    const items = [card('A', 'https://s.example/a'), card('B', `https://s.example/${'b'.repeat(3000)}`), card('C', 'https://s.example/c')];
    const report = analysis({ kind: 'listing', product: null, items, highlighted: [{ index: 1, reasons: ['pushed'] }, { index: 2, reasons: ['Our pick'] }] });
    const checked = checkMessage({ type: 'content/page-analysed', payload: { analysis: report } }, 'content');
    expect(checked.ok).toBe(true);
    if (!checked.ok || checked.sender !== 'content') return;
    const kept = checked.message.payload.analysis;
    expect(kept.items.map((i) => i.title)).toEqual(['A', 'C']);
    expect(kept.highlighted).toEqual([{ index: 1, reasons: ['Our pick'] }]);
    expect(checked.dropped).toHaveLength(1);
    expect(checked.dropped?.[0]).toMatch(/^card 2: /);
  });

  it('takes a page whose product breaks the contract as no shop page, rather than refusing it', () => {
    const report = analysis();
    const broken = { ...report, product: { ...report.product, name: 'n'.repeat(900) } };
    const checked = checkMessage({ type: 'content/page-analysed', payload: { analysis: broken } }, 'content');
    expect(checked).toMatchObject({ ok: true, message: { payload: { analysis: { kind: 'other', product: null, highlighted: [] } } } });
  });

  it('still refuses what is no report at all', () => {
    const checked = checkMessage({ type: 'content/page-analysed', payload: { analysis: { kind: 'listing' } } }, 'content');
    expect(checked).toMatchObject({ ok: false, code: 'bad-message' });
  });
});
