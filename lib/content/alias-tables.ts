import tablesIdJson from '@/generated/alias-tables-id.json';
import { isAliasTables, type AliasTables } from '../messages/alias-tables';
import { sendRequest } from '../messages/client';

/** Why a page cannot be scanned: the popup says it in the reader's language (popup.tables*). */
export type TablesProblem = 'tables-unavailable' | 'page-outdated';

export class AliasTablesError extends Error {
  constructor(
    readonly problem: TablesProblem,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The alias tables this content script was built with: `stored` as read from extension storage
 * under ALIAS_TABLES_KEY (published by lib/background/alias-tables.ts, which says why they are
 * not bundled), or from the background when storage has none or another build's. Rejects with
 * an AliasTablesError.
 */
export async function loadAliasTables(stored: unknown): Promise<AliasTables> {
  const expectedId = tablesIdJson.id;
  // The tables carry their own id; the separate id key is for the background's cheap check.
  if (isAliasTables(stored) && stored.id === expectedId) return stored;
  let reply: unknown;
  try {
    reply = await sendRequest({ type: 'dataset/alias-tables' });
  } catch (e) {
    throw new AliasTablesError('tables-unavailable', `AI Talent Lens could not load its name index: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!isAliasTables(reply)) throw new AliasTablesError('tables-unavailable', 'AI Talent Lens: the background sent malformed name tables.');
  if (reply.id !== expectedId) throw new AliasTablesError('page-outdated', 'AI Talent Lens was updated while this page was open: reload the page.');
  return reply;
}
