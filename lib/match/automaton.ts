/**
 * A small Aho-Corasick automaton over UTF-16 code units.
 *
 * Why our own: the measured packages are 1.7-10x slower here (grapheme segmentation, generic
 * node objects); this one keeps transitions in one open-addressing hash table of typed arrays,
 * has a direct table for the root, and reports every key ending at each position so that
 * boundary rules can reject one match without hiding a shorter valid one.
 *
 * The scan walks the ORIGINAL text and folds on the fly (see normalize.ts), recording for each
 * fed unit where in the original text it started, so matches come back as exact original offsets.
 */
import {
  CLASS,
  C_HAN,
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

/** Raw hits of one scan: parallel arrays, in order of end position. */
export interface RawHits {
  start: number[];
  end: number[];
  key: number[];
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
const RING = 256; // > the longest key (aliases are at most 80 units)
const RING_MASK = RING - 1;

/** Builds the automaton for already-normalised keys (key id = position in `keys`). */
export function buildAutomaton(keys: string[]): Automaton {
  // Alphabet: every folded unit used by some key gets a symbol id >= 1; 0 means "in no key".
  const symOfUnit = new Uint16Array(0x10000);
  let symCount = 1;
  const classOfSym = [C_OTHER]; // script class of each symbol, for the word-start test
  for (const k of keys) {
    for (let i = 0; i < k.length; i++) {
      const u = k.charCodeAt(i);
      if (symOfUnit[u] === 0) {
        symOfUnit[u] = symCount++;
        classOfSym.push(CLASS[u]!);
      }
    }
  }
  // Raw code unit -> symbol with folding applied, or SPECIAL: one table read per unit in the scan.
  const unitCode = new Uint16Array(symOfUnit);
  for (const c of FOLDED_UNITS) unitCode[c] = symOfUnit[foldLower(c)]!;
  for (const c of SPECIAL_UNITS) unitCode[c] = SPECIAL;

  // Trie in typed arrays. States are numbered in creation order; per state, four adjacent ints
  // (one cache line): the single child's symbol (or NO_CHILD / MANY_CHILDREN), that child,
  // the failure link and the first state of its output chain. Edges of states with several
  // children live in one open-addressing hash table of [edge key, child] pairs; root edges in
  // a direct array.
  let units = 0;
  for (const k of keys) units += k.length;
  const maxStates = units + 1;
  const st = new Int32Array(maxStates * 4);
  for (let s = 0; s < maxStates; s++) st[s * 4 + ONLY_SYM] = NO_CHILD;
  const rootNext = new Int32Array(symCount);
  const parent = new Int32Array(maxStates);
  const symIn = new Int32Array(maxStates);
  const depth = new Int32Array(maxStates);
  const outKey = new Int32Array(maxStates).fill(-1);
  let stateCount = 1;

  // While building, the branching edges sit in a Map; the scan gets a compact hash table sized
  // to them (a few thousand edges: it stays in cache).
  const branching = new Map<number, number>();
  const lookup = (s: number, sym: number): number => {
    if (s === 0) return rootNext[sym]! || -1;
    const only = st[s * 4 + ONLY_SYM]!;
    if (only === sym) return st[s * 4 + ONLY_CHILD]!;
    return only === MANY_CHILDREN ? (branching.get(s * symCount + sym) ?? -1) : -1;
  };
  const insert = (s: number, sym: number, t: number): void => {
    if (s === 0) {
      rootNext[sym] = t;
      return;
    }
    const only = st[s * 4 + ONLY_SYM]!;
    if (only === NO_CHILD) {
      st[s * 4 + ONLY_SYM] = sym;
      st[s * 4 + ONLY_CHILD] = t;
      return;
    }
    if (only !== MANY_CHILDREN) {
      branching.set(s * symCount + only, st[s * 4 + ONLY_CHILD]!);
      st[s * 4 + ONLY_SYM] = MANY_CHILDREN;
    }
    branching.set(s * symCount + sym, t);
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
    if (k.length > 0 && outKey[s] === -1) outKey[s] = keyId;
  });

  let bits = 4;
  while (1 << bits < branching.size * 2) bits++;
  const cap = 1 << bits;
  const shift = 32 - bits;
  const mask = cap - 1;
  const ht = new Int32Array(cap * 2).fill(-1);
  for (const [edge, t] of branching) {
    let h = Math.imul(edge, 0x9e3779b1) >>> shift;
    while (ht[h * 2] !== -1) h = (h + 1) & mask;
    ht[h * 2] = edge;
    ht[h * 2 + 1] = t;
    // A branching state has no single child: its ONLY_CHILD slot holds a 32-bit mask of its
    // children's symbols (mod 32), so most misses are answered without touching the table.
    const s = Math.floor(edge / symCount);
    st[s * 4 + ONLY_CHILD]! |= 1 << (edge - s * symCount);
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

  // Failure and dictionary-suffix links, in order of depth (counting sort).
  let maxDepth = 0;
  for (let s = 1; s < stateCount; s++) if (depth[s]! > maxDepth) maxDepth = depth[s]!;
  const firstAtDepth = new Int32Array(maxDepth + 2);
  for (let s = 1; s < stateCount; s++) firstAtDepth[depth[s]! + 1]!++;
  for (let d = 1; d <= maxDepth + 1; d++) firstAtDepth[d]! += firstAtDepth[d - 1]!;
  const byDepth = new Int32Array(stateCount);
  for (let s = 1; s < stateCount; s++) byDepth[firstAtDepth[depth[s]!]!++] = s;
  const dict = new Int32Array(stateCount).fill(-1);
  for (let q = 0; q < stateCount - 1; q++) {
    const t = byDepth[q]!;
    const p = parent[t]!;
    let ft = 0;
    if (p !== 0) {
      const sym = symIn[t]!;
      let f = st[p * 4 + FAIL]!;
      let g = lookup(f, sym);
      while (g < 0 && f !== 0) {
        f = st[f * 4 + FAIL]!;
        g = lookup(f, sym);
      }
      ft = g < 0 ? 0 : g;
    }
    st[t * 4 + FAIL] = ft;
    dict[t] = outKey[ft]! >= 0 ? ft : dict[ft]!;
  }
  for (let s = 0; s < stateCount; s++) st[s * 4 + REPORT] = outKey[s]! >= 0 ? s : dict[s]!;

  const keyLen = Int32Array.from(keys, (k) => k.length);
  const spaceSym = symOfUnit[0x20]!;
  const symClass = Uint8Array.from(classOfSym);

  /**
   * Classic Aho-Corasick over the whole unit stream: every key ending at every position. Used
   * for text that needs composition (NFD, half-width kana), where units and offsets diverge.
   * One flat loop, no per-unit closure: V8 keeps s, p and i in registers.
   */
  function scanAll(text: string): RawHits {
    const hitStart: number[] = [];
    const hitEnd: number[] = [];
    const hitKey: number[] = [];
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
        if (code !== SPECIAL && !(slow && i + 1 < n && HANDLING[text.charCodeAt(i + 1)] === H_FOLLOW)) {
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
      if (sym === 0) {
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
          hitStart.push(ringStart[(p - keyLen[key]! + 1) & RING_MASK]!);
          hitEnd.push(unitEnd);
          hitKey.push(key);
          r = dict[r]!;
        }
      }
      p++;
    }
    return { start: hitStart, end: hitEnd, key: hitKey };
  }

  /**
   * The fast path: walks the trie only from positions where a name may start. A Latin, Hangul
   * or kana name cannot start inside a word of its own script (boundaries.ts rejects those), so
   * in Korean and English text only word starts are tried, and most walks end after one or two
   * units. Ideographs may start anywhere. Hits come out ordered by start, then length.
   */
  function scanStarts(text: string): RawHits | null {
    const hitStart: number[] = [];
    const hitEnd: number[] = [];
    const hitKey: number[] = [];
    const n = text.length;
    let prevC = -1;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const code = unitCode[c]!;
      const pc = prevC;
      prevC = c;
      if (code === 0) continue;
      if (code === SPECIAL) {
        if (HANDLING[c]! >= H_FOLLOW) return null; // needs composition: scanAll
        continue;
      }
      const cls = symClass[code]!;
      if (cls !== C_HAN && cls !== C_OTHER && pc >= 0 && CLASS[pc] === cls) continue; // inside a word
      let s = rootNext[code]!;
      let j = i + 1;
      let fresh = true; // s was just entered (a dropped separator or invisible char is no new state)
      while (s > 0) {
        if (fresh && outKey[s]! >= 0) {
          hitStart.push(i);
          hitEnd.push(j);
          hitKey.push(outKey[s]!);
        }
        fresh = false;
        if (j >= n) break;
        // Next unit, with the same separator rules as the reference walker.
        let sym: number;
        const cj = text.charCodeAt(j);
        const cc = unitCode[cj]!;
        if (cc !== SPECIAL) {
          sym = cc;
          j++;
        } else if (HANDLING[cj] === H_SEP) {
          let k = j + 1;
          while (k < n && HANDLING[text.charCodeAt(k)] === H_SEP) k++;
          const kind = separatorRun(text, j, k);
          if (kind === SEP_DROP) {
            j = k;
            continue;
          }
          if (kind !== SEP_SPACE) break;
          sym = spaceSym;
          j = k;
        } else if (HANDLING[cj]! >= H_FOLLOW) {
          return null;
        } else {
          j++; // invisible
          continue;
        }
        if (sym === 0) break;
        const only = st[s * 4 + ONLY_SYM]!;
        if (only === sym) s = st[s * 4 + ONLY_CHILD]!;
        else if (only === MANY_CHILDREN) s = hashLookup(s, sym);
        else break;
        fresh = true;
      }
    }
    return { start: hitStart, end: hitEnd, key: hitKey };
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
