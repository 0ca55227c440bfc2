/**
 * The background worker (a service worker in Chrome, an event page in Firefox): wires the
 * router to the browser. It keeps nothing that matters in memory; MV3 stops it when idle.
 */
import browser from 'webextension-polyfill';
import contentScript from '../content/main.iife.ts?script';
import { openStore, type Store } from '../storage/store.ts';
import type { WorkerDeps } from './handlers.ts';
import { route } from './router.ts';
import { showBadge } from './badge.ts';
import { listShops, registerShops, unregisterShop } from './shops.ts';

const OPEN_TIMEOUT_MS = 10_000;
/** How long the popup waits for a tab's shelves before showing the report without them. */
const ASK_TAB_TIMEOUT_MS = 2_000;
let opening: Promise<Store> | null = null;

/** Opens the database once per worker life, with a time limit so a stuck upgrade answers with an error. */
function store(): Promise<Store> {
  opening ??= Promise.race([
    openStore(),
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('the database did not open in time (is another Needfit window upgrading it?)')), OPEN_TIMEOUT_MS),
    ),
  ]).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

const deps: WorkerDeps = {
  store,
  now: () => Date.now(),
  injectContentScript: async (tabId) => {
    await browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
  },
  showBadge,
  registerShops: (origins) => registerShops(origins, contentScript),
  unregisterShop,
  listShops,
  askTab: (tabId, request) =>
    Promise.race([
      // The top frame's script: the one that reported the page (it runs in no other frame).
      browser.tabs.sendMessage(tabId, request, { frameId: 0 }),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the tab did not answer in time')), ASK_TAB_TIMEOUT_MS)),
    ]),
};

const identity = { id: browser.runtime.id, origin: browser.runtime.getURL('') };

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  route(deps, identity, message, sender),
);

browser.tabs.onRemoved.addListener((tabId) => {
  void store()
    .then((s) => s.forgetTab(tabId))
    .catch(() => undefined);
});
