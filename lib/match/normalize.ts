/**
 * Character-level normalisation shared by alias compilation and text scanning.
 *
 * The matcher never builds a normalised copy of the page: it walks the ORIGINAL string one
 * UTF-16 code unit at a time and feeds folded units to the automaton, so offsets stay exact
 * indices into the page text. This module holds the per-unit tables and the one reference
 * walker (`walkNormalized`) that defines what "normalised" means; the automaton's hot loop
 * (automaton.ts) is a hand-inlined copy of the same rules, kept equal by tests.
 */

/** Script class of a code unit, for word boundaries. */
export const C_OTHER = 0;
export const C_LATIN = 1; // Latin/Greek/Cyrillic letters and digits, half- or full-width
export const C_HANGUL = 2; // syllables and jamo
export const C_KATA = 3; // katakana incl. ー and half-width katakana
export const C_HIRA = 4;
export const C_HAN = 5; // CJK ideographs

/** What the scanner does with a code unit besides folding it. */
export const H_PLAIN = 0;
/** Spaces and middle dots: dropped between CJK/Hangul/kana letters, one ' ' between Latin words. */
export const H_SEP = 1;
/** Zero-width characters and soft hyphens: invisible, dropped everywhere. */
export const H_SKIP = 2;
/**
 * Full stops, ASCII and full-width: dropped between two ideographs (德米斯.哈薩比斯, 喬許．伍德瓦德), a
 * plain unit elsewhere (Character.AI; the full-width one folds to ASCII).
 */
export const H_DOT = 3;
/** Combining marks, Hangul medial/final jamo, kana voicing marks: compose with the previous unit under NFC. */
export const H_FOLLOW = 4;
/** Half-width katakana: widened with NFKC (with its voicing mark, if any). */
export const H_NFKC = 5;

export const CLASS = new Uint8Array(0x10000);
export const HANDLING = new Uint8Array(0x10000);
/** Lower case of the units below U+0530 (Latin, Greek, Cyrillic); other scripts have no case. */
const LOWER_BELOW_0530 = new Uint16Array(0x530);

/** Full-width forms folded to ASCII, then lower-cased. */
export function foldLower(c: number): number {
  if (c < 0x530) return LOWER_BELOW_0530[c]!;
  if (c >= 0xff01 && c <= 0xff5e) return LOWER_BELOW_0530[c - 0xfee0]!;
  return c;
}

/** Full-width forms folded to ASCII; case kept (keepCase aliases, capitalisation checks). */
export function foldWidth(c: number): number {
  return c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
}

/** Middle dots, bullets and the Japanese double hyphen that join the parts of a foreign name (サム・アルトマン, 戴维•津斯纳). */
const NAME_JOINERS = [0xb7, 0x2022, 0x2027, 0x2219, 0x22c5, 0x30fb, 0xff65, 0x30a0, 0xff1d];
/** A precomposed Hangul syllable (가-힣), as opposed to jamo. */
export function isHangulSyllable(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3;
}

/** How far either side of a position `japaneseAround` looks. */
const JAPANESE_RADIUS = 40;

/**
 * Whether the text around `from`..`to` is Japanese: hiragana within a few words. Chinese text has
 * none, and a Japanese sentence always has some (particles, okurigana).
 */
export function japaneseAround(text: string, from: number, to: number = from): boolean {
  for (let i = Math.max(0, from - JAPANESE_RADIUS), end = Math.min(text.length, to + JAPANESE_RADIUS); i < end; i++) {
    if (CLASS[text.charCodeAt(i)] === C_HIRA) return true;
  }
  return false;
}

export function isNameJoiner(c: number): boolean {
  return NAME_JOINERS.includes(c);
}

function fillRange(t: Uint8Array, from: number, to: number, v: number): void {
  t.fill(v, from, to + 1);
}

/** Units set in HANDLING, so SPECIAL_UNITS need not scan all 64K units at start-up (~3 ms cold). */
const handled: number[] = [];
function setHandling(from: number, to: number, v: number): void {
  HANDLING.fill(v, from, to + 1);
  for (let c = from; c <= to; c++) handled.push(c);
}

function oneUnitLower(c: number): number {
  const s = String.fromCharCode(c).toLowerCase();
  return s.length === 1 ? s.charCodeAt(0) : c;
}

(function initTables() {
  for (let c = 0; c < 0x530; c++) LOWER_BELOW_0530[c] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
  // One toLowerCase per stretch instead of one per unit (a content script runs this on every page
  // load). U+0130 lower-cases to two units, so it splits the stretches and keeps itself.
  for (const [from, to] of [[0xc0, 0x130], [0x131, 0x530]] as const) {
    const upper = String.fromCharCode(...Array.from({ length: to - from }, (_, k) => from + k));
    const lower = upper.toLowerCase();
    for (let k = 0; k < upper.length; k++) {
      LOWER_BELOW_0530[from + k] = lower.length === upper.length ? lower.charCodeAt(k) : oneUnitLower(from + k);
    }
  }

  fillRange(CLASS, 0x30, 0x39, C_LATIN);
  fillRange(CLASS, 0x41, 0x5a, C_LATIN);
  fillRange(CLASS, 0x61, 0x7a, C_LATIN);
  fillRange(CLASS, 0xc0, 0x24f, C_LATIN);
  CLASS[0xd7] = C_OTHER; // ×
  CLASS[0xf7] = C_OTHER; // ÷
  fillRange(CLASS, 0x370, 0x52f, C_LATIN);
  fillRange(CLASS, 0x1e00, 0x1eff, C_LATIN);
  fillRange(CLASS, 0xff10, 0xff19, C_LATIN);
  fillRange(CLASS, 0xff21, 0xff3a, C_LATIN);
  fillRange(CLASS, 0xff41, 0xff5a, C_LATIN);
  fillRange(CLASS, 0x1100, 0x11ff, C_HANGUL);
  fillRange(CLASS, 0x3130, 0x318f, C_HANGUL);
  fillRange(CLASS, 0xa960, 0xa97f, C_HANGUL);
  fillRange(CLASS, 0xac00, 0xd7a3, C_HANGUL);
  fillRange(CLASS, 0xd7b0, 0xd7ff, C_HANGUL);
  fillRange(CLASS, 0xffa0, 0xffdc, C_HANGUL);
  fillRange(CLASS, 0x3041, 0x309f, C_HIRA);
  fillRange(CLASS, 0x30a1, 0x30fa, C_KATA);
  fillRange(CLASS, 0x30fc, 0x30ff, C_KATA);
  fillRange(CLASS, 0x31f0, 0x31ff, C_KATA);
  fillRange(CLASS, 0xff66, 0xff9f, C_KATA);
  fillRange(CLASS, 0x3400, 0x4dbf, C_HAN);
  fillRange(CLASS, 0x4e00, 0x9fff, C_HAN);
  fillRange(CLASS, 0xf900, 0xfaff, C_HAN);
  CLASS[0x3005] = C_HAN; // 々

  // Line breaks too: hard-wrapped text and HTML source lines break names only visually.
  for (const c of [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029, 0xa0, 0x2002, 0x2003, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000]) setHandling(c, c, H_SEP);
  for (const c of NAME_JOINERS) setHandling(c, c, H_SEP);
  for (const c of [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) setHandling(c, c, H_SKIP);
  setHandling(0x2e, 0x2e, H_DOT);
  setHandling(0xff0e, 0xff0e, H_DOT);
  setHandling(0x300, 0x36f, H_FOLLOW);
  setHandling(0x1ab0, 0x1aff, H_FOLLOW);
  setHandling(0x1dc0, 0x1dff, H_FOLLOW);
  setHandling(0x20d0, 0x20ff, H_FOLLOW);
  setHandling(0xfe20, 0xfe2f, H_FOLLOW);
  setHandling(0x1160, 0x11ff, H_FOLLOW);
  setHandling(0x3099, 0x309a, H_FOLLOW);
  setHandling(0xff61, 0xff9f, H_NFKC);
  setHandling(0xff65, 0xff65, H_SEP); // half-width middle dot
  setHandling(0xff9e, 0xff9f, H_FOLLOW); // half-width voicing marks compose with the kana before them
})();

/** Code units with special handling (separators, invisibles, followers), for tables built per matcher. */
export const SPECIAL_UNITS: Uint16Array = Uint16Array.from(new Set(handled)).sort();

/** Code units whose folded form differs from themselves (upper case, full-width). */
export const FOLDED_UNITS: Uint16Array = (() => {
  const out: number[] = [];
  for (let c = 0; c < 0x530; c++) if (LOWER_BELOW_0530[c] !== c) out.push(c);
  for (let c = 0xff01; c <= 0xff5e; c++) out.push(c);
  return Uint16Array.from(out);
})();

export function isCjkLike(cls: number): boolean {
  return cls === C_HANGUL || cls === C_KATA || cls === C_HIRA || cls === C_HAN;
}

export const SEP_SPACE = 0;
export const SEP_DROP = 1;
export const SEP_BREAK = 2;

/**
 * Decides what a run of separators text[i..j) becomes: a hard break if it holds a blank line
 * (a paragraph ends: no name runs across it); nothing between CJK/Hangul/kana letters
 * (샘 올트먼 = 샘올트먼, サム・アルトマン = サムアルトマン, 오픈 AI = 오픈AI); else one space between words.
 */
export function separatorRun(text: string, i: number, j: number): number {
  let newlines = 0;
  for (let k = i; k < j; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x2029 || (c === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) newlines++;
  }
  if (newlines >= 2) return SEP_BREAK;
  const prev = i > 0 ? CLASS[text.charCodeAt(i - 1)]! : C_OTHER;
  const next = j < text.length ? CLASS[text.charCodeAt(j)]! : C_OTHER;
  return isCjkLike(prev) || isCjkLike(next) ? SEP_DROP : SEP_SPACE;
}

/** Whether the full stop at i joins two ideographs (a Chinese name written 德米斯.哈薩比斯): then it is dropped. */
export function dotJoins(text: string, i: number): boolean {
  return CLASS[text.charCodeAt(i - 1)] === C_HAN && CLASS[text.charCodeAt(i + 1)] === C_HAN;
}

/** End of the composition segment starting at i (a starter plus its followers). */
export function segmentEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && HANDLING[text.charCodeAt(j)] === H_FOLLOW) j++;
  return j;
}

export function composeSegment(seg: string): string {
  return HANDLING[seg.charCodeAt(0)] === H_NFKC ? seg.normalize('NFKC') : seg.normalize('NFC');
}

/**
 * The reference walker: calls `emit(unit, start, end)` for every normalised code unit, where
 * [start, end) is the span of the original text that produced it. Separator runs that survive
 * become one ' ' unit. Used to compile alias keys and to re-check case on a matched span.
 */
export function walkNormalized(
  text: string,
  lower: boolean,
  emit: (unit: number, start: number, end: number) => void,
): void {
  const fold = lower ? foldLower : foldWidth;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const h = HANDLING[c]!;
    if (h === H_SEP) {
      let j = i + 1;
      while (j < n && HANDLING[text.charCodeAt(j)] === H_SEP) j++;
      const kind = separatorRun(text, i, j);
      if (kind === SEP_SPACE && i > 0 && j < n) emit(0x20, i, j);
      else if (kind === SEP_BREAK) emit(0x0a, i, j); // never part of a key: resets the automaton
      i = j;
      continue;
    }
    if (h === H_SKIP || h === H_FOLLOW || (h === H_DOT && dotJoins(text, i))) {
      // A follower with nothing to attach to (start of text) is dropped like an invisible char.
      i++;
      continue;
    }
    const next = i + 1 < n ? HANDLING[text.charCodeAt(i + 1)] : H_PLAIN;
    if (h === H_NFKC || next === H_FOLLOW) {
      const j = segmentEnd(text, i);
      const seg = composeSegment(text.slice(i, j));
      for (let k = 0; k < seg.length; k++) emit(fold(seg.charCodeAt(k)), i, j);
      i = j;
      continue;
    }
    emit(fold(c), i, i + 1);
    i++;
  }
}

/** The normalised form of a whole string (alias keys, case checks). */
export function normalizeKey(text: string, lower: boolean): string {
  const units: number[] = [];
  walkNormalized(text.normalize('NFC'), lower, (u) => units.push(u));
  return String.fromCharCode(...units);
}
