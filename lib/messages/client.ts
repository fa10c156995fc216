import { browser } from 'wxt/browser';
import type { Reply, Request } from './index';

/**
 * Sends one request to the background and unwraps its reply. Rejects with the background's
 * own message on `{ ok: false }`, so callers can show it to the user as it is.
 */
export async function sendRequest<T>(req: Request): Promise<T> {
  const reply = (await browser.runtime.sendMessage(req)) as Reply<T> | undefined;
  if (!reply) throw new Error('The extension did not answer. Reload the page.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
