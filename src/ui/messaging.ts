/** The UI's side of the message contract: typed requests to the worker, errors re-thrown. */
import browser from 'webextension-polyfill';
import { send as sendWith, type MessageType, type Payload, type Responses } from '../messages.ts';

export function send<T extends MessageType>(type: T, payload: Payload<T>): Promise<Responses[T]> {
  return sendWith((message) => browser.runtime.sendMessage(message), type, payload);
}
