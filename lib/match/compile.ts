/**
 * Everything createMatcher derives from the alias list: the normalised keys' trie, each alias's
 * key and effective flags, each key's shape. Compiling takes 45-75 ms in a fresh content script
 * (cold JIT), so `npm run build:data` compiles once and stores the result in the index
 * (`AliasIndex.compiled`); createMatcher reads it in place, and compiles on the spot when it is
 * absent (hand-made test indexes) or from another format.
 */
import { buildTrie, childTablesFit } from './automaton';
import { shapeOfKey, type KeyShape } from './boundaries';
import { C_LATIN, CLASS, foldLower, normalizeKey } from './normalize';
import { ALIAS_AMBIGUOUS, ALIAS_KEEP_CASE, type AliasIndex, type CompiledAliasIndex } from './types';

/** Internal alias flag: a capitalised single word (Google, Altman), a name only when so written. */
export const ALIAS_NEEDS_CAPITAL = 8;

/** Bump when what is compiled (normalisation, flags, trie layout) changes: older indexes are recompiled. */
const COMPILED_FORMAT = 7;

/** keyShapes stores each KeyShape field as SHAPE_BASE + value, three chars per key. */
const SHAPE_BASE = 0x30;

/** One word, capital then lower case (Google, Altman). */
function isCapitalisedWord(text: string): boolean {
  const c0 = text.charCodeAt(0);
  if (!(c0 >= 0x41 && c0 <= 0x5a) && !(c0 >= 0xc0 && c0 < 0x530 && foldLower(c0) !== c0)) return false;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0x61 && c <= 0x7a) && !(c >= 0xdf && c < 0x530 && foldLower(c) === c && CLASS[c] === C_LATIN)) return false;
  }
  return text.length > 1;
}

/** A key with its Han variants replaced by the forms the index folds them to (hanFolds). */
function foldHan(key: string, folds: Map<number, number>): string {
  if (folds.size === 0) return key;
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    out += String.fromCharCode(folds.get(c) ?? c);
  }
  return out;
}

/** Two or more Latin words, each starting with a capital (Thinking Machines, Moonshot AI). */
function isCapitalisedPhrase(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 2 && words.every((w) => /^[A-Z\u00c0-\u00de]/.test(w) && [...w].every((c) => CLASS[c.charCodeAt(0)] === C_LATIN || "'’.&-".includes(c)));
}

export function compileIndex(index: AliasIndex): CompiledAliasIndex {
  const { aliases } = index;
  const folds = new Map<number, number>();
  for (let i = 0, f = index.hanFolds ?? ''; i + 1 < f.length; i += 2) folds.set(f.charCodeAt(i), f.charCodeAt(i + 1));
  // Aliases that normalise to the same key share one automaton key.
  const keyIds = new Map<string, number>();
  const keys: string[] = [];
  const aliasKeys = aliases.map(([text]) => {
    const key = foldHan(normalizeKey(text, true), folds);
    if (!key) return -1;
    let k = keyIds.get(key);
    if (k === undefined) {
      k = keys.length;
      keyIds.set(key, k);
      keys.push(key);
    }
    return k;
  });
  const keyAliases: number[][] = keys.map(() => []);
  aliasKeys.forEach((k, ai) => k >= 0 && keyAliases[k]!.push(ai));
  const nextAliasOfKey = aliases.map(() => -1);
  for (const list of keyAliases) list.forEach((ai, i) => (nextAliasOfKey[ai] = list[i + 1] ?? -1));
  // An alias text that is an ordinary word in one record is one everywhere: the word does not
  // stop being ambiguous because another language's list (or another entity) spelled it plainly.
  // Likewise keepCase, within one entity ("Anthropic" keepCase in en, plain in zh).
  const aliasFlags = aliases.map((a) => a[2]);
  for (const list of keyAliases) {
    if (list.some((ai) => aliasFlags[ai]! & ALIAS_AMBIGUOUS)) for (const ai of list) aliasFlags[ai]! |= ALIAS_AMBIGUOUS;
    for (const ai of list) {
      if (!(aliasFlags[ai]! & ALIAS_KEEP_CASE)) continue;
      for (const other of list) if (aliases[other]![1] === aliases[ai]![1]) aliasFlags[other]! |= ALIAS_KEEP_CASE;
    }
  }
  // A capitalised single word (Google, Alphabet, Runway, Altman) is a name only when written with
  // its capital: lower case it is the common word ("google it", "the alphabet", "runway lights").
  // Likewise a phrase of capitalised words (Thinking Machines, Light Years Beyond, Sam Altman):
  // "thinking machines" and "generally intelligent" are ordinary English.
  aliases.forEach(([text], ai) => {
    if (isCapitalisedWord(text) || isCapitalisedPhrase(text)) aliasFlags[ai]! |= ALIAS_NEEDS_CAPITAL;
  });
  const keyShapes = keys
    .map((key) => {
      const { firstCls, lastCls, hanLen } = shapeOfKey(key);
      return String.fromCharCode(SHAPE_BASE + firstCls, SHAPE_BASE + lastCls, SHAPE_BASE + hanLen);
    })
    .join('');
  const firstAliasOfKey = keyAliases.map((list) => list[0]!);
  const trie = buildTrie(keys);
  // Only the variants of ideographs some key uses: the rest can never continue a match.
  let hanFolds = '';
  for (const [variant, form] of folds) if (trie.alphabet.includes(String.fromCharCode(form))) hanFolds += String.fromCharCode(variant, form);
  if (hanFolds) trie.hanFolds = hanFolds;
  return { format: COMPILED_FORMAT, trie, firstAliasOfKey, nextAliasOfKey, aliasFlags, keyShapes };
}

/** The index's compiled tables when they are of this format and fit its aliases, else compiled now. */
export function compiledTables(index: AliasIndex): CompiledAliasIndex {
  const c = index.compiled;
  const fits =
    c !== undefined &&
    c.format === COMPILED_FORMAT &&
    c.nextAliasOfKey.length === index.aliases.length &&
    c.firstAliasOfKey.length === c.trie.keyStates.length &&
    c.aliasFlags.length === index.aliases.length &&
    c.keyShapes.length === c.trie.keyStates.length * 3 &&
    c.trie.symbols.length === c.trie.childCounts.length - 1 &&
    childTablesFit(c.trie);
  return fits ? c : compileIndex(index);
}

/** Key k's shape, read from the compiled string (done lazily, on a key's first hit). */
export function keyShapeAt(keyShapes: string, k: number): KeyShape {
  return {
    firstCls: keyShapes.charCodeAt(k * 3) - SHAPE_BASE,
    lastCls: keyShapes.charCodeAt(k * 3 + 1) - SHAPE_BASE,
    hanLen: keyShapes.charCodeAt(k * 3 + 2) - SHAPE_BASE,
  };
}

/**
 * The compiled tables as the content script receives them: the JSON text of all but the trie's
 * child tables, and those apart, as the base64 text they already are. JSON.parse scans every
 * character of a string value, and the child tables are most of the bytes (~2 ms on every page).
 */
export interface PackedTables {
  scan: string;
  children: string;
}

export function packTables(tables: CompiledAliasIndex): PackedTables {
  const { children, ...trie } = tables.trie;
  return { scan: JSON.stringify({ ...tables, trie }), children };
}

export function unpackTables(packed: PackedTables): CompiledAliasIndex {
  const tables = JSON.parse(packed.scan) as CompiledAliasIndex;
  tables.trie.children = packed.children;
  return tables;
}
