import { MAX_ALIAS_TABLE_CHARS } from '../content/limits';

/**
 * The matcher's tables as text, and the id of that set (scripts/build-data.ts). The
 * background publishes them in extension storage under these keys, which pages cannot read, and
 * answers `dataset/alias-tables` with the same shape.
 */
export const ALIAS_TABLES_ID_KEY = 'aliasTables.id';
export const ALIAS_TABLES_KEY = 'aliasTables';

export interface AliasTables {
  id: string;
  /** The compiled tables as packed for transport (lib/match/compile.ts, packTables). */
  scan: string;
  children: string;
  records: string;
}

const isTable = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_ALIAS_TABLE_CHARS;

/**
 * The one check of tables read from storage or a reply, before they are parsed. A plain guard,
 * not a zod/mini schema: it runs at every page's start, where building a schema cost 2-4 ms.
 */
export function isAliasTables(v: unknown): v is AliasTables {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Record<string, unknown>;
  return typeof t.id === 'string' && t.id.length <= 64 && isTable(t.scan) && isTable(t.children) && isTable(t.records);
}
