import { browser } from 'wxt/browser';
import tablesIdJson from '@/generated/alias-tables-id.json';
import { ALIAS_TABLES_ID_KEY, ALIAS_TABLES_KEY, isAliasTables, type AliasTables } from '../messages/alias-tables';
import { sendRequest } from '../messages/client';

/**
 * The alias tables this content script was built with, from extension storage (published by
 * lib/background/alias-tables.ts, which says why they are not bundled), or from the background
 * when storage has none or another build's. Rejects with a message a reader can act on.
 */
export async function loadAliasTables(): Promise<AliasTables> {
  const expectedId = tablesIdJson.id;
  const stored = await browser.storage.local.get([ALIAS_TABLES_ID_KEY, ALIAS_TABLES_KEY]);
  const fromStorage = stored[ALIAS_TABLES_KEY];
  if (stored[ALIAS_TABLES_ID_KEY] === expectedId && isAliasTables(fromStorage) && fromStorage.id === expectedId) return fromStorage;
  const reply = await sendRequest({ type: 'dataset/alias-tables' });
  if (!isAliasTables(reply)) throw new Error('AI Talent Lens: the background sent malformed name tables. Reload the extension.');
  if (reply.id !== expectedId) throw new Error('AI Talent Lens was updated while this page was open. Reload the page to find names on it.');
  return reply;
}
