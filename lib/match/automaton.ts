/**
 * A small Aho-Corasick automaton over UTF-16 code units, with two scans (see scanStarts and
 * scanAll below).
 *
 * Why our own: the measured packages are 1.7-10x slower here (grapheme segmentation, generic
 * node objects) and none folds width or skips name separators while keeping original offsets.
 * This one lives in typed arrays, and reports every key occurrence (not just the longest) so
 * that boundary rules can reject one match without hiding a shorter valid one.
 *
 * Both scans read the ORIGINAL text and fold on the fly (see normalize.ts), so hits come back
 * as exact offsets into it.
 */
import {
  CLASS,
  C_HANGUL,
  C_HIRA,
  C_KATA,
  C_LATIN,
  C_OTHER,
  FOLDED_UNITS,
  foldLower,
  H_DOT,
  H_FOLLOW,
  H_NFKC,
  H_PLAIN,
  H_SEP,
  HANDLING,
  SPECIAL_UNITS,
  composeSegment,
  dotJoins,
  segmentEnd,
  separatorRun,
  SEP_DROP,
  SEP_SPACE,
} from './normalize';
import type { CompiledAliasIndex } from './types';

/**
 * Raw hits of one scan: parallel arrays, valid up to `length`. The automaton reuses one buffer for
 * every scan (read the hits before the next scan): a content script scans thousands of blocks,
 * and per-scan views and objects cost more there than the scanning of a short paragraph.
 */
export interface RawHits {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly key: Int32Array;
  readonly length: number;
  /** True when the hits come ordered by start, then by end (scanStarts). */
  readonly byStart: boolean;
}

/** Growable typed storage for hits, reused across scans so a scan allocates almost nothing. */
class HitBuffer implements RawHits {
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  key = new Int32Array(1024);
  length = 0;
  byStart = false;

  reset(byStart: boolean): void {
    this.length = 0;
    this.byStart = byStart;
  }

  push(start: number, end: number, key: number): void {
    if (this.length === this.start.length) this.grow();
    this.start[this.length] = start;
    this.end[this.length] = end;
    this.key[this.length++] = key;
  }

  private grow(): void {
    const size = this.start.length * 2;
    for (const f of ['start', 'end', 'key'] as const) {
      const next = new Int32Array(size);
      next.set(this[f]);
      this[f] = next;
    }
  }
}

export interface Automaton {
  /** Number of distinct keys. */
  readonly keyCount: number;
  /** Every key occurrence that may start a name (scanStarts, or scanAll where it cannot apply). */
  scan(text: string): RawHits;
  /** Both strategies, exposed so tests can check they agree. */
  scanAll(text: string): RawHits;
  /** null when the text needs composition (then only scanAll applies). */
  scanStarts(text: string): RawHits | null;
}

const NO_CHILD = 0; // symbols are >= FIRST_SYM, so a zeroed state table means "no children"
/** Offsets of a state's fields in the state table. */
const ONLY_SYM = 0;
const ONLY_CHILD = 1;
/** Ints per state in the state table. */
const STRIDE = 2;
/** unitCode value of units that need more than a table read (separators, invisibles, followers). */
const SPECIAL = 0xffff;
/** Symbol ids start above the script classes that unitCode stores for units in no key. */
const FIRST_SYM = 8;
/** unitCode value of separators (the common special case, told apart without another lookup). */
const SEPARATOR = 0xfffe;
const RING = 256; // > the longest key (aliases are at most 80 units)
const RING_MASK = RING - 1;

/**
 * The trie in breadth-first order, in the form the build stores (types.ts, compile.ts) and the
 * one input of automatonFromTrie. State 0 is the root; the children of each state are
 * consecutive and follow those of the state before it, so no child id is stored.
 * - alphabet: the folded code unit of each symbol (symbol id = FIRST_SYM + position);
 * - childCounts: per state, COUNT_BASE + its number of children, as a char code;
 * - symbols: per state but the root, SYMBOL_BASE + the symbol of the edge into it;
 * - keyStates: per key, the state where it ends.
 */
export type TrieTables = CompiledAliasIndex['trie'];
const COUNT_BASE = 0x30;
/** Symbol ids start at FIRST_SYM: the first one is stored as a space, the rest mostly as 1-2 UTF-8 bytes. */
const SYMBOL_BASE = 0x20 - FIRST_SYM;

/** The trie of already-normalised, non-empty keys (key id = position in `keys`). */
export function buildTrie(keys: string[]): TrieTables {
  // Alphabet: every folded unit used by some key gets a symbol id >= FIRST_SYM.
  const symOfUnit = new Map<number, number>();
  const alphabet: number[] = [];
  for (const k of keys) {
    for (let i = 0; i < k.length; i++) {
      const u = k.charCodeAt(i);
      if (!symOfUnit.has(u)) {
        symOfUnit.set(u, FIRST_SYM + alphabet.length);
        alphabet.push(u);
      }
    }
  }
  // The trie in creation order: children lists, and every edge in a Map for the lookups.
  const kids: number[][] = [[]];
  const symIn: number[] = [0];
  const edges = new Map<number, number>(); // state * 0x20000 + sym -> child
  const endOf = keys.map((k) => {
    let s = 0;
    for (let i = 0; i < k.length; i++) {
      const sym = symOfUnit.get(k.charCodeAt(i))!;
      let t = edges.get(s * 0x20000 + sym);
      if (t === undefined) {
        t = kids.length;
        kids.push([]);
        symIn.push(sym);
        kids[s]!.push(t);
        edges.set(s * 0x20000 + sym, t);
      }
      s = t;
    }
    return s;
  });
  // Renumber breadth-first: the shallow states that every scan visits sit together at the front.
  // Children in symbol order, so a state's children are a sorted run the scan binary-searches.
  const order = [0];
  for (let q = 0; q < order.length; q++) for (const t of kids[order[q]!]!.sort((a, b) => symIn[a]! - symIn[b]!)) order.push(t);
  const id = new Int32Array(order.length);
  order.forEach((old, q) => (id[old] = q));
  const chars = (codes: number[]) => {
    let out = '';
    for (let i = 0; i < codes.length; i += 0x4000) out += String.fromCharCode(...codes.slice(i, i + 0x4000));
    return out;
  };
  const trie = {
    alphabet: chars(alphabet),
    childCounts: chars(order.map((old) => COUNT_BASE + kids[old]!.length)),
    symbols: chars(order.slice(1).map((old) => SYMBOL_BASE + symIn[old]!)),
    keyStates: endOf.map((s) => id[s]!),
  };
  return { ...trie, children: base64Of(childTablesOf(trie.childCounts, trie.symbols)) };
}

/*
 * The child tables of a trie, in one buffer: the state table (two ints per state, see
 * automatonFromTrie), then childMask, then branchSym.
 * Computed at build time and stored as base64, because filling them is a loop over every state
 * that a content script would run cold, in V8's interpreter, on every page load (~5 ms measured
 * in Chromium), while decoding base64 is one native call. The buffer's byte order is the
 * platform's: little-endian on every platform the extension and its build run on.
 */
interface ChildTables {
  st: Int32Array;
  childMask: Int32Array;
  branchSym: Uint16Array;
}

function childTablesIn(bytes: ArrayBuffer, stateCount: number): ChildTables {
  return {
    st: new Int32Array(bytes, 0, stateCount * STRIDE),
    childMask: new Int32Array(bytes, stateCount * STRIDE * 4, stateCount),
    branchSym: new Uint16Array(bytes, stateCount * (STRIDE + 1) * 4, stateCount),
  };
}

const childTablesBytes = (stateCount: number) => stateCount * ((STRIDE + 1) * 4 + 2);

function childTablesOf(childCounts: string, symbols: string): Uint8Array {
  const stateCount = childCounts.length;
  const bytes = new ArrayBuffer(childTablesBytes(stateCount));
  const { st, childMask, branchSym } = childTablesIn(bytes, stateCount);
  const rootCount = childCounts.charCodeAt(0) - COUNT_BASE;
  for (let s = 1, next = rootCount + 1; s < stateCount; s++) {
    const count = childCounts.charCodeAt(s) - COUNT_BASE;
    if (count === 0) continue;
    const base = s * STRIDE;
    st[base + ONLY_CHILD] = next;
    if (count === 1) {
      st[base + ONLY_SYM] = symbols.charCodeAt(next - 1) - SYMBOL_BASE;
      next++;
      continue;
    }
    st[base + ONLY_SYM] = -count;
    let mask = 0;
    for (const end = next + count; next < end; next++) {
      const sym = symbols.charCodeAt(next - 1) - SYMBOL_BASE;
      branchSym[next] = sym;
      mask |= 1 << sym;
    }
    childMask[s] = mask;
  }
  return new Uint8Array(bytes);
}

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Uint8Array.fromBase64 where the engine has it (Chromium 140+, Firefox 133+), else atob. */
function bytesOfBase64(text: string): Uint8Array {
  const fromBase64 = (Uint8Array as { fromBase64?: (text: string) => Uint8Array }).fromBase64;
  if (fromBase64) return fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Whether the trie's stored child tables have the length its states need (a cheap check, no decoding). */
export function childTablesFit(trie: TrieTables): boolean {
  return typeof trie.children === 'string' && trie.children.length === 4 * Math.ceil(childTablesBytes(trie.childCounts.length) / 3);
}

/** The trie's stored child tables, decoded, or null when they do not fit it. */
function storedChildTables(trie: TrieTables): ChildTables | null {
  if (!childTablesFit(trie)) return null;
  let bytes: Uint8Array;
  try {
    bytes = bytesOfBase64(trie.children);
  } catch {
    return null;
  }
  // Both decoders return an array over a buffer of its own, of exactly its length.
  return childTablesIn(bytes.buffer as ArrayBuffer, trie.childCounts.length);
}

/** text[j - 1] is a small ASCII letter and text[j] a capital: two words run together (GitHubCEO). */
function smallThenCapital(text: string, j: number): boolean {
  const a = text.charCodeAt(j - 1);
  const b = text.charCodeAt(j);
  return a >= 0x61 && a <= 0x7a && b >= 0x41 && b <= 0x5a;
}

/**
 * The scan tables of a trie: one linear pass over the states, reading the stored strings in
 * place, with no per-state objects, so that a content script rehydrates the build-time trie in
 * a few milliseconds before the JIT has warmed up. Failure links (and key lengths) are only
 * needed by scanAll, for text that needs composition, so they are computed on its first use.
 */
export function automatonFromTrie(trie: TrieTables): Automaton {
  const { alphabet, childCounts, symbols, keyStates } = trie;
  const symCount = FIRST_SYM + alphabet.length;
  const stateCount = childCounts.length;
  // Raw code unit -> one table read in the scan: its folded symbol (>= FIRST_SYM); for a unit in
  // no key, its script class (< FIRST_SYM), which is all the word-start test needs; or
  // SEPARATOR / SPECIAL.
  const symOfUnit = new Uint16Array(0x10000);
  const symClass = new Uint8Array(symCount); // script class of each symbol
  const unitCode = new Uint16Array(CLASS);
  for (let i = 0; i < alphabet.length; i++) {
    const u = alphabet.charCodeAt(i);
    symOfUnit[u] = unitCode[u] = FIRST_SYM + i;
    symClass[FIRST_SYM + i] = CLASS[u]!;
  }
  for (const c of FOLDED_UNITS) unitCode[c] = symOfUnit[foldLower(c)]! || CLASS[c]!;
  // Han variants read as the form the keys use (騰訊 as 腾讯), in both scans.
  const folds = trie.hanFolds ?? '';
  for (let i = 0; i + 1 < folds.length; i += 2) {
    const sym = symOfUnit[folds.charCodeAt(i + 1)]!;
    if (sym) symOfUnit[folds.charCodeAt(i)] = unitCode[folds.charCodeAt(i)] = sym;
  }
  for (const c of SPECIAL_UNITS) unitCode[c] = HANDLING[c] === H_SEP ? SEPARATOR : SPECIAL;

  // Per state two adjacent ints: ONLY_SYM (the single child's symbol, NO_CHILD, or minus the
  // number of children of a branching state) and ONLY_CHILD (that child, or the first of the
  // branching state's children: consecutive and in symbol order, see buildTrie). Failure links
  // live apart (scanAll only). A branching state's edge is found by binary search
  // over its children's symbols (branchSym); most misses, the common case in running text, are
  // told without a search by a 32-bit mask of its children's symbols mod 32 (childMask). Root
  // edges: a direct array. The rest comes from the build (childTablesOf).
  const children = storedChildTables(trie);
  if (!children) throw new Error('The stored trie has no child tables that fit it: run `npm run build:data`.');
  const { st, childMask, branchSym } = children;
  const rootNext = new Int32Array(symCount);
  const rootCount = childCounts.charCodeAt(0) - COUNT_BASE;
  for (let t = 1; t <= rootCount; t++) rootNext[symbols.charCodeAt(t - 1) - SYMBOL_BASE] = t;
  // The first key ending at each state (-1: none); a state reports when it has one.
  const outKey = new Int32Array(stateCount).fill(-1);
  for (let k = 0; k < keyStates.length; k++) {
    const s = keyStates[k]!;
    if (s > 0 && outKey[s] === -1) outKey[s] = k;
  }
  /** The child of branching state s along sym, or -1. */
  const branchLookup = (s: number, sym: number): number => {
    if (!((childMask[s]! >>> sym) & 1)) return -1;
    let lo = st[s * STRIDE + ONLY_CHILD]!;
    let hi = lo - st[s * STRIDE + ONLY_SYM]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const got = branchSym[mid]!;
      if (got === sym) return mid;
      if (got < sym) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const childOf = (s: number, sym: number): number => {
    if (s === 0) return rootNext[sym]! || -1;
    const only = st[s * STRIDE + ONLY_SYM]!;
    if (only === sym) return st[s * STRIDE + ONLY_CHILD]!;
    return only < 0 ? branchLookup(s, sym) : -1;
  };

  // For scanAll: failure and dictionary-suffix links, in breadth-first order (parents first);
  // a state's output chain starts at itself if it has a key, else at its dictionary link. Key lengths.
  let fail = new Int32Array(0);
  let dict = new Int32Array(0);
  const keyLen = new Int32Array(keyStates.length);
  let linked = false;
  const linkFailures = (): void => {
    linked = true;
    fail = new Int32Array(stateCount);
    dict = new Int32Array(stateCount).fill(-1);
    const parent = new Int32Array(stateCount);
    const depth = new Int32Array(stateCount);
    for (let s = 0, next = 1; s < stateCount; s++) {
      for (const end = next + childCounts.charCodeAt(s) - COUNT_BASE; next < end; next++) {
        parent[next] = s;
        depth[next] = depth[s]! + 1;
      }
    }
    for (let k = 0; k < keyStates.length; k++) keyLen[k] = depth[keyStates[k]!]!;
    for (let t = 1; t < stateCount; t++) {
      const p = parent[t]!;
      let ft = 0;
      if (p !== 0) {
        const sym = symbols.charCodeAt(t - 1) - SYMBOL_BASE;
        let f = fail[p]!;
        let g = childOf(f, sym);
        while (g < 0 && f !== 0) {
          f = fail[f]!;
          g = childOf(f, sym);
        }
        ft = g < 0 ? 0 : g;
      }
      fail[t] = ft;
      dict[t] = outKey[ft]! >= 0 ? ft : dict[ft]!;
    }
  };

  const spaceSym = symOfUnit[0x20]!;
  // Script classes for skipping the rest of a word; units needing more than a read stop the skip.
  const wordClass = new Uint8Array(CLASS);
  for (const c of SPECIAL_UNITS) if (HANDLING[c] !== H_SEP) wordClass[c] = 0xff;

  /**
   * Classic Aho-Corasick over the whole unit stream: every key ending at every position. Used
   * for text that needs composition (NFD, half-width kana), where units and offsets diverge.
   * One flat loop, no per-unit closure: V8 keeps s, p and i in registers.
   */
  const hits = new HitBuffer();

  function scanAll(text: string): RawHits {
    if (!linked) linkFailures();
    hits.reset(false);
    const ringStart = new Int32Array(RING);
    const n = text.length;
    let s = 0;
    let p = 0; // count of units fed
    let i = 0;
    // Units of a composed segment (slow path only) waiting to be fed.
    let seg = '';
    let segPos = 0;
    let segStart = 0;
    let segEnd = 0;

    while (i < n || segPos < seg.length) {
      let sym: number;
      let unitStart: number;
      let unitEnd: number;
      if (segPos < seg.length) {
        sym = symOfUnit[foldLower(seg.charCodeAt(segPos++))]!;
        unitStart = segStart;
        unitEnd = segEnd;
      } else {
        const c = text.charCodeAt(i);
        const code = unitCode[c]!;
        if (code < SEPARATOR && !(i + 1 < n && HANDLING[text.charCodeAt(i + 1)] === H_FOLLOW)) {
          sym = code;
          unitStart = i;
          unitEnd = ++i;
        } else {
          const h = HANDLING[c]!;
          if (h === H_SEP) {
            let j = i + 1;
            while (j < n && HANDLING[text.charCodeAt(j)] === H_SEP) j++;
            const kind = separatorRun(text, i, j);
            unitStart = i;
            unitEnd = i = j;
            if (kind === SEP_DROP) continue;
            sym = kind === SEP_SPACE ? spaceSym : 0;
          } else if (h === H_DOT && dotJoins(text, i)) {
            i++; // a full stop inside a Chinese name
            continue;
          } else if (h === H_PLAIN || h === H_NFKC || h === H_DOT) {
            const j = segmentEnd(text, i);
            seg = composeSegment(text.slice(i, j));
            segPos = 0;
            segStart = i;
            segEnd = i = j;
            continue;
          } else {
            i++; // invisible char, or a follower with nothing to compose with
            continue;
          }
        }
      }

      ringStart[p & RING_MASK] = unitStart;
      if (sym < FIRST_SYM) {
        s = 0;
      } else {
        for (;;) {
          if (s === 0) {
            s = rootNext[sym]!;
            break;
          }
          const base = s * STRIDE;
          const only = st[base + ONLY_SYM]!;
          if (only === sym) {
            s = st[base + ONLY_CHILD]!;
            break;
          }
          if (only < 0) {
            const t = branchLookup(s, sym);
            if (t >= 0) {
              s = t;
              break;
            }
          }
          s = fail[s]!;
        }
        let r = outKey[s]! >= 0 ? s : dict[s]!;
        while (r >= 0) {
          const key = outKey[r]!;
          hits.push(ringStart[(p - keyLen[key]! + 1) & RING_MASK]!, unitEnd, key);
          r = dict[r]!;
        }
      }
      p++;
    }
    return hits;
  }

  /**
   * The fast path: walks the trie only from positions where a name may start. A Latin, Hangul
   * or kana name cannot start inside a word of its own script (boundaries.ts rejects those), so
   * in Korean and English text only word starts are tried, and most walks end after one or two
   * units. Ideographs may start anywhere. Hits come out ordered by start, then length.
   */
  function scanStarts(text: string): RawHits | null {
    hits.reset(true);
    const n = text.length;
    // Locals, not the closure's slots: V8 then keeps the tables' base pointers out of the loop.
    const unitCode_ = unitCode, symClass_ = symClass, rootNext_ = rootNext, st_ = st, outKey_ = outKey, wordClass_ = wordClass;
    for (let i = 0; i < n; ) {
      const c = text.charCodeAt(i);
      const code = unitCode_[c]!;
      let cls: number;
      if (code < FIRST_SYM) cls = code;
      else if (code >= SEPARATOR) {
        if (code === SPECIAL && HANDLING[c]! >= H_FOLLOW) return null; // needs composition: scanAll
        i++;
        continue;
      } else {
        cls = symClass_[code]!;
        walk: {
          let s = rootNext_[code]!;
          if (s === 0) break walk;
          let j = i + 1;
          let last = code; // the symbol that led into s
          for (;;) {
            const base = s * STRIDE;
            // A key ending in a Latin letter right before another Latin letter is part of a
            // longer word (Ha in "have"): boundaryOk would reject it, so it is not even reported;
            // unless a capital follows a small letter (GitHubCEO), which boundaryOk decides.
            if (outKey_[s]! >= 0 && !(symClass_[last] === C_LATIN && j < n && CLASS[text.charCodeAt(j)] === C_LATIN && !smallThenCapital(text, j))) {
              hits.push(i, j, outKey_[s]!);
            }
            const only = st_[base + ONLY_SYM]!;
            if (only === NO_CHILD) break;
            // Next unit, with the same separator rules as the reference walker.
            let sym = 0;
            while (j < n) {
              const cj = text.charCodeAt(j);
              const cc = unitCode_[cj]!;
              if (cc < SEPARATOR) {
                sym = cc;
                j++;
                break;
              }
              if (cc === SEPARATOR) {
                let k = j + 1;
                while (k < n && HANDLING[text.charCodeAt(k)] === H_SEP) k++;
                const kind = separatorRun(text, j, k);
                j = k;
                if (kind === SEP_DROP) continue;
                if (kind === SEP_SPACE) sym = spaceSym;
                break;
              }
              if (HANDLING[cj] === H_DOT) {
                j++;
                if (dotJoins(text, j - 1)) continue; // a full stop inside a Chinese name
                sym = symOfUnit[foldLower(cj)]!;
                break;
              }
              if (HANDLING[cj]! >= H_FOLLOW) return null; // needs composition: scanAll
              j++; // invisible
            }
            if (sym < FIRST_SYM) break;
            if (only === sym) s = st_[base + ONLY_CHILD]!;
            else if (only > 0 || (s = branchLookup(s, sym)) < 0) break;
            last = sym;
          }
        }
      }
      i++;
      // The rest of a Latin, Hangul or kana word: no name of that script starts inside it.
      if (cls === C_LATIN || cls === C_HANGUL || cls === C_KATA || cls === C_HIRA) {
        while (i < n && wordClass_[text.charCodeAt(i)] === cls) i++;
      }
    }
    return hits;
  }

  return {
    keyCount: keyStates.length,
    scan: (text) => scanStarts(text) ?? scanAll(text),
    scanAll,
    scanStarts,
  };
}
