import type { SyncFile, SyncFolder } from './handles';
import { LIMITS } from './limits';
import { covers, mergeFlags } from './merge';
import type { Flag } from './schema';
import { parseSharedFile, serializeSharedFile, type FileProblem } from './shared-file';

/**
 * The sync engine: pure merge logic over the abstract handles in ./handles.ts, so the
 * extension and the Node simulation run the same code.
 *
 * Safety rules (issue #5): a file with a file-level problem is neither merged nor overwritten;
 * invalid records are skipped and counted, and a file holding any is not overwritten either
 * (rewriting it would drop them). Local data only ever gains the valid records of good files.
 */

export type SyncMode = 'folder' | 'file' | 'import';

export interface SyncOutcome {
  mode: SyncMode;
  /** Everything local should now hold (merge it in), or null when local must stay as it is. */
  merged: Flag[] | null;
  /** Files read without a file-level problem. */
  filesRead: string[];
  /** Files this run wrote. */
  filesWritten: string[];
  /** File-level problems and files with skipped records. Non-empty means "look at this". */
  problems: FileProblem[];
  invalidRecords: number;
  /** Single-file mode: rewrites after a teammate's write raced ours. */
  retries: number;
}

/** Member files in a shared folder; temp files of in-flight atomic writes never match. */
export const MEMBER_FILE_PATTERN = /^flags-[^/\\]{1,80}\.json$/;

/** `flags-<name>-<install id>.json`: readable for the team, unique per browser profile. */
export function memberFileName(author: string, memberId: string): string {
  const slug =
    author
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'member';
  const id = memberId.replace(/[^a-z0-9]/gi, '').slice(0, 8).toLowerCase();
  return `flags-${slug}-${id}.json`;
}

type ReadOutcome =
  | { kind: 'absent' }
  | { kind: 'problem'; problem: FileProblem }
  | { kind: 'ok'; flags: Flag[]; invalid: FileProblem | null; invalidCount: number };

async function readFlagsFile(file: SyncFile): Promise<ReadOutcome> {
  let r;
  try {
    r = await file.read(LIMITS.sharedFileBytes);
  } catch (e) {
    return { kind: 'problem', problem: { file: file.name, kind: 'unreadable', message: `${file.name}: could not be read (${(e as Error).message})` } };
  }
  if (!r.exists) return { kind: 'absent' };
  // A file over the limit comes back without text; parseSharedFile's size check reports it.
  const p = parseSharedFile(file.name, r.text ?? '', r.size);
  if (!p.ok) return { kind: 'problem', problem: p.problem };
  const invalid = p.invalidRecords ? invalidRecordsProblem(file.name, p, '; the file is left as it is') : null;
  return { kind: 'ok', flags: p.flags, invalid, invalidCount: p.invalidRecords };
}

function invalidRecordsProblem(file: string, p: { invalidRecords: number; invalidReasons: string[] }, consequence = ''): FileProblem {
  return {
    file,
    kind: 'invalid-records',
    message: `${file}: skipped ${p.invalidRecords} invalid record(s)${consequence}. First: ${p.invalidReasons[0]}`,
  };
}

function emptyOutcome(mode: SyncOutcome['mode']): SyncOutcome {
  return { mode, merged: null, filesRead: [], filesWritten: [], problems: [], invalidRecords: 0, retries: 0 };
}

/** The file already holds exactly this set (nothing to write). */
function holdsExactly(fileFlags: readonly Flag[], flags: readonly Flag[]): boolean {
  return fileFlags.length === flags.length && covers(fileFlags, flags);
}

/** Writes and re-reads: true when the file now holds at least `expected`. */
async function writeVerified(file: SyncFile, flags: Flag[]): Promise<boolean> {
  await file.write(serializeSharedFile(flags));
  const back = await readFlagsFile(file);
  return back.kind === 'ok' && covers(back.flags, flags);
}

/**
 * Folder mode: read every member's file, merge them all with local, write only our own file.
 * Each member writes only their own file, so concurrent writers never clobber each other.
 * Our file holds the whole merged set, so teammates' flags survive even if their file goes.
 */
export async function syncFolder(folder: SyncFolder, ownFileName: string, local: readonly Flag[]): Promise<SyncOutcome> {
  const out = emptyOutcome('folder');
  const names = (await folder.list()).filter((n) => MEMBER_FILE_PATTERN.test(n)).sort();
  const sets: Flag[][] = [];
  let ownBlocked = false;
  let ownFlags: Flag[] | null = null;
  for (const name of names) {
    const r = await readFlagsFile(folder.file(name));
    if (r.kind === 'absent') continue; // deleted between list and read
    if (r.kind === 'problem') {
      out.problems.push(r.problem);
      if (name === ownFileName) ownBlocked = true;
      continue;
    }
    out.filesRead.push(name);
    out.invalidRecords += r.invalidCount;
    if (r.invalid) {
      out.problems.push(r.invalid);
      if (name === ownFileName) ownBlocked = true;
    }
    if (name === ownFileName) ownFlags = r.flags;
    sets.push(r.flags);
  }
  const merged = mergeFlags(local, ...sets);
  out.merged = merged;
  const upToDate = ownFlags !== null && holdsExactly(ownFlags, merged);
  if (!ownBlocked && !upToDate) {
    const own = folder.file(ownFileName);
    if (await writeVerified(own, merged)) out.filesWritten.push(ownFileName);
    else out.problems.push({ file: ownFileName, kind: 'not-verified', message: `${ownFileName}: did not read back what was written` });
  }
  return out;
}

/**
 * Single shared file mode: read, merge, write atomically, re-read and verify. When a
 * teammate's write landed in between (verification fails), merge what is there now and try
 * again, so their flags and ours both end up in the file.
 */
export async function syncSingleFile(file: SyncFile, local: readonly Flag[]): Promise<SyncOutcome> {
  const out = emptyOutcome('file');
  let base: Flag[] = [...local];
  for (let attempt = 0; attempt < LIMITS.singleFileAttempts; attempt++) {
    const r = await readFlagsFile(file);
    if (r.kind === 'problem') {
      out.problems.push(r.problem);
      return out; // a bad file: nothing merged, nothing written
    }
    const fileFlags = r.kind === 'ok' ? r.flags : [];
    if (r.kind === 'ok' && attempt === 0) out.filesRead.push(file.name);
    base = mergeFlags(base, fileFlags);
    out.merged = base;
    if (r.kind === 'ok' && r.invalid) {
      out.invalidRecords = r.invalidCount;
      out.problems.push(r.invalid);
      return out; // keep the valid records locally; never rewrite a file we could not fully read
    }
    if (r.kind === 'ok' && holdsExactly(fileFlags, base)) return out;
    if (await writeVerified(file, base)) {
      out.filesWritten = [file.name];
      return out;
    }
    out.retries++;
  }
  out.problems.push({ file: file.name, kind: 'not-verified', message: `${file.name}: other writers kept replacing it; will try again at the next sync` });
  return out;
}

/** Export/import mode (browsers without the File System Access API): merge a file's valid records into local. */
export function importSharedText(fileName: string, text: string, byteSize: number, local: readonly Flag[]): SyncOutcome {
  const out = emptyOutcome('import');
  const p = parseSharedFile(fileName, text, byteSize);
  if (!p.ok) {
    out.problems.push(p.problem);
    return out;
  }
  out.filesRead.push(fileName);
  out.merged = mergeFlags(local, p.flags);
  out.invalidRecords = p.invalidRecords;
  if (p.invalidRecords) out.problems.push(invalidRecordsProblem(fileName, p));
  return out;
}
