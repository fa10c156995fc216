/**
 * Publishes the matcher's alias tables in extension storage, where every content script reads
 * them at start, and answers `dataset/alias-tables` for one that found none there.
 *
 * Why not bundle them in the content script: V8 compiles a content script on every page load
 * (no code cache for them; traced here), and the ~0.3 MB of tables as string literals were ~6 ms
 * of that compile on a 2-core machine, before a line of ours ran. Read from storage, they cost a
 * round trip that overlaps the switches' own, and a JSON.parse the bundled text needed anyway.
 */
import { browser } from 'wxt/browser';
import aliasRecordsJson from '@/generated/alias-records.json?raw';
import aliasChildren from '@/generated/alias-children.txt?raw';
import aliasScanJson from '@/generated/alias-scan.json?raw';
import tablesIdJson from '@/generated/alias-tables-id.json';
import { ALIAS_TABLES_ID_KEY, ALIAS_TABLES_KEY, type AliasTables } from '../messages/alias-tables';
import { handle } from './router';

const tablesId = tablesIdJson.id;
const current = (): AliasTables => ({ id: tablesId, scan: aliasScanJson, children: aliasChildren, records: aliasRecordsJson });

let publishing: Promise<void> | null = null;

/** Writes this build's tables to storage unless they are there already. */
export function publishAliasTables(): Promise<void> {
  publishing ??= (async () => {
    const stored = await browser.storage.local.get(ALIAS_TABLES_ID_KEY);
    if (stored[ALIAS_TABLES_ID_KEY] === tablesId) return;
    await browser.storage.local.set({ [ALIAS_TABLES_KEY]: current(), [ALIAS_TABLES_ID_KEY]: tablesId });
  })().finally(() => {
    publishing = null;
  });
  return publishing;
}

browser.runtime.onInstalled.addListener(() => void publishAliasTables());
browser.runtime.onStartup.addListener(() => void publishAliasTables());

handle('dataset/alias-tables', () => {
  // A content script found none: the storage was cleared or is being written; mend it.
  publishAliasTables().catch((e: unknown) => console.error('AI Talent Lens: could not store the alias tables.', e));
  return current();
});
