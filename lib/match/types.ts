/**
 * The matcher's contract, shared by the content script, the background and the CLI.
 * Pure data: no DOM, no extension APIs.
 */
export type EntityType = 'person' | 'org';

/** Alias flags, packed so the index stays compact in the content script. */
export const ALIAS_KEEP_CASE = 1;
export const ALIAS_AMBIGUOUS = 2;
/** A surname- or given-name-only form: found only after the entity's full alias appears on the page. */
export const ALIAS_SHORT = 4;
/**
 * A short name read only where its full name is on the page, never beside an org nor alone: a
 * surname that is an everyday word (페이지) or that tens of millions share (Zhao, 자오, チョウ).
 * ("OpenAIのチョウ氏" may be any of the lab's many Zhous and Chous.)
 */
export const ALIAS_AFTER_FULL_NAME = 16;

export interface AliasIndexEntity {
  id: string;
  type: EntityType;
  /** Canonical English name. */
  name: string;
  /** For people: indices (into `entities`) of every org in their history; evidence for ambiguous org aliases. */
  orgs?: number[];
  /** For people whose name namesakes share (common-names.ts, mayHaveNamesakes): see matcher.ts, forgetLoneNamesake. */
  namesakes?: true;
  /** For orgs: the dataset's kind (lab, company, research-unit, ...); labs count as AI evidence on a page. */
  kind?: string;
  /** For orgs: index (into `entities`) of the parent org (Meta FAIR -> Meta). */
  parent?: number;
  /** For orgs: words that, near an ambiguous name of theirs, show its ordinary sense (the dataset's otherSense, lower-cased). */
  otherSense?: string[];
}

/** The compact index compiled from the dataset at build time (generated/alias-records.json, plus its compiled tables in alias-scan.json). */
export interface AliasIndex {
  version: 1;
  entities: AliasIndexEntity[];
  /** [alias text as written in the dataset, entity index, flags] */
  aliases: [string, number, number][];
  /**
   * Han variants the matcher reads as one (騰訊 as 腾讯): pairs of UTF-16 units, a variant then the
   * form the keys use; from lib/match/han-variants.ts. Absent in hand-made indexes: no folding.
   */
  hanFolds?: string | undefined;
  /** The matcher's tables precompiled by `npm run build:data` (lib/match/compile.ts); optional. */
  compiled?: CompiledAliasIndex | undefined;
}

/** What the matcher reads besides its compiled tables: the entities and the alias texts. */
export type AliasRecords = Pick<AliasIndex, 'entities' | 'aliases'>;

/**
 * The matcher's tables, compiled from `aliases` at build time (lib/match/compile.ts) so that the
 * content script does not redo it on every page. Strings of char codes and plain number arrays:
 * what a bundled JSON import parses fastest and the matcher reads without a decoding pass.
 */
export interface CompiledAliasIndex {
  /** The compiler's format number; an index compiled in another format is compiled afresh. */
  format: number;
  /** The trie of the normalised keys, breadth-first (see TrieTables in lib/match/automaton.ts). */
  /**
   * `hanFolds` keeps the index's pairs whose form is in the alphabet (automaton.ts reads them);
   * `children` is the scan's per-state child tables, precomputed, in base64 (automaton.ts says why).
   */
  trie: { alphabet: string; childCounts: string; symbols: string; keyStates: number[]; children: string; hanFolds?: string };
  /**
   * The aliases of each key (aliases that normalise alike share one), as linked lists in alias
   * order: the first alias of key k is firstAliasOfKey[k], the one after alias a is nextAliasOfKey[a] (-1: none).
   */
  firstAliasOfKey: number[];
  nextAliasOfKey: number[];
  /** Per alias, the flags the matcher applies (propagated across a key, plus internal ones). */
  aliasFlags: number[];
  /** Per key, three chars: its shape for the boundary rules (lib/match/compile.ts). */
  keyShapes: string;
}

/** One found name. Offsets are UTF-16 code units (JS string indices) into the scanned text. */
export interface Mention {
  start: number;
  end: number;
  /** The text as the page wrote it (text.slice(start, end)). */
  text: string;
  type: EntityType;
  id: string;
  name: string;
}
