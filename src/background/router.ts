/**
 * The worker's single message entry: decide the sender from the runtime's record, check
 * the message against the contract, run the handler, and answer with data, never a throw.
 */
import { checkMessage, NeedfitError, senderKind, type Reply, type SenderInfo } from '../messages.ts';
import { handleContent, handlePage, type WorkerDeps } from './handlers.ts';

export interface RuntimeIdentity {
  id: string;
  origin: string;
}

export async function route(deps: WorkerDeps, identity: RuntimeIdentity, raw: unknown, sender: SenderInfo): Promise<Reply<unknown>> {
  const checked = checkMessage(raw, senderKind(sender, identity.id, identity.origin));
  if (!checked.ok) return { ok: false, error: { code: checked.code, message: checked.message } };
  try {
    if (checked.sender === 'content') {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, error: { code: 'forbidden', message: 'A page report must come from a tab.' } };
      return { ok: true, value: await handleContent(deps, checked.message, tabId, checked.dropped ?? []) };
    }
    return { ok: true, value: await handlePage(deps, checked.message) };
  } catch (error) {
    // Storage errors are already worded for the shopper; anything else is a bug we still report.
    const failure =
      error instanceof NeedfitError
        ? error
        : new NeedfitError('internal', `Something went wrong: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}`);
    return { ok: false, error: { code: failure.code, message: failure.message } };
  }
}
