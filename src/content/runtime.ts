/**
 * The browser calls the content script makes, without webextension-polyfill: Firefox's
 * `browser` and Chrome's MV3 `chrome` both return a promise from runtime.sendMessage, and
 * the polyfill alone would be a fifth of the script's size in the shop's tab.
 */
type Respond = (answer: unknown) => void;

interface MessagingRuntime {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: (message: unknown, sender: unknown, respond: Respond) => boolean): void };
  };
}

function runtime(): MessagingRuntime['runtime'] | null {
  const scope = globalThis as { browser?: MessagingRuntime; chrome?: MessagingRuntime };
  return (scope.browser ?? scope.chrome)?.runtime ?? null;
}

export function sendToWorker(message: unknown): Promise<unknown> {
  const api = runtime();
  if (!api) return Promise.reject(new Error('no extension runtime in this context'));
  return api.sendMessage(message);
}

/**
 * Answers the worker's requests: `answer` returns a promise for a message it handles and
 * undefined for any other. The answer goes back through `sendResponse`, which both browsers
 * keep open when the listener returns true (Chrome ignores a returned promise).
 */
export function answerWorker(answer: (message: unknown) => Promise<unknown> | undefined): void {
  runtime()?.onMessage.addListener((message, _sender, respond) => {
    const pending = answer(message);
    if (!pending) return false;
    pending.then(respond, () => respond(null));
    return true;
  });
}
