/**
 * Shops the shopper adds in settings: the options page asks for the host permission
 * (a user gesture is required), then the worker registers the content script there.
 */
import browser from 'webextension-polyfill';

const PREFIX = 'shop:';

export async function listShops(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.filter((s) => s.id.startsWith(PREFIX)).flatMap((s) => s.matches ?? []);
}

export async function registerShops(origins: string[], file: string): Promise<string[]> {
  const granted = await browser.permissions.contains({ origins });
  if (!granted) throw new Error('Needfit was not given access to that shop.');
  const known = new Set(await listShops());
  const fresh = origins.filter((o) => !known.has(o));
  if (fresh.length > 0) {
    await browser.scripting.registerContentScripts(
      fresh.map((origin) => ({ id: `${PREFIX}${origin}`, matches: [origin], js: [file], runAt: 'document_idle' as const })),
    );
  }
  return listShops();
}

export async function unregisterShop(origin: string): Promise<string[]> {
  const id = `${PREFIX}${origin}`;
  const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (scripts.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
  await browser.permissions.remove({ origins: [origin] }).catch(() => false);
  return listShops();
}
