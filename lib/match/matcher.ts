/**
 * The detection engine: pure, no DOM and no Node APIs, shared by the content script and the CLI.
 *
 * Two stages, so the content script can match block by block and decide once per page:
 * - findCandidates(text): one Aho-Corasick pass over one block; every boundary-valid hit,
 *   then leftmost-longest. Candidates with the same span are alternatives (an alias two
 *   entities share, e.g. an ambiguous "Meta").
 * - resolve(blocks): page-level decisions. Plain aliases are accepted as found; ambiguous
 *   aliases need evidence; short names need the entity's full name on the page or a linked
 *   entity right next to them.
 * See lib/match/README.md for the rules and their reasons.
 */
import { automatonFromTrie, type RawHits } from './automaton';
import { boundaryOk, CLEAN_SIDES, ENCLOSED, ideographSides, type KeyShape } from './boundaries';
import { ALIAS_NEEDS_CAPITAL, compiledTables, keyShapeAt } from './compile';
import {
  afterAGivenName,
  beforeASurname,
  startsAGivenNamesFullName,
  labelsAShareButton,
  namesAGroupAffiliate,
  afterAnotherTrade,
  beforeAnotherTrade,
  aiVocabularyNear,
  mentionsAi,
  besideAnotherGivenName,
  companySuffixNear,
  companyWordsNear,
  japaneseGlossAfter,
  latinGlossAround,
  namesALicence,
  namesAnInstitutionOfIt,
  namesAModel,
  namesAProduct,
  namesAProductCode,
  namesAUniversityTown,
  namesAnotherPlacesUniversity,
  startsACompoundWord,
  otherProperNameEnd,
  latinWordEnd,
  usedAsAVerb,
  namesAStorm,
  namesTheBand,
  endsAnotherName,
  namesAThingCalledSo,
  namesItsSportsTeam,
  namesSomethingAfterPerson,
  otherSenseNear,
  writtenInKorean,
  writtenInsideHanText,
} from './evidence';
import { familyNameMentions, familyNameOf, titlesAfter } from './korean-title-coref';
import { C_HAN, C_HANGUL, C_HIRA, C_KATA, C_LATIN, CLASS, foldLower, foldWidth, isHangulSyllable, japaneseAround, normalizeKey } from './normalize';
import { ALIAS_AFTER_FULL_NAME, ALIAS_AMBIGUOUS, ALIAS_KEEP_CASE, ALIAS_SHORT, type AliasIndex, type AliasRecords, type CompiledAliasIndex, type Mention } from './types';

export interface Candidate {
  start: number;
  end: number;
  /** Index into index.aliases. */
  alias: number;
}

export interface PageMatcher {
  /** One block of text: leftmost-longest, boundary-checked. Same-span candidates are alternatives. */
  findCandidates(text: string): Candidate[];
  /** Page-level: ambiguity evidence + coreference; per block, same order as given. */
  resolve(blocks: { text: string; candidates: Candidate[] }[]): Mention[][];
  /**
   * The same as resolve, pausing every RESOLVE_STEP candidates or groups, so that a content
   * script can yield to the page between steps: resolve is page-level, and on a page with ten
   * thousand names it runs longer than a task may (50 ms) while V8 has not yet compiled it.
   */
  resolveInSteps(blocks: { text: string; candidates: Candidate[] }[]): Generator<void, Mention[][], void>;
  /** One text as a whole page = resolve([{ text, candidates: findCandidates(text) }])[0]. */
  scan(text: string): Mention[];
}

/** The first index whose value is not below x, in values ascending over [0, count). */
function firstNotBelow(count: number, valueAt: (i: number) => number, x: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (valueAt(mid) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last element < x in an ascending array, -1 if none. */
function lastBelow(sorted: number[], x: number): number {
  return firstNotBelow(sorted.length, (i) => sorted[i]!, x) - 1;
}

/** Candidates or groups resolveInSteps handles between two pauses. */
const RESOLVE_STEP = 1024;

/**
 * Runs work(from, to) over [0, count) RESOLVE_STEP at a time, pausing between batches. Every pass
 * of resolveInSteps goes through it: a yield inside a loop keeps V8 from optimising that loop (it
 * cannot enter a generator's optimised code mid-loop), and the passes ran interpreted, about a
 * third of resolve on bench:match's text.
 */
function* inBatches(count: number, work: (from: number, to: number) => void): Generator<void, void, void> {
  for (let from = 0; from < count; from += RESOLVE_STEP) {
    work(from, Math.min(count, from + RESOLVE_STEP));
    if (from + RESOLVE_STEP < count) yield;
  }
}

/** Accepted mentions of an org read for AI words beside them, for one sense per page. */
const ONE_SENSE_MENTIONS = 32;

/** Full mentions of one person whose following titles are read for step 4 of resolve. */
const FAMILY_TITLE_MENTIONS = 8;

function tooShortForContext(alias: string): boolean {
  return alias.length <= (CLASS[alias.charCodeAt(0)] === C_LATIN ? 2 : 1);
}

/**
 * Whether text[start, end) is printable ASCII with single spaces inside: normalizeKey(…, false)
 * leaves such a span as it is.
 */
function isPlainAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7e || c < 0x20) return false;
    if (c === 0x20 && (i === start || i === end - 1 || text.charCodeAt(i + 1) === 0x20)) return false;
  }
  return true;
}

/** Whether text[start, end), normalised with case kept, is `key`: compared in place when it is plain ASCII. */
function writtenAs(text: string, start: number, end: number, key: string): boolean {
  if (!isPlainAscii(text, start, end)) return normalizeKey(text.slice(start, end), false) === key;
  return end - start === key.length && text.startsWith(key, start);
}

function hasAsciiLower(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}

/** Each space-separated word of text[start, end) starts with a capital (a name written as one). */
function wordsCapitalised(text: string, start: number, end: number): boolean {
  // ASCII inline and indexOf for the word starts: this runs for each hit of a capitalised name,
  // mostly in a content script's first scan, before the JIT has optimised anything.
  let c = text.charCodeAt(start);
  if (c < 0x80 ? c < 0x41 || c > 0x5a : !startsWithCapital(text, start)) return false;
  for (let i = text.indexOf(' ', start + 1); i >= 0 && i < end - 1; i = text.indexOf(' ', i + 1)) {
    c = text.charCodeAt(i + 1);
    if (c < 0x80 ? c >= 0x61 && c <= 0x7a : CLASS[c] === C_LATIN && !startsWithCapital(text, i + 1)) {
      // A particle inside a name keeps its lower case however the alias writes it (Daniel de Freitas).
      const wordEnd = text.indexOf(' ', i + 1);
      if (wordEnd < 0 || wordEnd >= end - 1 || !NAME_PARTICLES.has(text.slice(i + 1, wordEnd))) return false;
    }
  }
  return true;
}

/** One word of small ASCII letters written inside Chinese text (跳槽去了meta。): see writtenInsideHanText. */
function lowerWordInsideHanText(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return writtenInsideHanText(text, start, end);
}

/** Latin text as lower-case words joined by single spaces (hyphens count as spaces). */
function latinWords(text: string): string {
  return text.toLowerCase().split(/[\s-]+/).filter(Boolean).join(' ');
}

/**
 * A Latin name followed by a capitalised word ("Blackwell Ultra"): it goes on into something
 * else's name. Not a title in capitals ("Zuckerberg CEO").
 */
function startsAProductOrName(text: string, start: number, end: number): boolean {
  if (CLASS[text.charCodeAt(start)] !== C_LATIN || text.charCodeAt(end) !== 0x20) return false;
  const c = text.charCodeAt(end + 1);
  const d = text.charCodeAt(end + 2);
  return c >= 0x41 && c <= 0x5a && d >= 0x61 && d <= 0x7a;
}

/** Where the last `words` space-separated words before `end` start (not further back than 80 units). */
function lastWordsFrom(text: string, end: number, words: number): number {
  const floor = Math.max(0, end - 80);
  let i = end;
  for (let w = 0; w < words && i > floor; w++) {
    while (i > floor && text.charCodeAt(i - 1) === 0x20) i--;
    while (i > floor && text.charCodeAt(i - 1) !== 0x20) i--;
  }
  return i;
}

/** The first candidate after candidates[ci] that starts elsewhere (alternatives share a start). */
function nextCandidate(candidates: Candidate[], ci: number): Candidate | undefined {
  let next = ci + 1;
  while (next < candidates.length && candidates[next]!.start === candidates[ci]!.start) next++;
  return candidates[next];
}

/** Whether text[c.start, c.end) holds no space: one word. */
function oneWord(text: string, c: { start: number; end: number }): boolean {
  for (let i = c.start; i < c.end; i++) if (text.charCodeAt(i) === 0x20) return false;
  return true;
}

/** Small words an acronym skips ("Department of Energy", DOE). */
const ACRONYM_SKIPPED_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', '&']);

/**
 * Whether the last words of `phrase` have the letters of `acronym` as initials, each word giving
 * the initial of every hyphen-joined part or of its first part only (age-related macular
 * degeneration, AMD; gestational diabetes mellitus, GDM). One word inside may give no letter, as
 * acronyms drop one ("Machine Learning, Ethics, Transparency and Accountability", META); the last
 * word always gives the last letter.
 */
function initialsSpell(phrase: string, acronym: string): boolean {
  const words = phrase.split(/\s+/).filter((w) => w !== '' && !ACRONYM_SKIPPED_WORDS.has(w.toLowerCase()));
  const want = acronym.toLowerCase();
  // Match from the acronym's last letter backwards, word by word.
  let j = want.length;
  let skipped = 0;
  for (let i = words.length - 1; i >= 0 && j > 0; i--) {
    const parts = words[i]!.split('-').filter((p) => p !== '');
    if (parts.length === 0) return false;
    const all = parts.map((p) => p[0]!.toLowerCase()).join('');
    if (j >= all.length && want.slice(j - all.length, j) === all) j -= all.length;
    else if (want[j - 1] === parts[0]![0]!.toLowerCase()) j -= 1;
    else if (i < words.length - 1 && j < want.length - 1 && skipped++ === 0) continue;
    else return false;
  }
  return j === 0;
}

/** A surname rare enough to name its person alone: 7+ Latin letters (Zuckerberg), 3+ Hangul syllables (저커버그), 4+ kana. */
function distinctiveSurname(text: string, c: { start: number; end: number }): boolean {
  const n = c.end - c.start;
  const cls = CLASS[text.charCodeAt(c.start)];
  return cls === C_LATIN ? n >= 7 : cls === C_HANGUL ? n >= 3 : cls === C_KATA ? n >= 4 : false;
}

/**
 * A stock ticker in brackets right after a name: two to five capitals or a listing's digits, with
 * or without its market (엔비디아(NVDA), 딥마인드(GOOGL), 삼성전자(SSNLF), 特斯拉 (TSLA-US),
 * 阿里巴巴 (9988.HK), 台积电 (2330-TW)), which says nothing against the name. A gloss before the
 * name is never one (ELIZA(イライザ) is the chatbot, not ELYZA).
 */
const isTicker = (gloss: string) => /^(?:[A-Z]{2,5}|\d{4,6})(?:[-.][A-Z]{1,3})?$/.test(gloss);

/** Lower-case words between the parts of a personal name (de, van, bin...), never its last word. */
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'der', 'den', 'du', 'van', 'von', 'le', 'la', 'bin', 'ibn', 'al', 'ter', 'ten', 'zu']);

function startsWithCapital(text: string, i: number): boolean {
  const c = foldWidth(text.charCodeAt(i));
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return foldLower(c) !== c || String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c);
}

/** A capitalised given name, a middle initial and a space, right before a surname ("John J. "). */
const MIDDLE_INITIAL_BEFORE = /(?<![A-Za-z])([A-Z][a-z]+) ([A-Z])\. $/;

/** A person's given names and middle initials when their aliases give none. */
const NO_NAMES: { given: ReadonlySet<string>; initials: ReadonlySet<string> } = { given: new Set(), initials: new Set() };

/** MIDDLE_INITIAL_BEFORE's match before text[start], tested only where ". " comes right before it (rare). */
function middleInitialBefore(text: string, start: number): RegExpExecArray | null {
  if (text.charCodeAt(start - 1) !== 0x20 || text.charCodeAt(start - 2) !== 0x2e) return null;
  return MIDDLE_INITIAL_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
}

/** How close (UTF-16 units) a linked mention must be to vouch for a short name. */
const NEAR_LINK = 24;
/** Ideographs from which an org's plain name stands on its own, whatever it runs into. */
const LONG_IDEOGRAPH_NAME = 4;

/**
 * How close one of its own people must be, in the same sentence, to vouch for an ambiguous org
 * ("Anthropic launched a new institute led by co-founder Jack Clark"): a namesake and the
 * ordinary word rarely meet in one sentence.
 */
const NEAR_OWN_PERSON = 80;
/** A linked mention vouches within its sentence only: a score line is not about the owner quoted next. */
const SENTENCE_END = /[。！？\n]|[.!?]\s/;

/** Org kinds whose unambiguous mention makes a page an AI page (companies alone need two). */
const AI_ORG_KINDS = new Set(['lab', 'research-unit']);

const RESTRICTIVE = ALIAS_AMBIGUOUS | ALIAS_SHORT;
/** Hits per block that fit the packed sort key (start · 256 + length) · limit + index below 2^53. */
const HIT_INDEX_LIMIT = 1 << 20;

export function createMatcher(index: AliasIndex): PageMatcher {
  // The build stores the compiled tables in the index; hand-made indexes are compiled here.
  return matcherFromTables(compiledTables(index), () => index);
}

/**
 * A matcher from the compiled tables, reading the records (entities and alias texts) only when
 * a block first holds a candidate that needs them. Why: the content script runs on every page,
 * and most pages name nobody; parsing and keeping the records is about half of building the
 * matcher there (generated/alias-records.json, see entrypoints/content/index.tsx).
 */
export function matcherFromTables(tables: CompiledAliasIndex, records: () => AliasRecords): PageMatcher {
  const { trie, firstAliasOfKey, nextAliasOfKey, aliasFlags, keyShapes } = tables;
  let aliases: AliasRecords['aliases'] = [];
  let entities: AliasRecords['entities'] = [];
  let loaded = false;
  const load = (): void => {
    if (loaded) return;
    const r = records();
    if (r.aliases.length !== aliasFlags.length) throw new Error('The alias records do not fit the compiled tables: run `npm run build:data`.');
    ({ aliases, entities } = r);
    loaded = true;
  };
  const automaton = automatonFromTrie(trie);
  // The case-kept normal form, computed on first use (only flagged aliases ever need it).
  const caseKeys: (string | undefined)[] = new Array(aliasFlags.length);
  const caseKey = (ai: number): string => {
    load();
    return (caseKeys[ai] ??= normalizeKey(aliases[ai]![0], false));
  };
  const shapes: KeyShape[] = new Array(automaton.keyCount);
  const shapeOf = (k: number): KeyShape => (shapes[k] ??= keyShapeAt(keyShapes, k));

  // Org ancestry, for "a known person of that org is on the page".
  const ancestorsOf = (org: number): number[] => {
    const out: number[] = [];
    for (let o: number | undefined = org; o !== undefined && out.length < 8; o = entities[o]?.parent) out.push(o);
    return out;
  };

  const related = (a: number, b: number) => a === b || ancestorsOf(a).includes(b) || ancestorsOf(b).includes(a);

  /**
   * An org's name in Hangul, kana or ideographs glossed in Latin letters that name something else:
   * "ELIZA(イライザ)" is Weizenbaum's chatbot, not ELYZA; "커넥티드 카카오(Connected Cacao)" is the
   * crop. Kept when the gloss holds a name of the same org or of its parent or unit, in any case
   * (오픈AI(OpenAI), 千问(qwen)), or is words of one of the org's own Latin names (구글 랩스(Labs)
   * for Google Labs). People are left alone: a Korean name's romanisation often differs from the
   * ones we list.
   */
  function glossedAsSomethingElse(text: string, c: Candidate, entity: number): boolean {
    if (CLASS[text.charCodeAt(c.start)] === C_LATIN) return acronymOfAnotherName(text, c, entity);
    const gloss = latinGlossAround(text, c.start, c.end) ?? (CLASS[text.charCodeAt(c.start)] === C_HANGUL ? japaneseGlossAfter(text, c.end) : null);
    if (!gloss) return false;
    const glossText = text.slice(gloss[0], gloss[1]);
    if (gloss[0] >= c.end && isTicker(glossText)) return false;
    if (namesRelatedIn(glossText, entity)) return false;
    const words = ` ${latinWords(glossText)} `;
    return !latinNamesOf(entity).some((name) => name.includes(words));
  }

  /**
   * An org's Latin acronym in brackets right after the words it abbreviates, where no name of that
   * org (or its parent or unit) comes just before: "챔피언스리그(UCL)" is the Champions League and
   * "age-related macular degeneration (AMD)" the eye disease, not University College London or the
   * chip maker, on the whole page. In Hangul, kana or ideographs any word before the bracket counts;
   * in Latin letters only words whose initials spell the acronym ("gestational diabetes mellitus
   * (GDM)"), since "the chip maker (AMD)" names the company. "유니버시티 칼리지 런던(UCL)", "Advanced
   * Micro Devices (AMD)" and "마이크로소프트 리서치(MSR)" keep it: a name of the org or its parent is among
   * the words right before; "마이크로소프트가 지원한 … 다발성경화증(MS)" does not, as it is farther back.
   */
  function acronymOfAnotherName(text: string, c: Candidate, entity: number): boolean {
    if (text.charCodeAt(c.start - 1) !== 0x28 || text.charCodeAt(c.end) !== 0x29 || c.end - c.start > 6) return false;
    for (let i = c.start; i < c.end; i++) {
      const u = text.charCodeAt(i);
      if (u < 0x41 || u > 0x5a) return false;
    }
    const bracket = text.charCodeAt(c.start - 2) === 0x20 ? c.start - 2 : c.start - 1;
    const before = CLASS[text.charCodeAt(bracket - 1)];
    // The words the acronym may stand for: as many as it has letters, and two more (of, 런던, a word it drops).
    const phrase = text.slice(lastWordsFrom(text, bracket, Math.max(3, c.end - c.start + 2)), bracket);
    if (before === C_LATIN) {
      // Words whose initials spell it say so even for an acronym no other sense was known for (DAIR).
      if (!initialsSpell(phrase, text.slice(c.start, c.end))) return false;
    } else if (
      (aliasFlags[c.alias]! & ALIAS_AMBIGUOUS) === 0 ||
      bracket !== c.start - 1 ||
      (before !== C_HANGUL && before !== C_HAN && before !== C_KATA && before !== C_HIRA)
    )
      return false;
    return !namesRelatedIn(phrase, entity);
  }

  /**
   * Whether `phrase` holds any name of `entity`, its parent or its unit, in any case: the automaton
   * folds case, where candidates keep only the capitalised forms of word-like names.
   */
  function namesRelatedIn(phrase: string, entity: number): boolean {
    const hits = automaton.scan(phrase);
    for (let h = 0; h < hits.length; h++) {
      for (let ai = firstAliasOfKey[hits.key[h]!]!; ai >= 0; ai = nextAliasOfKey[ai]!) if (related(aliases[ai]![1], entity)) return true;
    }
    return false;
  }

  /**
   * A person's surname after one of their given names and a middle initial ("John J. Hopfield",
   * "Geoffrey E. Hinton"): their full name as formal texts write it. Where the given name starts, or
   * -1. Only for a given name from a plain full alias of theirs (not a common one like Eric Schmidt),
   * and only their own initial where an alias gives it ("Mark E. Zuckerberg", not the lawyer Mark S.).
   */
  function withMiddleInitial(text: string, c: Candidate, entity: number): number {
    if (entities[entity]!.type !== 'person') return -1;
    const m = middleInitialBefore(text, c.start);
    if (!m) return -1;
    const names = namesWithInitialsOf(entity);
    const initialOk = names.initials.size === 0 || names.initials.has(m[2]!);
    return names.given.has(m[1]!) && initialOk ? c.start - m[0].length : -1;
  }

  /**
   * Each person's given names (the first words of their plain, several-word Latin aliases) and the
   * middle initials those aliases write (Michael I. Jordan). Built on first use.
   */
  let namesWithInitials: Map<number, { given: Set<string>; initials: Set<string> }> | null = null;
  const namesWithInitialsOf = (entity: number): { given: ReadonlySet<string>; initials: ReadonlySet<string> } => {
    if (!namesWithInitials) {
      namesWithInitials = new Map();
      aliases.forEach(([text, e], ai) => {
        if (aliasFlags[ai]! & RESTRICTIVE || entities[e]!.type !== 'person' || !/^[A-Z][a-z]+ [A-Za-z]/.test(text)) return;
        const entry = namesWithInitials!.get(e) ?? { given: new Set<string>(), initials: new Set<string>() };
        const words = text.split(' ');
        entry.given.add(words[0]!);
        if (words.length === 3 && /^[A-Z]\.$/.test(words[1]!)) entry.initials.add(words[1]![0]!);
        namesWithInitials!.set(e, entry);
      });
    }
    return namesWithInitials.get(entity) ?? NO_NAMES;
  };

  /**
   * The Hangul given names of the people whose Korean aliases are spaced transliterations (존 슐먼:
   * 존), and, per person, the first syllables of their own (그레그 and 그렉 both start 그). Built on
   * first use.
   */
  let hangulGiven: { all: Set<string>; firstSyllables: Map<number, Set<number>> } | null = null;
  const hangulGivenNames = (): NonNullable<typeof hangulGiven> => {
    if (!hangulGiven) {
      const all = new Set<string>();
      const firstSyllables = new Map<number, Set<number>>();
      aliases.forEach(([text, e], ai) => {
        // Read by units, not a regular expression: this runs over every alias once per page.
        if (aliasFlags[ai]! & ALIAS_SHORT || !isHangulSyllable(text.charCodeAt(0))) return;
        const space = text.indexOf(' ');
        if (space < 1 || space > 4 || !isHangulSyllable(text.charCodeAt(space + 1)) || entities[e]!.type !== 'person') return;
        for (let i = 1; i < space; i++) if (!isHangulSyllable(text.charCodeAt(i))) return;
        all.add(text.slice(0, space));
        const own = firstSyllables.get(e) ?? new Set<number>();
        own.add(text.charCodeAt(0));
        firstSyllables.set(e, own);
      });
      hangulGiven = { all, firstSyllables };
    }
    return hangulGiven;
  };

  /**
   * A Hangul surname right after another person's given name, one space apart ("빌 피블스" is Bill
   * Peebles, not the John Peebles named elsewhere): someone else's full name. A given name that
   * starts like one of the person's own is a spelling of it (그렉 for 그레그 브록먼).
   */
  const afterAnotherHangulGivenName = (text: string, start: number, entity: number): boolean => {
    if (start < 2 || text.charCodeAt(start - 1) !== 0x20 || !isHangulSyllable(text.charCodeAt(start - 2))) return false;
    let j = start - 2;
    while (j > 0 && start - 1 - j < 4 && isHangulSyllable(text.charCodeAt(j - 1))) j--;
    if (j > 0 && isHangulSyllable(text.charCodeAt(j - 1))) return false;
    const { all, firstSyllables } = hangulGivenNames();
    return all.has(text.slice(j, start - 1)) && !(firstSyllables.get(entity)?.has(text.charCodeAt(j)) ?? false);
  };

  /** Each entity's Latin aliases as lower-case words between spaces, built on the first gloss. */
  let latinNames: Map<number, string[]> | null = null;
  const latinNamesOf = (entity: number): string[] => {
    if (!latinNames) {
      latinNames = new Map();
      for (const [text, e] of aliases) {
        if (!/[A-Za-z]/.test(text)) continue;
        const list = latinNames.get(e) ?? [];
        list.push(` ${latinWords(text)} `);
        latinNames.set(e, list);
      }
    }
    return latinNames.get(entity) ?? [];
  };

  /** hitOrder's output for ordered scans, reused (grown as needed) across blocks. */
  let orderBuffer = new Int32Array(1024);

  /** Hit indices ordered by start ascending, then longest first; valid up to hits.length. */
  function hitOrder(hits: RawHits, textLength: number): Int32Array {
    const { start: hs, end: he, length: n } = hits;
    if (hits.byStart) {
      // Starts ascending, and within a start ends ascending (one trie walk): reverse each run.
      if (orderBuffer.length < n) orderBuffer = new Int32Array(Math.max(n, orderBuffer.length * 2));
      const order = orderBuffer;
      for (let a = 0, o = 0; a < n; ) {
        let b = a;
        while (b < n && hs[b] === hs[a]) b++;
        for (let k = b - 1; k >= a; k--) order[o++] = k;
        a = b;
      }
      return order;
    }
    if (n < HIT_INDEX_LIMIT && textLength < 2 ** 24) {
      // Packed numeric sort (start asc, length desc, hit index): native and allocation-light.
      const packed = new Float64Array(n);
      for (let i = 0; i < n; i++) packed[i] = (hs[i]! * 256 + (255 - Math.min(255, he[i]! - hs[i]!))) * HIT_INDEX_LIMIT + i;
      packed.sort();
      return Int32Array.from(packed, (x) => x % HIT_INDEX_LIMIT);
    }
    return Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => hs[a]! - hs[b]! || he[b]! - he[a]! || a - b);
  }

  function findCandidates(text: string): Candidate[] {
    const hits = automaton.scan(text);
    const order = hitOrder(hits, text.length);
    const out: Candidate[] = [];
    // Leftmost-longest: walk hits by start, longest first; a hit overlapping the span already
    // taken is skipped before any boundary check. Valid hits with the taken span are kept as
    // alternatives, one per entity (the least restricted alias).
    let takenStart = -1;
    let takenEnd = -1;
    for (let o = 0; o < hits.length; o++) {
      const h = order[o]!;
      const start = hits.start[h]!;
      const end = hits.end[h]!;
      const alternative = start === takenStart && end === takenEnd;
      if (!alternative && start < takenEnd) continue;
      const key = hits.key[h]!;
      if (!boundaryOk(text, start, end, shapeOf(key))) continue;
      let capital: boolean | undefined;
      for (let ai = firstAliasOfKey[key]!; ai >= 0; ai = nextAliasOfKey[ai]!) {
        if (aliasFlags[ai]! & ALIAS_NEEDS_CAPITAL) {
          capital ??= wordsCapitalised(text, start, end) || lowerWordInsideHanText(text, start, end);
          if (!capital) continue;
        }
        if (aliasFlags[ai]! & ALIAS_KEEP_CASE && !writtenAs(text, start, end, caseKey(ai))) continue;
        if (start !== takenStart || end !== takenEnd) {
          takenStart = start;
          takenEnd = end;
          out.push({ start, end, alias: ai });
          continue;
        }
        load();
        const entity = aliases[ai]![1];
        let same = -1;
        for (let k = out.length - 1; k >= 0 && out[k]!.start === start; k--) if (aliases[out[k]!.alias]![1] === entity) same = k;
        if (same < 0) out.push({ start, end, alias: ai });
        else if ((aliasFlags[ai]! & RESTRICTIVE) < (aliasFlags[out[same]!.alias]! & RESTRICTIVE)) out[same]!.alias = ai;
      }
    }
    return out;
  }

  /** Latin aliases that are ordinary words or names must be written with their capitals (Meta, not meta). */
  function properCase(text: string, c: Candidate): boolean {
    const want = caseKey(c.alias);
    if (CLASS[want.charCodeAt(0)] !== C_LATIN) return true;
    // Plain ASCII as written is its own normal form: most Latin names are compared in place,
    // without building their key (this runs for every ambiguous name on the page).
    if (aliasFlags[c.alias]! & ALIAS_SHORT) {
      // Short names: at least the capital initial (ALTMAN in a headline is fine).
      const got = isPlainAscii(text, c.start, c.end) ? null : normalizeKey(text.slice(c.start, c.end), false);
      const w0 = want.charCodeAt(0);
      const g0 = got === null ? text.charCodeAt(c.start) : got.charCodeAt(0);
      if (w0 === g0 || String.fromCharCode(w0).toLowerCase() === String.fromCharCode(w0)) return true;
      return got === null ? !hasAsciiLower(text, c.start, c.end) : got === got.toUpperCase();
    }
    return (
      writtenAs(text, c.start, c.end, want) ||
      writtenAs(text, c.start, c.end, want.toUpperCase()) ||
      surnameInCapitals(text, c, want) ||
      (lowerWordInsideHanText(text, c.start, c.end) && writtenAs(text, c.start, c.end, want.toLowerCase()))
    );
  }

  /** A name with one of its words in capitals, as Chinese and some English sources write the surname (SUN Pei, Pei SUN). */
  function surnameInCapitals(text: string, c: Candidate, want: string): boolean {
    const got = text.slice(c.start, c.end).split(' ');
    const words = want.split(' ');
    return got.length === words.length && words.length > 1 && got.every((w, i) => w === words[i] || (w.length > 1 && w === words[i]!.toUpperCase()));
  }

  function resolve(blocks: { text: string; candidates: Candidate[] }[]): Mention[][] {
    const steps = resolveInSteps(blocks);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  function* resolveInSteps(blocks: { text: string; candidates: Candidate[] }[]): Generator<void, Mention[][], void> {
    // Groups = distinct spans in page order, in typed arrays (a page can have tens of thousands).
    // A group's alternatives are flat[first .. first + count).
    let total = 0;
    for (const b of blocks) total += b.candidates.length;
    if (total === 0) return blocks.map(() => []);
    load();
    const flat: Candidate[] = new Array(total);
    const gBlock = new Int32Array(total);
    const gFirst = new Int32Array(total);
    const gCount = new Int32Array(total);
    let groupCount = 0;
    let f = 0;
    // Org names the page shows to mean something else: glossed as another thing ("커넥티드
    // 카카오(Connected Cacao)"), followed by a noun for another kind of thing (the Sierra
    // supercomputer) or after a given name (Steve Harvey). The page means that by the word, so its
    // ambiguous mentions elsewhere are not the org.
    const meantOtherwise = new Set<string>();
    // The plain ones among them: acronyms the page spells out as other words. Not plain names
    // glossed otherwise, which may be a romanisation we do not list (智元机器人(Zhiyuan Robotics)).
    const spelledOutOtherwise = new Set<string>();
    // Two-word proper names of something else that an ambiguous name starts, as the page's prose
    // uses them ("Magic Eraser lets you", "Meta Prompting is"): the same two words in its headings
    // and lists ("Magic Eraser", "Meta prompting") are that thing too.
    const otherProperNames = new Set<string>();
    const startsOtherProperName = (text: string, c: Candidate): boolean => {
      if (text.charCodeAt(c.end) !== 0x20) return false;
      return otherProperNames.has(text.slice(c.start, latinWordEnd(text, c.end + 1)).toLowerCase());
    };
    // Candidates are taken in page order; batches resume where the last one stopped.
    let atBlock = 0;
    let atCandidate = 0;
    /** Whether another name starts one unit after this one ends (Amazon-Anthropic, "Apple Google"). */
    const nameFollows = (candidates: Candidate[], ci: number): boolean => nextCandidate(candidates, ci)?.start === candidates[ci]!.end + 1;
    /**
     * Two one-word company names that are also ordinary words, one space apart ("as noted by Tesla
     * Oracle", a fan site): one proper name of something else, neither company.
     */
    const besideAnotherAmbiguousOrg = (candidates: Candidate[], ci: number, text: string): boolean => {
      const c = candidates[ci]!;
      if (CLASS[text.charCodeAt(c.start)] !== C_LATIN) return false;
      const isOther = (d: Candidate | undefined): boolean =>
        d !== undefined &&
        (aliasFlags[d.alias]! & ALIAS_AMBIGUOUS) !== 0 &&
        entities[aliases[d.alias]![1]]!.type === 'org' &&
        aliases[d.alias]![1] !== aliases[c.alias]![1] &&
        CLASS[text.charCodeAt(d.start)] === C_LATIN &&
        oneWord(text, d);
      if (!oneWord(text, c)) return false;
      let prev = ci - 1;
      while (prev >= 0 && candidates[prev]!.start === c.start) prev--;
      const after = nextCandidate(candidates, ci);
      const before = prev >= 0 ? candidates[prev] : undefined;
      return (
        (after !== undefined && after.start === c.end + 1 && text.charCodeAt(c.end) === 0x20 && isOther(after)) ||
        (before !== undefined && before.end === c.start - 1 && text.charCodeAt(c.start - 1) === 0x20 && isOther(before))
      );
    };

    const groupCandidates = (from: number, to: number): void => {
      let bi = atBlock;
      let ci = atCandidate;
      for (let n = from; n < to; n++, ci++) {
        while (ci >= blocks[bi]!.candidates.length) {
          bi++;
          ci = 0;
        }
        const text = blocks[bi]!.text;
        const c = blocks[bi]!.candidates[ci]!;
        // A name that starts another name (Musk Foundation, Samsung Lions, Kimi K2, MIT License), or a
        // person's name after another trade (배우 하정우, the actor), is neither a mention nor evidence
        // for the entity's ambiguous names elsewhere on the page.
        const entity = aliases[c.alias]![1];
        const ent = entities[entity]!;
        const ambiguous = (aliasFlags[c.alias]! & ALIAS_AMBIGUOUS) !== 0;
        if (
          ent.type === 'org' &&
          (glossedAsSomethingElse(text, c, entity) ||
            (ambiguous &&
              (namesAThingCalledSo(text, c.end) ||
                afterAGivenName(text, c.start) ||
                beforeASurname(text, c.end) ||
                startsAGivenNamesFullName(text, c.start, c.end) ||
                (ent.otherSense !== undefined && otherSenseNear(text, c.start, c.end, ent.otherSense)) ||
                namesAStorm(text, c.start) ||
                (c.end - c.start === 1 && namesTheBand(text, c.end)) ||
                (ent.kind === 'university' && namesAUniversityTown(text, c.start, c.end)))))
        ) {
          meantOtherwise.add(aliases[c.alias]![0]);
          if (!ambiguous && CLASS[text.charCodeAt(c.start)] === C_LATIN) spelledOutOtherwise.add(aliases[c.alias]![0]);
          continue;
        }
        if (ambiguous && ent.type === 'org' && CLASS[text.charCodeAt(c.end - 1)] === C_LATIN) {
          const properEnd = otherProperNameEnd(text, c.end);
          if (properEnd > 0 && !nameFollows(blocks[bi]!.candidates, ci)) {
            otherProperNames.add(text.slice(c.start, properEnd).toLowerCase());
            continue;
          }
        }
        if (
          ent.type === 'person'
            ? namesSomethingAfterPerson(text, c.end) || afterAnotherTrade(text, c.start) || beforeAnotherTrade(text, c.end)
            : namesItsSportsTeam(text, c.end) ||
              labelsAShareButton(text, c.start, c.end) ||
              namesAGroupAffiliate(text, c.start, c.end) ||
              namesAProduct(text, c.end) ||
              namesAModel(text, c.end) ||
              (ambiguous && (namesAProductCode(text, c.end) || (startsACompoundWord(text, c.end) && !nameFollows(blocks[bi]!.candidates, ci)) || usedAsAVerb(text, c.end))) ||
              (ambiguous && c.end - c.start === 1 && endsAnotherName(text, c.start)) ||
              (ambiguous && besideAnotherAmbiguousOrg(blocks[bi]!.candidates, ci, text)) ||
              (ent.kind === 'university' && (namesALicence(text, c.end) || namesAnInstitutionOfIt(text, c.end) || namesAnotherPlacesUniversity(text, c.start)))
        )
          continue;
        const prev = f > 0 ? flat[f - 1]! : undefined;
        if (prev && gBlock[groupCount - 1] === bi && prev.start === c.start && prev.end === c.end) gCount[groupCount - 1]!++;
        else {
          gBlock[groupCount] = bi;
          gFirst[groupCount] = f;
          gCount[groupCount++] = 1;
        }
        flat[f++] = c;
      }
      atBlock = bi;
      atCandidate = ci;
    };
    yield* inBatches(total, groupCandidates);
    const chosen = new Int32Array(groupCount).fill(-1); // index into flat
    const entityOf = (k: number) => aliases[flat[k]!.alias]![1];
    const flagsOf = (k: number) => aliasFlags[flat[k]!.alias]!;
    const textOf = (g: number) => blocks[gBlock[g]!]!.text;
    /** Alternatives of group g that pass `keep`. */
    const alternatives = (g: number, keep: (k: number) => boolean) => {
      const out: number[] = [];
      for (let k = gFirst[g]!, end = k + gCount[g]!; k < end; k++) if (keep(k)) out.push(k);
      return out;
    };

    /**
     * The mentions of the groups chosen, and (step 4) a Korean family name and title ("이 CAIO는")
     * for a person named in full on the page with that title after the name; a family name two of
     * them share stays unread.
     */
    function* finish(): Generator<void, Mention[][], void> {
      // Each pass works through RESOLVE_STEP groups or blocks at a time in a plain function and
      // pauses between: a yield inside the loops themselves kept V8 from optimising them.
      const families = new Map<string, { person: number; titles: Set<string>; read: number }>();
      const readFamilies = (from: number, to: number): void => {
        for (let g = from; g < to; g++) {
          const k = chosen[g]!;
          if (k < 0 || (flagsOf(k) & ALIAS_SHORT) !== 0 || entities[entityOf(k)]!.type !== 'person') continue;
          const c = flat[k]!;
          if (CLASS[textOf(g).charCodeAt(c.start)] !== C_HANGUL) continue;
          const family = familyNameOf(textOf(g).slice(c.start, c.end));
          if (!family) continue;
          const had = families.get(family);
          if (had && had.person !== entityOf(k)) had.person = -1;
          const entry = had ?? { person: entityOf(k), titles: new Set<string>(), read: 0 };
          // The titles after a person's first few full mentions are all a page uses.
          if (entry.read++ < FAMILY_TITLE_MENTIONS) for (const t of titlesAfter(textOf(g), c.end)) entry.titles.add(t);
          families.set(family, entry);
        }
      };
      yield* inBatches(groupCount, readFamilies);
      for (const [family, entry] of families) if (entry.person < 0 || entry.titles.size === 0) families.delete(family);
      const mentions: Mention[][] = blocks.map(() => []);
      const unsorted = new Set<number>();
      const addMentions = (from: number, to: number): void => {
        for (let g = from; g < to; g++) {
          const k = chosen[g]!;
          if (k < 0) continue;
          const c = flat[k]!;
          const text = blocks[gBlock[g]!]!.text;
          const entity = aliases[c.alias]![1];
          const sibling = entities[entity]!.type === 'person' ? siblingBefore(text, c.start, c.end, entity) : null;
          if (sibling) {
            mentions[gBlock[g]!]!.push(mentionAt(text, sibling.start, sibling.end, sibling.person));
            unsorted.add(gBlock[g]!);
          }
          mentions[gBlock[g]!]!.push(mentionAt(text, c.start, c.end, entity));
        }
      };
      yield* inBatches(groupCount, addMentions);
      for (const bi of unsorted) mentions[bi]!.sort((a, b) => a.start - b.start);
      if (families.size > 0) {
        yield* inBatches(blocks.length, (from, to) => {
          for (let bi = from; bi < to; bi++) addFamilyNameMentions(blocks[bi]!.text, mentions[bi]!, families);
        });
      }
      return mentions;
    }

    /** Whether the page's blocks with names use AI vocabulary anywhere; read once, when a rule asks. */
    let speaksOfAi: boolean | undefined;
    const pageSpeaksOfAi = (): boolean => (speaksOfAi ??= blocks.some((b) => mentionsAi(b.text)));

    /**
     * 1b. One person named in full on a page that never speaks of AI, names no AI lab and none of
     * their orgs, is a namesake where many share the name: the poet Llion Jones, the actor Wang
     * Xing, the emperor Liu Zhiyuan (not Elon Musk on a page about politics). Their full mentions
     * go, and with them their surnames (read only after an accepted full name) and the evidence
     * they would have been.
     */
    const forgetLoneNamesake = (): void => {
      let person = -1;
      const orgsSeen: number[] = [];
      for (let e = 0; e < entities.length; e++) {
        if (!seen[e]) continue;
        const ent = entities[e]!;
        if (ent.type === 'person') {
          if (person >= 0) return;
          person = e;
        } else if (ent.kind !== undefined && AI_ORG_KINDS.has(ent.kind)) return;
        else orgsSeen.push(e);
      }
      if (person < 0 || !entities[person]!.namesakes) return;
      // Only where the page writes the name in Latin letters or as a Chinese or Japanese name of
      // up to four ideographs (the emperor 刘知远 on a history page), not a transliteration (约翰·舒尔曼):
      // Korean pages name other trades' people with their trade (배우 하정우).
      for (let g = 0; g < groupCount; g++) {
        if (chosen[g]! < 0 || entityOf(chosen[g]!) !== person) continue;
        const c = flat[chosen[g]!]!;
        const script = CLASS[textOf(g).charCodeAt(c.start)];
        if (script !== C_LATIN && !(script === C_HAN && c.end - c.start <= 4)) return;
      }
      const direct = entities[person]!.orgs ?? [];
      const theirs = new Set(direct.flatMap(ancestorsOf));
      const oneOfTheirs = (o: number) => theirs.has(o) || ancestorsOf(o).some((a) => direct.includes(a));
      if (orgsSeen.some(oneOfTheirs)) return;
      // Also one written by an ambiguous name, not yet decided ("Meta CEO Mark Zuckerberg").
      for (let k = 0; k < f; k++) if (entities[entityOf(k)]!.type === 'org' && oneOfTheirs(entityOf(k))) return;
      if (pageSpeaksOfAi()) return;
      for (let g = 0; g < groupCount; g++) if (chosen[g]! >= 0 && entityOf(chosen[g]!) === person) chosen[g] = -1;
      seen[person] = 0;
    };

    // 1. Plain aliases: accepted as found. They are the page's evidence. An ideograph name run
    //    into another ideograph (杉山将太, 孙培东, 清华园) may be part of another name or word, so
    //    it waits for evidence like an ambiguous one; not an org's name of four or more (微软亚洲研究院城市计算,
    //    北京字节跳动): Chinese runs a long name into the noun after it, and such a name is no part of another.
    const seen = new Uint8Array(entities.length); // entities with an accepted full mention
    const embedded = new Uint8Array(groupCount); // ideographSides of a plain name that waits for evidence
    const pending: number[] = [];
    yield* inBatches(groupCount, (from, to) => {
      for (let g = from; g < to; g++) {
        for (let k = gFirst[g]!, end = k + gCount[g]!; k < end; k++) {
          // A plain acronym too is another thing where the page spelled it out as other words
          // ("Data Analytics & Intelligence Research (DAIR)").
          if ((flagsOf(k) & RESTRICTIVE) === 0 && !(spelledOutOtherwise.size > 0 && spelledOutOtherwise.has(aliases[flat[k]!.alias]![0]))) {
            const c = flat[k]!;
            // Ideograph names only (one table read spares the call for every other name).
            embedded[g] =
              CLASS[textOf(g).charCodeAt(c.start)] === C_HAN && !(c.end - c.start >= LONG_IDEOGRAPH_NAME && entities[entityOf(k)]!.type === 'org')
                ? ideographSides(textOf(g), c.start, c.end)
                : CLEAN_SIDES;
            if (embedded[g] !== CLEAN_SIDES) break;
            chosen[g] = k;
            seen[entityOf(k)] = 1;
            break;
          }
          const givenStart = (flagsOf(k) & ALIAS_SHORT) !== 0 ? withMiddleInitial(textOf(g), flat[k]!, entityOf(k)) : -1;
          // Not over another name found in the given name's place.
          if (givenStart >= 0 && (g === 0 || gBlock[g - 1] !== gBlock[g] || flat[gFirst[g - 1]!]!.end <= givenStart)) {
            flat[k] = { start: givenStart, end: flat[k]!.end, alias: flat[k]!.alias };
            chosen[g] = k;
            seen[entityOf(k)] = 1;
            break;
          }
        }
        if (chosen[g]! < 0) pending.push(g);
      }
    });
    forgetLoneNamesake();
    if (pending.length === 0) return yield* finish();
    let aiOrgs = 0;
    let people = 0;
    let otherOrgs = 0;
    const linkedOrgs = new Set<number>();
    for (let e = 0; e < entities.length; e++) {
      if (!seen[e]) continue;
      const ent = entities[e]!;
      if (ent.type === 'person') {
        people++;
        for (const o of ent.orgs ?? []) for (const a of ancestorsOf(o)) linkedOrgs.add(a);
      } else if (ent.kind !== undefined && AI_ORG_KINDS.has(ent.kind)) aiOrgs++;
      // Universities do not count: two of them are named on any education or culture page.
      else if (ent.kind !== 'university') otherOrgs++;
    }
    // One person alone is not enough: a namesake (a presenter called Jonathan Ross, a novelist
    // called 韩松) would make every ordinary word on the page a company. Nor are companies alone
    // where the page never speaks of AI: share links and "posted on Facebook and Twitter" name two
    // on any page (a recipe's Apple Crumble, Hurricane Harvey, a film star's 크루즈 were read as
    // companies there).
    const aiPage =
      aiOrgs > 0 || people >= 2 || (people === 1 && otherOrgs >= 1) || (otherOrgs >= 2 && pageSpeaksOfAi());

    // On a page that names nothing unambiguously (no full name of anyone, no plain org name), AI
    // vocabulary beside an org's name that is also an ordinary word is not enough: an essay on magic
    // squares (幻方) or oracle bones (甲骨文) read by neural networks says 人工智能 beside the word.
    // Business words must be near it too (hires, launch, CEO, 출시, 发布, 発表…).
    const namesSomethingPlainly = aiOrgs + people + otherOrgs > 0;
    const locallyEvident = (g: number, org = true) => {
      const c = flat[gFirst[g]!]!;
      const text = textOf(g);
      if (companySuffixNear(text, c.start, c.end)) return true;
      return aiVocabularyNear(text, c.start, c.end) && (namesSomethingPlainly || !org || companyWordsNear(text, c.start, c.end));
    };
    /**
     * Whether page-wide or nearby AI context is enough for this ambiguous alias. Not for a one- or
     * two-letter word ("the X axis"): that needs its own entity on the page.
     */
    const contextSuffices = (g: number, k: number) =>
      !tooShortForContext(caseKey(flat[k]!.alias)) && (aiPage || locallyEvident(g, entities[entityOf(k)]!.type === 'org'));

    /**
     * Whether `person` belongs to `org`: one of their orgs, a parent of one, or a unit of one
     * (通义实验室 for someone at Alibaba). Not a unit of a parent: a DeepMind researcher is not
     * linked to Google Cloud. Never true for two orgs or two people.
     */
    const worksAt = (person: number, org: number): boolean => {
      if (entities[person]!.type !== 'person' || entities[org]!.type === 'person') return false;
      if (orgsOfPerson(person).has(org)) return true;
      const direct = entities[person]!.orgs ?? [];
      return ancestorsOf(org).some((a) => direct.includes(a));
    };
    /** The orgs a person belongs to, with their parents. */
    const personOrgs = new Map<number, Set<number>>();
    const orgsOfPerson = (person: number): Set<number> => {
      let orgs = personOrgs.get(person);
      if (!orgs) personOrgs.set(person, (orgs = new Set((entities[person]!.orgs ?? []).flatMap(ancestorsOf))));
      return orgs;
    };
    /**
     * Whether an accepted mention linked to this entity stands within a few words in the same
     * block: one of a person's orgs ("OpenAI CEO Altman"), or a person of an org ("Inflection's
     * Mustafa Suleyman").
     */
    const nextToLinked = (g: number, e: number, pendingToo = false): boolean => {
      const isPerson = entities[e]!.type === 'person';
      const me = flat[gFirst[g]!]!;
      for (const dir of [-1, 1]) {
        for (let h = g + dir, steps = 0; h >= 0 && h < groupCount && gBlock[h] === gBlock[g] && steps < 3; h += dir, steps++) {
          const k = chosen[h]!;
          if (k < 0 && !pendingToo) continue;
          const c = flat[k >= 0 ? k : gFirst[h]!]!;
          const gap = dir < 0 ? me.start - c.end : c.start - me.end;
          if (gap > (isPerson ? NEAR_LINK : NEAR_OWN_PERSON)) break;
          if (SENTENCE_END.test(textOf(g).slice(dir < 0 ? c.end : me.end, dir < 0 ? me.start : c.start))) break;
          if (k >= 0) {
            if (isPerson ? worksAt(e, entityOf(k)) : worksAt(entityOf(k), e)) return true;
            continue;
          }
          // Two names that are each other's evidence ("库克代表苹果", "Apple's Cook"): an org
          // beside a written name of one of its people counts before either is decided.
          for (let a = gFirst[h]!, end = a + gCount[h]!; a < end; a++) if (worksAt(entityOf(a), e) && properCase(textOf(h), flat[a]!)) return true;
        }
      }
      return false;
    };

    /**
     * How many of a person's orgs are named on the page. For a person with an ambiguous name, AI
     * context alone is not enough: a namesake on an AI page (a media founder called 张鹏, an analyst
     * called Mark Chen) is still someone else; the researcher's own lab or company tells them apart.
     */
    const orgsOnPage = (person: number): number => {
      let count = 0;
      for (const o of orgsOfPerson(person)) if (seen[o]) count++;
      return count;
    };

    /** Of people sharing an alias, the one with the most of their orgs named on the page (ties: the first). */
    const mostOrgsOnPage = (alternatives: number[]): number | undefined => {
      let best: number | undefined;
      let bestCount = 0;
      for (const k of alternatives) {
        if (entities[entityOf(k)]!.type !== 'person') continue;
        const count = orgsOnPage(entityOf(k));
        if (count > bestCount) {
          best = k;
          bestCount = count;
        }
      }
      return best;
    };

    // 2. Ambiguous full aliases: need evidence. Orgs first, so that a person's org accepted here
    //    (KT, 字节) counts as that person's evidence in the second pass.
    const decideAmbiguous = (g: number, cased: number[]): void => {
      // Which of the entities sharing this alias: one already named on the page, an org a person on
      // the page belongs to, or the person with the most of their orgs on the page (two researchers
      // called 이강욱: the one at 삼성리서치 on a Samsung page; two called 야오순위: the one whose
      // OpenAI and Tencent are named, not the one whose Google is); else the first.
      const pick =
        cased.find((k) => seen[entityOf(k)]) ??
        cased.find((k) => linkedOrgs.has(entityOf(k))) ??
        cased.find((k) => namedBesideOwnOrg.has(entityOf(k))) ??
        mostOrgsOnPage(cased) ??
        cased[0]!;
      const e = entityOf(pick);
      // A one- or two-letter word ("X") needs its own entity named on the page ("X, formerly
      // Twitter"): a page about Musk still has a "Model X" in it. Two capitals inside Korean
      // text on an AI page (KT는, LG 측은) are the company: Korean news has no other spelling.
      const written = caseKey(flat[pick]!.alias);
      // Two ideographs inside a phrase: only where the page names that entity elsewhere, or one of its people right beside it.
      if (ideographSides(textOf(g), flat[pick]!.start, flat[pick]!.end) === ENCLOSED) {
        if (seen[e] || nextToLinked(g, e, entities[e]!.type === 'org')) chosen[g] = pick;
        return;
      }
      const evident = tooShortForContext(written)
        ? seen[e] === 1 ||
          (written.length === 2 &&
            writtenInKorean(textOf(g), flat[pick]!.start, flat[pick]!.end) &&
            // Or one of its people named right beside it: a page on KT's next CEO (KT가 … 박윤영)
            // need not say 인공지능 at all.
            (aiPage || locallyEvident(g) || nextToLinked(g, e, true)))
        : // A person's org anywhere on the page counts only on an AI page: on a baseball page the
          // owner 孫正義 does not make every ソフトバンク (the team) the company. Next to him it still does.
          seen[e] || (aiPage && linkedOrgs.has(e)) ||
          // A name many people share needs one of the person's own orgs on the page, not just AI
          // context; a specific name that only ran into other ideographs (得马斯克点赞) does not.
          (entities[e]!.type === 'person' && (flagsOf(pick) & ALIAS_AMBIGUOUS) !== 0 ? orgsOnPage(e) > 0 : contextSuffices(g, pick)) ||
          nextToLinked(g, e, entities[e]!.type === 'org');
      if (evident) chosen[g] = pick;
    };
    const personGroups: [number, number[]][] = [];
    const namedBesideOwnOrg = new Set<number>();
    const ambiguousAccepted: number[] = [];
    const orgsLeft: [number, number[]][] = [];
    yield* inBatches(pending.length, (from, to) => {
      for (let i = from; i < to; i++) {
        const g = pending[i]!;
        const cased = alternatives(g, (k) => {
          const restricted = flagsOf(k) & RESTRICTIVE;
          return (
            (restricted === ALIAS_AMBIGUOUS || (restricted === 0 && embedded[g] !== CLEAN_SIDES)) &&
            !meantOtherwise.has(aliases[flat[k]!.alias]![0]) &&
            !(otherProperNames.size > 0 && startsOtherProperName(textOf(g), flat[k]!)) &&
            properCase(textOf(g), flat[k]!)
          );
        });
        if (cased.length === 0) continue;
        if (cased.every((k) => entities[entityOf(k)]!.type === 'person')) {
          personGroups.push([g, cased]);
          continue;
        }
        decideAmbiguous(g, cased);
        if (chosen[g]! >= 0) ambiguousAccepted.push(g);
        else orgsLeft.push([g, cased]);
      }
    });
    for (const g of ambiguousAccepted) seen[entityOf(chosen[g]!)] = 1;
    // One sense per page: an org accepted on AI vocabulary or a company suffix right beside it
    // (月之暗面 next to 大模型) is the one meant by its other mentions on the page, which lacked
    // evidence nearby. Not one accepted only beside a person (the owner's ソフトバンク on a page
    // about the team), nor a name run into other ideographs, which may be another word altogether.
    // Asked only of the orgs some mention left undecided, once each (most pages leave none), and of
    // their first accepted mentions: on a page naming one org thousands of times, the first few say
    // as much about its sense as all of them.
    const acceptedGroups = new Map<number, number[]>();
    if (orgsLeft.length > 0) {
      for (const g of ambiguousAccepted) {
        const e = entityOf(chosen[g]!);
        if (entities[e]!.type !== 'org') continue;
        const list = acceptedGroups.get(e);
        if (!list) acceptedGroups.set(e, [g]);
        else if (list.length < ONE_SENSE_MENTIONS) list.push(g);
      }
    }
    const evidentOrgs = new Map<number, boolean>();
    const evidentOrg = (e: number): boolean => {
      let evident = evidentOrgs.get(e);
      if (evident === undefined) evidentOrgs.set(e, (evident = (acceptedGroups.get(e) ?? []).some((g) => locallyEvident(g))));
      return evident;
    };
    yield* inBatches(acceptedGroups.size > 0 ? orgsLeft.length : 0, (from, to) => {
      for (let i = from; i < to; i++) {
        const [g, cased] = orgsLeft[i]!;
        const k = cased.find((c) => acceptedGroups.has(entityOf(c)) && evidentOrg(entityOf(c)));
        if (k !== undefined && ideographSides(textOf(g), flat[k]!.start, flat[k]!.end) !== ENCLOSED && !tooShortForContext(caseKey(flat[k]!.alias))) chosen[g] = k;
      }
    });
    // Namesakes: one that any mention on the page stands right beside their own org ("오픈AI
    // 연구원 야오순위가 텐센트로") is the one meant, there and in the page's bare mentions, before
    // counting orgs page-wide (the page also named the other one's DeepMind).
    for (const [g, cased] of personGroups) {
      if (cased.length < 2) continue;
      for (const k of cased) if (nextToLinked(g, entityOf(k))) namedBesideOwnOrg.add(entityOf(k));
    }
    yield* inBatches(personGroups.length, (from, to) => {
      for (let i = from; i < to; i++) decideAmbiguous(...personGroups[i]!);
    });
    for (const [g] of personGroups) if (chosen[g]! >= 0) seen[entityOf(chosen[g]!)] = 1;

    /** Whether a person named in full on the page has this word in their name (Daniel De Freitas for "Freitas"). */
    let namedWords: Set<string> | null = null;
    const surnameOfSomeoneNamed = (word: string): boolean => {
      if (!namedWords) {
        namedWords = new Set();
        for (let g = 0; g < groupCount; g++) {
          const k = chosen[g]!;
          if (k < 0 || entities[entityOf(k)]!.type !== 'person' || (flagsOf(k) & ALIAS_SHORT) !== 0) continue;
          const c = flat[k]!;
          for (const w of textOf(g).slice(c.start, c.end).split(/[\s·・]+/)) namedWords.add(w);
        }
      }
      return namedWords.has(word);
    };

    /** A surname that is an everyday word (페이지) or shared by millions (자오): read only after the full name. */
    const afterFullNameOnly = (k: number): boolean => (flagsOf(k) & ALIAS_AFTER_FULL_NAME) !== 0;
    /**
     * A distinctive surname (Zuckerberg, 저커버그) alone, on an AI page that names one of its
     * person's orgs: not one that runs into another name (Blackwell Ultra), nor a word of someone
     * else's full name on the page.
     */
    const surnameStandsAlone = (g: number, k: number): boolean => {
      const c = flat[k]!;
      const text = textOf(g);
      return (
        aiPage &&
        (flagsOf(k) & ALIAS_AMBIGUOUS) === 0 &&
        !afterFullNameOnly(k) &&
        distinctiveSurname(text, c) &&
        !startsAProductOrName(text, c.start, c.end) &&
        !surnameOfSomeoneNamed(text.slice(c.start, c.end)) &&
        orgsOnPage(entityOf(k)) > 0
      );
    };

    // 3. Short names: page-level coreference to a full mention (nearest one before, else any),
    //    or an own org right next to them.
    const shortGroups: [number, number[]][] = [];
    const wanted = new Set<number>();
    // Surnames the page writes after another given name: someone else's (Johny Srouji, not Mario).
    const surnamesOfOthers = new Set<string>();
    /** A surname next to another given name is someone else's full name (Cathy Wu, Wu Zeming), as
     * is one after a given name and a middle initial that step 1 did not read as theirs (Mark S.
     * Zuckerberg, the Indiana lawyer). */
    const someoneElsesName = (g: number, k: number): boolean => {
      const c = flat[k]!;
      const text = textOf(g);
      if (
        !(
          besideAnotherGivenName(text, c.start, c.end) ||
          middleInitialBefore(text, c.start) !== null ||
          (CLASS[text.charCodeAt(c.start)] === C_HANGUL && afterAnotherHangulGivenName(text, c.start, entityOf(k)))
        )
      )
        return false;
      surnamesOfOthers.add(text.slice(c.start, c.end));
      return true;
    };
    yield* inBatches(pending.length, (from, to) => {
      for (let i = from; i < to; i++) {
        const g = pending[i]!;
        if (chosen[g]! >= 0) continue;
        const shorts = alternatives(
          g,
          (k) =>
            (flagsOf(k) & ALIAS_SHORT) !== 0 &&
            properCase(textOf(g), flat[k]!) &&
            ideographSides(textOf(g), flat[k]!.start, flat[k]!.end) !== ENCLOSED &&
            !(entities[entityOf(k)]!.type === 'person' && someoneElsesName(g, k)),
        );
        if (shorts.length === 0) continue;
        shortGroups.push([g, shorts]);
        for (const k of shorts) if (seen[entityOf(k)]) wanted.add(entityOf(k));
      }
    });
    // Groups of the full mentions of just the entities that short names may refer to.
    const fullPositions = new Map<number, number[]>();
    if (wanted.size) {
      for (let g = 0; g < groupCount; g++) {
        const k = chosen[g]!;
        if (k < 0 || !wanted.has(entityOf(k))) continue;
        const list = fullPositions.get(entityOf(k));
        if (list) list.push(g);
        else fullPositions.set(entityOf(k), [g]);
      }
    }
    yield* inBatches(shortGroups.length, (from, to) => {
      for (let i = from; i < to; i++) {
        const [g, shorts] = shortGroups[i]!;
        let best = -1;
        let bestDistance = Infinity;
        for (const k of shorts) {
          const positions = fullPositions.get(entityOf(k));
          if (!positions) continue;
          const p = lastBelow(positions, g);
          const distance = p >= 0 ? g - positions[p]! : groupCount + (positions[0]! - g);
          if (distance < bestDistance) {
            best = k;
            bestDistance = distance;
          }
        }
        if (best >= 0) {
          chosen[g] = best;
          continue;
        }
        // Without their own full name, not people's surname the page gave to someone else in full
        // (Johny Srouji, not Mario).
        if (surnamesOfOthers.size > 0 && shorts.every((k) => entities[entityOf(k)]!.type === 'person')) {
          const c = flat[shorts[0]!]!;
          if (surnamesOfOthers.has(textOf(g).slice(c.start, c.end))) continue;
        }
        // A Japanese surname in kanji run into another ideograph (伊藤忠商事, 松尾芭蕉) may be part of
        // a longer name or word: without the person's full name on the page, it is not read. (A
        // Chinese short name runs into the verb after it: 靖人会继续.)
        const first = flat[shorts[0]!]!;
        if (
          CLASS[textOf(g).charCodeAt(first.start)] === C_HAN &&
          ideographSides(textOf(g), first.start, first.end) !== CLEAN_SIDES &&
          japaneseAround(textOf(g), first.start, first.end) &&
          shorts.every((k) => entities[entityOf(k)]!.type === 'person')
        )
          continue;
        // A short name right next to a linked entity needs no full name ("OpenAI CEO奥特曼",
        // "오픈AI의 올트먼", "OpenAI's Altman", "Inflection's Mustafa Suleyman"); a person's that is
        // also an everyday word does ("구글 검색 결과 페이지" is no Larry Page).
        const linked = shorts.filter((k) => !afterFullNameOnly(k) && nextToLinked(g, entityOf(k)));
        if (linked.length > 0) {
          // Two people of that org share the surname (Dario and Daniela Amodei at Anthropic):
          // without either full name, the page does not say which.
          if (linked.length === 1 || linked.every((k) => entityOf(k) === entityOf(linked[0]!))) chosen[g] = linked[0]!;
          continue;
        }
        const org = shorts.find((k) => entities[entityOf(k)]!.type === 'org');
        if (org === undefined) {
          // All people: a surname alone names one of them only if no other shares it.
          if (shorts.length === 1 && surnameStandsAlone(g, shorts[0]!)) chosen[g] = shorts[0]!;
          continue;
        }
        // Org short forms (xAI, SSI) may also stand alone on an AI page or next to AI words; one
        // that is an ordinary word too (Scale, Inflection) only with a company suffix.
        const c = flat[org]!;
        const word = (flagsOf(org) & ALIAS_AMBIGUOUS) !== 0;
        if (word ? companySuffixNear(textOf(g), c.start, c.end) : contextSuffices(g, org)) chosen[g] = org;
      }
    });

    return yield* finish();
  }

  /** Adds the "이 CAIO" mentions of one block where no mention stands already, in text order. */
  function addFamilyNameMentions(text: string, into: Mention[], families: Map<string, { person: number; titles: Set<string> }>): void {
    // Mentions do not overlap and are in text order: only the last one starting before f.end can overlap f.
    const overlaps = (f: { start: number; end: number }) => {
      const last = firstNotBelow(into.length, (i) => into[i]!.start, f.end) - 1;
      return last >= 0 && into[last]!.end > f.start;
    };
    const found = familyNameMentions(text, families).filter((f) => !overlaps(f));
    if (found.length === 0) return;
    for (const f of found) into.push(mentionAt(text, f.start, f.end, f.person));
    into.sort((a, b) => a.start - b.start);
  }

  /**
   * Each person's Latin full names of two words, lower case ("dario amodei"), for siblingBefore;
   * a name two people share maps to -1. Built on first use.
   */
  let latinFullNames: Map<string, number> | null = null;

  /**
   * Another person who shares the surname, named by given name alone before "and" ("Dario and
   * Daniela Amodei", "Dario & Daniela Amodei"): that given name is their mention. Only a pair the
   * dataset knows in full (Dario Amodei), so "Sam and Jack" never guesses.
   */
  function siblingBefore(text: string, start: number, end: number, entity: number): { start: number; end: number; person: number } | null {
    // Unit tests before the slice: this is asked of every person's mention on the page.
    if (start < 8 || CLASS[text.charCodeAt(start)] !== C_LATIN || !(text.startsWith('and ', start - 4) || text.startsWith('& ', start - 2))) return null;
    const m = /([A-Z][a-z]+) (?:and|&) $/.exec(text.slice(Math.max(0, start - 24), start));
    if (!m) return null;
    const written = text.slice(start, end);
    const space = written.lastIndexOf(' ');
    if (space < 0) return null;
    if (!latinFullNames) {
      latinFullNames = new Map();
      aliases.forEach(([alias, e], ai) => {
        if (aliasFlags[ai]! & ALIAS_SHORT || entities[e]!.type !== 'person' || !/^[A-Z][a-z]+ [A-Z][A-Za-z'-]+$/.test(alias)) return;
        const key = alias.toLowerCase();
        const had = latinFullNames!.get(key);
        latinFullNames!.set(key, had === undefined || had === e ? e : -1);
      });
    }
    const person = latinFullNames.get(`${m[1]!} ${written.slice(space + 1)}`.toLowerCase());
    if (person === undefined || person < 0 || person === entity) return null;
    const givenStart = start - m[0].length;
    return { start: givenStart, end: givenStart + m[1]!.length, person };
  }

  /** The mention of `entity` written as text[start..end). */
  function mentionAt(text: string, start: number, end: number, entity: number): Mention {
    const ent = entities[entity]!;
    return { start, end, text: text.slice(start, end), type: ent.type, id: ent.id, name: ent.name };
  }

  return {
    findCandidates,
    resolve,
    resolveInSteps,
    scan: (text) => resolve([{ text, candidates: findCandidates(text) }])[0]!,
  };
}
