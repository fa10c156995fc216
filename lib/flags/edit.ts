import { Flag, FlagDraft, type FlagStatus } from './schema';

/**
 * The next updatedAt for an edit: now, but always after the previous version, so an edit
 * beats the version it edits even when this machine's clock is behind the author's.
 */
export function nextTimestamp(previous: string | undefined, now: Date): string {
  const t = now.getTime();
  const prev = previous ? Date.parse(previous) : -Infinity;
  return new Date(Math.max(t, prev + 1)).toISOString();
}

/** A new flag from a validated draft. Throws (with zod's message) on an invalid draft. */
export function createFlag(draft: FlagDraft, author: string, now: Date, id: string = crypto.randomUUID()): Flag {
  const d = FlagDraft.parse(draft);
  const ts = now.toISOString();
  return Flag.parse({ ...d, id, author, createdAt: ts, updatedAt: ts, status: 'open', deleted: false });
}

/** The flag with its content replaced by an edited draft; id, author and createdAt stay. */
export function editFlag(flag: Flag, draft: FlagDraft, now: Date): Flag {
  const d = FlagDraft.parse(draft);
  return Flag.parse({ ...flag, ...d, from: d.from, to: d.to, updatedAt: nextTimestamp(flag.updatedAt, now) });
}

export function setFlagStatus(flag: Flag, status: FlagStatus, now: Date): Flag {
  return { ...flag, status, updatedAt: nextTimestamp(flag.updatedAt, now) };
}

/** A tombstone: the record stays so the deletion reaches teammates. */
export function deleteFlag(flag: Flag, now: Date): Flag {
  return { ...flag, deleted: true, updatedAt: nextTimestamp(flag.updatedAt, now) };
}
