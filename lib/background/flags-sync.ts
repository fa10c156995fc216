import { ensurePermission, fsAccessFile, fsAccessFolder } from '../flags/fs-access-handles';
import type { Flag } from '../flags/schema';
import { syncFolder, syncSingleFile, type SyncOutcome } from '../flags/sync';
import {
  getSyncStatus,
  getSyncTarget,
  isSyncedMode,
  listFlags,
  mergeIntoStore,
  ownMemberFileName,
  setSyncStatus,
  type FlagsDatabase,
  type SyncStatus,
} from './flags-store';

export interface SyncRun {
  status: SyncStatus;
  /** Local flags that changed (teammates' new flags and edits), for the broadcast to open cards. */
  changed: Flag[];
}

/** Records the outcome of one run: local gets the merged set, the status what happened. */
export async function applyOutcome(db: FlagsDatabase, outcome: SyncOutcome, now: Date): Promise<SyncRun> {
  const changed = outcome.merged ? await mergeIntoStore(db, outcome.merged) : [];
  const prev = await getSyncStatus(db);
  const reached = outcome.filesRead.length > 0 || outcome.filesWritten.length > 0;
  const status: SyncStatus = {
    ...prev,
    state: outcome.problems.length ? (reached ? 'warning' : 'error') : 'ok',
    lastAttemptAt: now.toISOString(),
    lastSyncAt: reached ? now.toISOString() : prev.lastSyncAt,
    problems: outcome.problems,
    invalidRecords: outcome.invalidRecords,
    message: undefined,
  };
  await setSyncStatus(db, status);
  return { status, changed };
}

async function fail(db: FlagsDatabase, state: SyncStatus['state'], message: string, now: Date): Promise<SyncRun> {
  const status: SyncStatus = { ...(await getSyncStatus(db)), state, message, problems: [], lastAttemptAt: now.toISOString() };
  await setSyncStatus(db, status);
  return { status, changed: [] };
}

/**
 * One sync with the folder or file the reader picked. Runs in the background (timer) and on
 * demand. It never asks for permission itself: that needs a click, so the options page asks
 * before it sends "sync now".
 */
export async function runSync(db: FlagsDatabase, now = new Date()): Promise<SyncRun> {
  const target = await getSyncTarget(db);
  if (!isSyncedMode(target.mode)) return { status: await getSyncStatus(db), changed: [] };
  if (!target.handle) return fail(db, 'error', 'No folder or file is chosen yet.', now);
  try {
    if (!(await ensurePermission(target.handle, false))) {
      return fail(db, 'needs-permission', 'The browser needs your permission again to use the shared folder or file.', now);
    }
    const local = await listFlags(db, { includeDeleted: true });
    let outcome: SyncOutcome;
    if (target.mode === 'folder') {
      outcome = await syncFolder(fsAccessFolder(target.handle as FileSystemDirectoryHandle), await ownMemberFileName(db), local);
    } else {
      outcome = await syncSingleFile(fsAccessFile(target.handle as FileSystemFileHandle), local);
    }
    return applyOutcome(db, outcome, now);
  } catch (e) {
    const name = e instanceof DOMException ? e.name : '';
    if (name === 'NotAllowedError' || name === 'SecurityError') {
      return fail(db, 'needs-permission', 'The browser needs your permission again to use the shared folder or file.', now);
    }
    return fail(db, 'error', `${target.handle.name}: ${(e as Error).message}`, now);
  }
}
