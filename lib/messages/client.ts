import { browser } from 'wxt/browser';
import type { Problem, Reply, Request } from './index';

/** A refused request: the background's message, plus what was wrong with the data when it says so. */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
  }
}

/**
 * Sends one request to the background and unwraps its reply. Rejects with the background's
 * own message on `{ ok: false }` (a RequestError), so callers can show it to the user as it is.
 */
export async function sendRequest<T>(req: Request): Promise<T> {
  const reply = (await browser.runtime.sendMessage(req)) as Reply<T> | undefined;
  if (!reply) throw new Error('The extension did not answer. Reload the page.');
  if (!reply.ok) throw new RequestError(reply.error, reply.problems);
  return reply.data;
}
