/**
 * The one browser call the content script makes, without webextension-polyfill: Firefox's
 * `browser` and Chrome's MV3 `chrome` both return a promise from runtime.sendMessage, and
 * the polyfill alone would be a fifth of the script's size in the shop's tab.
 */
interface MessagingRuntime {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

export function sendToWorker(message: unknown): Promise<unknown> {
  const scope = globalThis as { browser?: MessagingRuntime; chrome?: MessagingRuntime };
  const api = scope.browser ?? scope.chrome;
  if (!api) return Promise.reject(new Error('no extension runtime in this context'));
  return api.runtime.sendMessage(message);
}
