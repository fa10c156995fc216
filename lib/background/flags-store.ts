import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { z } from 'zod';
import { newerVersion } from '../flags/merge';
import { Flag } from '../flags/schema';
import type { FileProblem } from '../flags/shared-file';
import { memberFileName } from '../flags/sync';

/**
 * The flag database (IndexedDB via idb). The background owns it; content scripts reach it only
 * through validated messages. Extension pages share the origin, so the options page opens it
 * too, but only to store a picked file handle (handles cannot cross runtime messages).
 */

export const SyncModeSetting = z.enum(['off', 'folder', 'file', 'export']);
export type SyncModeSetting = z.infer<typeof SyncModeSetting>;

/** The modes that sync with a chosen folder or file (export/import is by hand). */
export function isSyncedMode(mode: SyncModeSetting): mode is 'folder' | 'file' {
  return mode === 'folder' || mode === 'file';
}

export const SyncState = z.enum(['never', 'ok', 'warning', 'error', 'needs-permission']);
export type SyncState = z.infer<typeof SyncState>;

export interface SyncStatus {
  mode: SyncModeSetting;
  state: SyncState;
  /** Name of the picked folder or file. */
  target?: string;
  /** Last sync that reached the shared storage (ISO). */
  lastSyncAt?: string;
  lastAttemptAt?: string;
  problems: FileProblem[];
  /** One-line English detail for errors outside any file (permission, missing handle). */
  message?: string;
  invalidRecords: number;
}

export interface SyncTarget {
  mode: SyncModeSetting;
  /** FileSystemDirectoryHandle (folder) or FileSystemFileHandle (file); structured-cloned into IndexedDB. */
  handle?: FileSystemHandle;
}

interface FlagsDb extends DBSchema {
  flags: { key: string; value: Flag };
  kv: { key: string; value: unknown };
}

export type FlagsDatabase = IDBPDatabase<FlagsDb>;

export const FLAGS_DB_NAME = 'ai-talent-lens-flags';

export function openFlagsDb(name = FLAGS_DB_NAME): Promise<FlagsDatabase> {
  return openDB<FlagsDb>(name, 1, {
    upgrade(db) {
      db.createObjectStore('flags', { keyPath: 'id' });
      db.createObjectStore('kv');
    },
  });
}

/** All flags; tombstones only when asked (sync and export need them, the UI does not). */
export async function listFlags(db: FlagsDatabase, opts: { includeDeleted?: boolean } = {}): Promise<Flag[]> {
  const all = await db.getAll('flags');
  return opts.includeDeleted ? all : all.filter((f) => !f.deleted);
}

export async function getFlag(db: FlagsDatabase, id: string): Promise<Flag | undefined> {
  return db.get('flags', id);
}

/**
 * Merges flags in, one transaction, keeping each id's winning version, so a sync that ran
 * while the reader edited never undoes the edit. Returns the flags that changed.
 */
export async function mergeIntoStore(db: FlagsDatabase, incoming: readonly Flag[]): Promise<Flag[]> {
  const tx = db.transaction('flags', 'readwrite');
  const changed: Flag[] = [];
  for (const f of incoming) {
    const have = await tx.store.get(f.id);
    const win = have ? newerVersion(have, f) : f;
    if (win !== have) {
      await tx.store.put(win);
      changed.push(win);
    }
  }
  await tx.done;
  return changed;
}

async function getKv<T>(db: FlagsDatabase, key: string): Promise<T | undefined> {
  return (await db.get('kv', key)) as T | undefined;
}

export async function getAuthor(db: FlagsDatabase): Promise<string> {
  return (await getKv<string>(db, 'author')) ?? '';
}

export async function setAuthor(db: FlagsDatabase, name: string): Promise<void> {
  await db.put('kv', name, 'author');
}

/** This profile's own file in a shared folder (memberFileName falls back to "member" without a name). */
export async function ownMemberFileName(db: FlagsDatabase): Promise<string> {
  return memberFileName(await getAuthor(db), await getMemberId(db));
}

/** A random id per profile, so two teammates with the same display name never share a folder file. */
export async function getMemberId(db: FlagsDatabase): Promise<string> {
  const have = await getKv<string>(db, 'memberId');
  if (have) return have;
  const id = crypto.randomUUID().replace(/-/g, '').slice(0, 8);
  await db.put('kv', id, 'memberId');
  return id;
}

export async function getSyncTarget(db: FlagsDatabase): Promise<SyncTarget> {
  return (await getKv<SyncTarget>(db, 'syncTarget')) ?? { mode: 'off' };
}

export async function setSyncTarget(db: FlagsDatabase, target: SyncTarget): Promise<void> {
  await db.put('kv', target, 'syncTarget');
}

export async function getSyncStatus(db: FlagsDatabase): Promise<SyncStatus> {
  const target = await getSyncTarget(db);
  const s = await getKv<SyncStatus>(db, 'syncStatus');
  return { state: 'never', problems: [], invalidRecords: 0, ...s, mode: target.mode, target: target.handle?.name };
}

export async function setSyncStatus(db: FlagsDatabase, status: SyncStatus): Promise<void> {
  await db.put('kv', status, 'syncStatus');
}
