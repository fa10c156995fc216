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
  H_FOLLOW,
  H_NFKC,
  H_PLAIN,
  H_SEP,
  HANDLING,
  SPECIAL_UNITS,
  composeSegment,
  segmentEnd,
  separatorRun,
  SEP_DROP,
  SEP_SPACE,
} from './normalize';

/** Raw hits of one scan: parallel arrays. Views into a buffer the next scan reuses. */
export interface RawHits {
  start: Int32Array;
  end: Int32Array;
  key: Int32Array;
}

/** Growable typed storage for hits, reused across scans so a scan allocates almost nothing. */
class HitBuffer {
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  key = new Int32Array(1024);
  length = 0;

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

  view(): RawHits {
    return { start: this.start.subarray(0, this.length), end: this.end.subarray(0, this.length), key: this.key.subarray(0, this.length) };
  }
}

export interface Automaton {
  /** Number of distinct keys. */
  readonly keyCount: number;
  /** Every key occurrence that may start a name; `byStart`: hits already ordered by start. */
  scan(text: string): RawHits & { byStart: boolean };
  /** Both strategies, exposed so tests can check they agree. */
  scanAll(text: string): RawHits;
  /** null when the text needs composition (then only scanAll applies). */
  scanStarts(text: string): RawHits | null;
}

const NO_CHILD = -1;
const MANY_CHILDREN = -2;
/** Offsets of a state's fields in the state table. */
const ONLY_SYM = 0;
const ONLY_CHILD = 1;
const FAIL = 2;
const REPORT = 3;
/** unitCode value of units that need more than a table read (separators, invisibles, followers). */
const SPECIAL = 0xffff;
/** Symbol ids start above the script classes that unitCode stores for units in no key. */
const FIRST_SYM = 8;
/** unitCode value of separators (the common special case, told apart without another lookup). */
const SEPARATOR = 0xfffe;
const RING = 256; // > the longest key (aliases are at most 80 units)
const RING_MASK = RING - 1;

/** Builds the automaton for already-normalised keys (key id = position in `keys`). */
export function buildAutomaton(keys: string[]): Automaton {
  // Alphabet: every folded unit used by some key gets a symbol id >= FIRST_SYM; 0 means "in no key".
  const symOfUnit = new Uint16Array(0x10000);
  let symCount = FIRST_SYM;
  const classOfSym = new Array<number>(FIRST_SYM).fill(C_OTHER); // script class of each symbol
  const alphabet: number[] = [];
  for (const k of keys) {
    for (let i = 0; i < k.length; i++) {
      const u = k.charCodeAt(i);
      if (symOfUnit[u] === 0) {
        symOfUnit[u] = symCount++;
        classOfSym.push(CLASS[u]!);
        alphabet.push(u);
      }
    }
  }
  // Raw code unit -> one table read in the scan: its folded symbol (>= FIRST_SYM); for a unit in
  // no key, its script class (< FIRST_SYM), which is all the word-start test needs; or
  // SEPARATOR / SPECIAL.
  const unitCode = new Uint16Array(CLASS);
  for (const u of alphabet) unitCode[u] = symOfUnit[u]!;
  for (const c of FOLDED_UNITS) unitCode[c] = symOfUnit[foldLower(c)]! || CLASS[c]!;
  for (const c of SPECIAL_UNITS) unitCode[c] = HANDLING[c] === H_SEP ? SEPARATOR : SPECIAL;

  // Trie in typed arrays. States are numbered in creation order; per state, four adjacent ints
  // (one cache line): the single child's symbol (or NO_CHILD / MANY_CHILDREN), that child,
  // the failure link and the first state of its output chain. Edges of states with several
  // children live in one open-addressing hash table of [edge key, child] pairs; root edges in
  // a direct array.
  // 1. The trie, in creation order: per state its single child's symbol (or NO_CHILD /
  //    MANY_CHILDREN) and that child; edges of branching states in a Map.
  let units = 0;
  for (const k of keys) units += k.length;
  const maxStates = units + 1;
  const tOnly = new Int32Array(maxStates).fill(NO_CHILD);
  const tChild = new Int32Array(maxStates);
  const tRoot = new Int32Array(symCount);
  const parent = new Int32Array(maxStates);
  const symIn = new Int32Array(maxStates);
  const depth = new Int32Array(maxStates);
  const tOut = new Int32Array(maxStates).fill(-1);
  const branching = new Map<number, number>(); // state * symCount + sym -> child
  let stateCount = 1;
  const lookup = (s: number, sym: number): number => {
    if (s === 0) return tRoot[sym]! || -1;
    const only = tOnly[s]!;
    if (only === sym) return tChild[s]!;
    return only === MANY_CHILDREN ? (branching.get(s * symCount + sym) ?? -1) : -1;
  };
  const insert = (s: number, sym: number, t: number): void => {
    if (s === 0) tRoot[sym] = t;
    else if (tOnly[s] === NO_CHILD) {
      tOnly[s] = sym;
      tChild[s] = t;
    } else {
      if (tOnly[s] !== MANY_CHILDREN) branching.set(s * symCount + tOnly[s]!, tChild[s]!);
      tOnly[s] = MANY_CHILDREN;
      branching.set(s * symCount + sym, t);
    }
  };
  keys.forEach((k, keyId) => {
    let s = 0;
    for (let i = 0; i < k.length; i++) {
      const sym = symOfUnit[k.charCodeAt(i)]!;
      let t = lookup(s, sym);
      if (t < 0) {
        t = stateCount++;
        insert(s, sym, t);
        parent[t] = s;
        symIn[t] = sym;
        depth[t] = depth[s]! + 1;
      }
      s = t;
    }
    if (k.length > 0 && tOut[s] === -1) tOut[s] = keyId;
  });

  // 2. Failure and dictionary-suffix links, in order of depth (counting sort).
  let maxDepth = 0;
  for (let s = 1; s < stateCount; s++) if (depth[s]! > maxDepth) maxDepth = depth[s]!;
  const firstAtDepth = new Int32Array(maxDepth + 2);
  for (let s = 1; s < stateCount; s++) firstAtDepth[depth[s]! + 1]!++;
  for (let d = 1; d <= maxDepth + 1; d++) firstAtDepth[d]! += firstAtDepth[d - 1]!;
  const byDepth = new Int32Array(stateCount); // byDepth[0] = root
  for (let s = 1; s < stateCount; s++) byDepth[++firstAtDepth[depth[s]!]!] = s;
  const tFail = new Int32Array(stateCount);
  const tDict = new Int32Array(stateCount).fill(-1);
  for (let q = 1; q < stateCount; q++) {
    const t = byDepth[q]!;
    const p = parent[t]!;
    let ft = 0;
    if (p !== 0) {
      const sym = symIn[t]!;
      let f = tFail[p]!;
      let g = lookup(f, sym);
      while (g < 0 && f !== 0) {
        f = tFail[f]!;
        g = lookup(f, sym);
      }
      ft = g < 0 ? 0 : g;
    }
    tFail[t] = ft;
    tDict[t] = tOut[ft]! >= 0 ? ft : tDict[ft]!;
  }

  // 3. The scan tables, with states renumbered in order of depth: the shallow states that every
  //    scan visits sit together at the front and stay in cache. Per state four adjacent ints
  //    (one cache line): ONLY_SYM, ONLY_CHILD (for a branching state: a 32-bit mask of its
  //    children's symbols mod 32, so most misses need no table probe), FAIL, REPORT (first
  //    state of its output chain). Branching edges: one open-addressing hash table of
  //    [state * symCount + sym, child] pairs, sized to them (a few thousand: it stays in cache).
  const id = new Int32Array(stateCount);
  for (let q = 0; q < stateCount; q++) id[byDepth[q]!] = q;
  const st = new Int32Array(stateCount * 4);
  const outKey = new Int32Array(stateCount).fill(-1);
  const dict = new Int32Array(stateCount).fill(-1);
  for (let old = 0; old < stateCount; old++) {
    const s = id[old]!;
    const only = tOnly[old]!;
    st[s * 4 + ONLY_SYM] = only;
    st[s * 4 + ONLY_CHILD] = only >= 0 ? id[tChild[old]!]! : 0;
    st[s * 4 + FAIL] = id[tFail[old]!]!;
    outKey[s] = tOut[old]!;
    dict[s] = tDict[old]! >= 0 ? id[tDict[old]!]! : -1;
  }
  for (let s = 0; s < stateCount; s++) st[s * 4 + REPORT] = outKey[s]! >= 0 ? s : dict[s]!;
  const rootNext = new Int32Array(symCount);
  for (let sym = 0; sym < symCount; sym++) rootNext[sym] = tRoot[sym] ? id[tRoot[sym]!]! : 0;
  let bits = 4;
  while (1 << bits < branching.size * 2) bits++;
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  const ht = new Int32Array(2 << bits).fill(-1);
  for (const [edge, child] of branching) {
    const oldState = Math.floor(edge / symCount);
    const sym = edge - oldState * symCount;
    const s = id[oldState]!;
    const key = s * symCount + sym;
    let h = Math.imul(key, 0x9e3779b1) >>> shift;
    while (ht[h * 2] !== -1) h = (h + 1) & mask;
    ht[h * 2] = key;
    ht[h * 2 + 1] = id[child]!;
    st[s * 4 + ONLY_CHILD]! |= 1 << sym;
  }
  const hashLookup = (s: number, sym: number): number => {
    if (!((st[s * 4 + ONLY_CHILD]! >>> sym) & 1)) return -1;
    const edge = s * symCount + sym;
    let h = Math.imul(edge, 0x9e3779b1) >>> shift;
    for (;;) {
      const k = ht[h * 2]!;
      if (k === edge) return ht[h * 2 + 1]!;
      if (k === -1) return -1;
      h = (h + 1) & mask;
    }
  };

  const keyLen = Int32Array.from(keys, (k) => k.length);
  const spaceSym = symOfUnit[0x20]!;
  const symClass = Uint8Array.from(classOfSym);
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
    hits.length = 0;
    const ringStart = new Int32Array(RING);
    const n = text.length;
    const slow = true;
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
        if (code < SEPARATOR && !(slow && i + 1 < n && HANDLING[text.charCodeAt(i + 1)] === H_FOLLOW)) {
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
          } else if (h === H_PLAIN || h === H_NFKC) {
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
          const base = s * 4;
          const only = st[base + ONLY_SYM]!;
          if (only === sym) {
            s = st[base + ONLY_CHILD]!;
            break;
          }
          if (only === MANY_CHILDREN && (st[base + ONLY_CHILD]! >>> sym) & 1) {
            const edge = s * symCount + sym;
            let h = Math.imul(edge, 0x9e3779b1) >>> shift;
            let t = -1;
            for (;;) {
              const k = ht[h * 2]!;
              if (k === edge) {
                t = ht[h * 2 + 1]!;
                break;
              }
              if (k === -1) break;
              h = (h + 1) & mask;
            }
            if (t >= 0) {
              s = t;
              break;
            }
          }
          s = st[base + FAIL]!;
        }
        let r = st[s * 4 + REPORT]!;
        while (r >= 0) {
          const key = outKey[r]!;
          hits.push(ringStart[(p - keyLen[key]! + 1) & RING_MASK]!, unitEnd, key);
          r = dict[r]!;
        }
      }
      p++;
    }
    return hits.view();
  }

  /**
   * The fast path: walks the trie only from positions where a name may start. A Latin, Hangul
   * or kana name cannot start inside a word of its own script (boundaries.ts rejects those), so
   * in Korean and English text only word starts are tried, and most walks end after one or two
   * units. Ideographs may start anywhere. Hits come out ordered by start, then length.
   */
  function scanStarts(text: string): RawHits | null {
    hits.length = 0;
    const n = text.length;
    for (let i = 0; i < n; ) {
      const c = text.charCodeAt(i);
      const code = unitCode[c]!;
      let cls: number;
      if (code < FIRST_SYM) cls = code;
      else if (code >= SEPARATOR) {
        if (code === SPECIAL && HANDLING[c]! >= H_FOLLOW) return null; // needs composition: scanAll
        i++;
        continue;
      } else {
        cls = symClass[code]!;
        walk: {
          let s = rootNext[code]!;
          if (s === 0) break walk;
          let j = i + 1;
          for (;;) {
            const base = s * 4;
            if (st[base + REPORT] === s) {
              hits.push(i, j, outKey[s]!);
            }
            const only = st[base + ONLY_SYM]!;
            if (only === NO_CHILD) break;
            // Next unit, with the same separator rules as the reference walker.
            let sym = 0;
            while (j < n) {
              const cj = text.charCodeAt(j);
              const cc = unitCode[cj]!;
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
              if (HANDLING[cj]! >= H_FOLLOW) return null; // needs composition: scanAll
              j++; // invisible
            }
            if (sym < FIRST_SYM) break;
            if (only === sym) s = st[base + ONLY_CHILD]!;
            else if (only !== MANY_CHILDREN || (s = hashLookup(s, sym)) < 0) break;
          }
        }
      }
      i++;
      // The rest of a Latin, Hangul or kana word: no name of that script starts inside it.
      if (cls === C_LATIN || cls === C_HANGUL || cls === C_KATA || cls === C_HIRA) {
        while (i < n && wordClass[text.charCodeAt(i)] === cls) i++;
      }
    }
    return hits.view();
  }

  return {
    keyCount: keys.length,
    scan: (text) => {
      const fast = scanStarts(text);
      return fast ? { ...fast, byStart: true } : { ...scanAll(text), byStart: false };
    },
    scanAll,
    scanStarts,
  };
}
