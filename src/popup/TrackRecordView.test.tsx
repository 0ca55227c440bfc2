// @vitest-environment jsdom
/**
 * The chain's record as the popup renders it, in English and Finnish, from the real
 * _locales files; browser.i18n over those files is the one stand-in.
 */
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabReport } from '../messages.ts';
import { locale } from '../../test/unit/support/locale-stub.ts';

vi.mock('webextension-polyfill', () => import('../../test/unit/support/locale-stub.ts'));

const { ChainRecordView } = await import('./TrackRecordView.tsx');

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 20);
const report = {
  shop: 'gigantti.fi',
  chainRecord: {
    chain: 'Elkjøp',
    shops: [
      { shop: 'elgiganten.se', visits: 2, since: T0, pushingVisits: 2, current: null, others: [{ title: 'Auro A55-U 55"', visits: 2, first: T0, last: T0 + DAY }] },
      { shop: 'elkjop.no', visits: 1, since: T0 + DAY, pushingVisits: 1, current: { title: 'Visionex V50-UQ7', visits: 1, first: T0 + DAY, last: T0 + DAY }, others: [] },
    ],
  },
} as unknown as TabReport;

function shown(r: TabReport): HTMLElement {
  const root = document.createElement('div');
  render(<ChainRecordView report={r} />, root);
  return root;
}

describe('ChainRecordView', () => {
  beforeEach(() => {
    locale.lang = 'en';
  });

  it('names the chain and, per shop, whether it pushed this item or what it pushed instead', () => {
    const root = shown(report);
    expect(root.querySelector('h2')?.textContent).toBe("The chain's other shops: Elkjøp");
    const items = [...root.querySelectorAll('li')];
    expect(items.map((li) => li.getAttribute('data-pushed-this'))).toEqual(['false', 'true']);
    expect(items[0]?.textContent).toContain('elgiganten.se did not push this on any of your 2 visits there since');
    expect(items[0]?.textContent).toContain('It pushed instead: Auro A55-U 55"');
    expect(items[1]?.textContent).toMatch(/^elkjop\.no pushed this on your visit there \(.+\)\.$/);
    // A group labelled by its heading, which opens it (the popup keeps the record folded).
    expect(root.querySelector('details')?.getAttribute('aria-labelledby')).toBe(root.querySelector('h2')?.id);
    expect(root.querySelector('details > summary > h2')).not.toBeNull();
  });

  it('speaks Finnish when the browser does', () => {
    locale.lang = 'fi';
    const root = shown(report);
    expect(root.querySelector('h2')?.textContent).toBe('Ketjun Elkjøp muut kaupat');
    expect(root.querySelector('li')?.textContent).toContain('elgiganten.se ei nostanut tätä yhdelläkään 2 käynnistäsi siellä');
  });

  it('shows nothing when no other shop of the chain was visited', () => {
    expect(shown({ shop: 'gigantti.fi', chainRecord: null } as unknown as TabReport).innerHTML).toBe('');
  });
});
