import { z } from 'zod';
import { LIMITS } from './limits';
import { compareById } from './merge';
import { migrateRecord } from './migrations';
import { Flag, FLAGS_SCHEMA_VERSION, SHARED_FILE_FORMAT, SharedFileEnvelope } from './schema';

/** Why a whole file was refused. The UI turns `kind` into a localized sentence naming `file`. */
export type FileProblemKind = 'too-large' | 'not-json' | 'truncated' | 'wrong-format' | 'newer-version' | 'unreadable' | 'invalid-records' | 'not-verified';

export interface FileProblem {
  file: string;
  kind: FileProblemKind;
  /** English detail for logs, the CLI and tests. */
  message: string;
}

export type ParsedSharedFile =
  | { ok: true; file: string; flags: Flag[]; schemaVersion: number; invalidRecords: number; invalidReasons: string[] }
  | { ok: false; problem: FileProblem };

function problem(file: string, kind: FileProblemKind, message: string): ParsedSharedFile {
  return { ok: false, problem: { file, kind, message: `${file}: ${message}` } };
}

/** JSON.parse fails at the very end of the input when the file was cut off mid-write or mid-download. */
function looksTruncated(text: string, err: unknown): boolean {
  const msg = err instanceof Error ? err.message : '';
  if (/end of (JSON )?input|Unterminated string|Unexpected end/i.test(msg)) return true;
  const t = text.trim();
  return (t.startsWith('{') || t.startsWith('[')) && !(t.endsWith('}') || t.endsWith(']'));
}

/**
 * Parses a shared flags file defensively. File-level problems (size, JSON, format, version)
 * refuse the whole file; invalid records are skipped and counted, the rest kept.
 * An empty file parses as an empty set: a file just created by showSaveFilePicker is empty.
 */
export function parseSharedFile(file: string, text: string, byteSize = new TextEncoder().encode(text).length): ParsedSharedFile {
  if (byteSize > LIMITS.sharedFileBytes) {
    return problem(file, 'too-large', `is ${(byteSize / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit`);
  }
  if (text.trim() === '') return { ok: true, file, flags: [], schemaVersion: FLAGS_SCHEMA_VERSION, invalidRecords: 0, invalidReasons: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return looksTruncated(text, e)
      ? problem(file, 'truncated', 'is cut off (truncated JSON); it may still be syncing or was damaged')
      : problem(file, 'not-json', 'is not JSON');
  }
  if (raw && typeof raw === 'object' && 'format' in raw && (raw as { format: unknown }).format === SHARED_FILE_FORMAT) {
    const v = (raw as { schemaVersion?: unknown }).schemaVersion;
    if (typeof v === 'number' && Number.isInteger(v) && v > FLAGS_SCHEMA_VERSION) {
      return problem(file, 'newer-version', `uses flags schema version ${v}; this extension reads up to ${FLAGS_SCHEMA_VERSION}. Update the extension`);
    }
  }
  const env = SharedFileEnvelope.safeParse(raw);
  if (!env.success) {
    return problem(file, 'wrong-format', `is not a flags file (expected {"format": "${SHARED_FILE_FORMAT}", "schemaVersion", "flags": [...]})`);
  }
  const flags: Flag[] = [];
  const invalidReasons: string[] = [];
  env.data.flags.forEach((record, i) => {
    let parsed;
    try {
      parsed = Flag.safeParse(migrateRecord(record, env.data.schemaVersion));
    } catch (e) {
      invalidReasons.push(`record ${i + 1}: ${(e as Error).message}`);
      return;
    }
    if (parsed.success) flags.push(parsed.data);
    else invalidReasons.push(`record ${i + 1}: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}`);
  });
  return { ok: true, file, flags, schemaVersion: env.data.schemaVersion, invalidRecords: invalidReasons.length, invalidReasons };
}

/** The shared file's text: stable order and indentation, so a git checkout shows small diffs. */
export function serializeSharedFile(flags: readonly Flag[]): string {
  const sorted = [...flags].sort(compareById);
  return `${JSON.stringify({ format: SHARED_FILE_FORMAT, schemaVersion: FLAGS_SCHEMA_VERSION, flags: sorted }, null, 2)}\n`;
}
