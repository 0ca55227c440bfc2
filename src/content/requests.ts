/**
 * What the worker may ask a tab's content script, the one request in that direction. Kept
 * apart from messages.ts so the content script does not bundle the schemas; the worker
 * checks the answer against ShelvesSchema, as it checks every content report.
 */
export const READ_SHELVES = 'worker/read-shelves';

export interface ReadShelvesRequest {
  type: typeof READ_SHELVES;
  /** The address the stored analysis is about: a tab that moved on answers null. */
  url: string;
}

export function isReadShelves(message: unknown): message is ReadShelvesRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, url } = message as { type?: unknown; url?: unknown };
  return type === READ_SHELVES && typeof url === 'string';
}
