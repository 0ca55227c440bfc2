/**
 * Fuzzing the worker's single entry with random and malformed messages and wrong senders:
 * it never throws, always answers with data, and a rejected message writes nothing.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openStore } from '../storage/store.ts';
import type { WorkerDeps } from './handlers.ts';
import { route } from './router.ts';
import { analysis, profile } from '../../test/unit/support/fixtures.ts';
import { CONTENT_TO_BACKGROUND, PAGE_TO_BACKGROUND } from '../messages.ts';

const identity = { id: 'needfit-id', origin: 'chrome-extension://needfit-id/' };
const TYPES = [...Object.keys(CONTENT_TO_BACKGROUND), ...Object.keys(PAGE_TO_BACKGROUND)];
const FUZZ_RUNS = 3000;

const senders = fc.oneof(
  fc.constant({ id: 'needfit-id', url: 'https://shop.fi/p', tab: { id: 3 } }),
  fc.constant({ id: 'needfit-id', url: 'chrome-extension://needfit-id/src/popup/index.html' }),
  fc.record({ id: fc.string(), url: fc.oneof(fc.webUrl(), fc.string()), tab: fc.option(fc.record({ id: fc.nat() }), { nil: undefined }) }, { requiredKeys: [] }),
);

const hostileValue = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }),
  fc.constantFrom({ __proto__: { polluted: true } }, JSON.parse('{"__proto__": {"polluted": true}}'), { constructor: { prototype: { x: 1 } } }),
  fc.constantFrom(Number.NaN, Infinity, -1, 1e308, '', 'x'.repeat(100_000)),
);

const messages = fc.oneof(
  hostileValue,
  fc.record({ type: fc.constantFrom(...TYPES), payload: hostileValue }),
  fc.record({ type: fc.constantFrom(...TYPES), payload: fc.record({ analysis: hostileValue, profile: hostileValue, tabId: hostileValue, id: hostileValue }) }),
  // Near-valid messages with one field broken.
  fc.record({ type: fc.constant('content/page-analysed'), payload: fc.record({ analysis: fc.record({ ...Object.fromEntries(Object.entries(analysis()).map(([k, v]) => [k, fc.oneof(fc.constant(v), hostileValue)])) }) }) }),
  fc.record({ type: fc.constant('needs/save'), payload: fc.record({ profile: fc.record({ ...Object.fromEntries(Object.entries(profile()).map(([k, v]) => [k, fc.oneof(fc.constant(v), hostileValue)])) }) }) }),
);

describe('worker fuzz', () => {
  it(`answers ${FUZZ_RUNS} random messages with data, never a throw, and never writes on a rejection`, async () => {
    const store = await openStore('fuzz');
    let written = 0;
    const deps: WorkerDeps = {
      store: async () => store,
      now: () => 1,
      injectContentScript: async () => undefined,
      showBadge: async () => undefined,
      registerShops: async (o) => o,
      unregisterShop: async () => [],
      listShops: async () => [],
      askTab: async () => null,
    };
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(messages, senders, async (message, sender) => {
        const before = await store.exportAll();
        const tabsBefore = await store.db.count('tabs');
        const reply = await route(deps, identity, message, sender);
        expect(typeof reply.ok).toBe('boolean');
        if (!reply.ok) {
          rejected++;
          expect(reply.error.message.length).toBeGreaterThan(0);
          expect(reply.error.message.length).toBeLessThanOrEqual(600);
          const after = await store.exportAll();
          expect(after).toEqual(before);
          expect(await store.db.count('tabs')).toBe(tabsBefore);
        } else {
          written++;
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: FUZZ_RUNS, seed: 20261125 },
    );
    // The generators must actually reach both sides, or the property says little.
    expect(rejected).toBeGreaterThan(FUZZ_RUNS / 2);
    expect(written).toBeGreaterThan(0);
    store.close();
  }, 120_000);
});
