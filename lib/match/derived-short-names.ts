import { aliasText, type Alias, type Lang, type Person } from '../dataset/schema';
import { isKoreanTail } from './korean-tail';
import { CHINESE_SURNAMES, isChineseName } from './chinese-names';

/**
 * Surname forms derived from a person's full aliases, for the languages where the dataset lists
 * no short names by hand: news writes "Bansal said" and "슐먼은" after the first full mention,
 * and a dataset of hundreds of people cannot spell each one out. They are short names (ALIAS_SHORT),
 * so they are found only on a page that also carries the full name, or right next to a linked
 * org (lib/match/README.md). Only forms that are safe as a lone word are derived:
 * - en: the last word of a two-or-more-word alias, capitalised, 2+ letters (Sutskever, Bansal, Wu),
 *   unless it is an everyday English word (He, You, Song); for a name in Chinese order (Lin Junyang),
 *   the first word as well;
 * - ko: the last word of a spaced transliteration, 2+ syllables (슐먼, 올트먼), unless it is a
 *   particle (에서); one that is an everyday word (페이지) needs the full name on the page
 *   (everyday-korean-words.ts); Korean names are written unspaced with a one-syllable surname, never safe alone;
 * - ja: the last part of a katakana name joined by ・, 3+ kana (アルトマン);
 * - zh: none (one-character surnames).
 */
// A hyphen must start a capitalised part (Matamala-Ortiz): Kyung-hoon is a Korean given name.
const EN_LAST_WORD = /^[A-Z][a-zà-öø-ÿ]+(?:[-'’][A-Z][a-zà-öø-ÿ]+)*$/;
const KO_LAST_WORD = /^[가-힣]{2,}$/;
const JA_LAST_PART = /^[ァ-ヺー]{3,}$/;
/** isKoreanTail's "no syllable before": any particle form fits. */
const NO_PREVIOUS_SYLLABLE = 0x20;
/** Name suffixes that are not surnames. */
const NOT_SURNAMES = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);
/**
 * Surnames that are also everyday English words. Derived alone they would be found in every
 * sentence that starts with one ("He said", "You can") and in headline case ("Top Song Picks"),
 * wherever that person's full name is on the page. A person can still list one by hand.
 */
const ENGLISH_WORDS = new Set([
  'Ba', 'Bi', 'Bo', 'Di', 'Ha', 'He', 'Ho', 'Ma', 'Mu', 'Oh', 'So', 'Ye', 'Bin', 'Dye', 'Fan', 'Son', 'Sun', 'Tan',
  'You', 'Bell', 'Cook', 'Dean', 'Finn', 'Ford', 'Gray', 'Hall', 'Hang', 'Hill', 'Hunt', 'King', 'Long', 'Mann',
  'Page', 'Park', 'Rich', 'Song', 'Wood', 'Black', 'Brown', 'Friar', 'Green', 'Groom', 'Gross', 'Stone', 'Toner',
  'White', 'Young', 'Brooks', 'Hooker', 'Parish', 'Silver', 'Walker',
]);

// A common full name (Ashish Kumar, marked ambiguous) still gives its surname: the surname is only
// found once the full name itself was accepted on the page, or next to the person's own org.
const isPlain = (a: Alias) => typeof a === 'string' || !a.keepCase;

function surnameWordsEn(alias: string): string[] {
  const words = alias.trim().split(/\s+/);
  if (words.length < 2) return [];
  const first = words[0]!;
  const last = words[words.length - 1]!;
  // A two-word alias starting with a Chinese surname and ending in a pinyin given name is written in
  // Chinese order (Lin Junyang, Zhao Meng): the surname, and the given name too, which some English
  // pages use alone ("Banghua shared his vision"); either may be the surname when both are (Lu Liu).
  const chineseOrder = words.length === 2 && isChineseName(first, last);
  const parts = chineseOrder ? [first, last] : [last];
  return parts.filter((w) => w.length >= 2 && EN_LAST_WORD.test(w) && !NOT_SURNAMES.has(w) && !ENGLISH_WORDS.has(w));
}

function lastParts(lang: Lang, alias: string): string[] {
  if (lang === 'en') return surnameWordsEn(alias);
  const part = lastPart(lang, alias);
  return part ? [part] : [];
}

function lastPart(lang: Lang, alias: string): string | null {
  if (lang === 'ko') {
    const words = alias.trim().split(/\s+/);
    const last = words[words.length - 1]!;
    // A surname that is itself a particle or title (에서 from 패트릭 에서) would be found after every name.
    return words.length >= 2 && KO_LAST_WORD.test(last) && !isKoreanTail(last, NO_PREVIOUS_SYLLABLE) ? last : null;
  }
  if (lang === 'ja') {
    const parts = alias.split(/[・･]/);
    const last = parts[parts.length - 1]!;
    return parts.length >= 2 && JA_LAST_PART.test(last) ? last : null;
  }
  return null;
}

export function derivedShortNames(person: Person, lang: Lang): string[] {
  if (person.shortNames[lang].length > 0) return [];
  const out = new Set<string>();
  for (const a of person.aliases[lang]) {
    // A case-sensitive alias (an acronym) says nothing safe about its parts.
    if (!isPlain(a)) continue;
    for (const part of lastParts(lang, aliasText(a))) if (part !== aliasText(a)) out.add(part);
  }
  return [...out];
}

/**
 * A Chinese name written in Western order (Huiwen Chang, Pei Sun) also appears surname first in
 * English text, as Chinese and some English sources write it (Chang Huiwen, SUN Pei), and one the
 * dataset lists surname first (Dai Zonghong) appears given name first (Zonghong Dai): the other
 * form, for a two-word alias of a pinyin given name and a Chinese surname. A full name, not a short one.
 */
export function chineseOrderNames(person: Person): [text: string, from: Alias][] {
  const out = new Map<string, Alias>();
  for (const a of person.aliases.en) {
    if (!isPlain(a)) continue;
    const words = aliasText(a).trim().split(/\s+/);
    if (words.length !== 2) continue;
    const [first, second] = words as [string, string];
    if (isChineseName(second, first) && !CHINESE_SURNAMES.has(first)) out.set(`${second} ${first}`, a);
    else if (isChineseName(first, second) && !CHINESE_SURNAMES.has(second)) out.set(`${second} ${first}`, a);
  }
  return [...out];
}

/**
 * Spellings news uses beside the dataset's own, derived at build time so that the dataset need not
 * list each one for every person:
 * - Korean: the other spelling of an English surname ending in -man, the standard 먼 and the common
 *   만 (샘 올트먼 and 샘 올트만, 냇 프리드먼 and 냇 프리드만), only for a spaced full name whose English
 *   surname ends in man or mann, so a Korean name (김경만) or a given name is never changed; and
 *   of a given name Korean news spells two ways (앤드루 응 and 앤드류 응);
 * - Japanese: ヴ written with the バ row (アラヴィンド → アラビンド, ヴァルン → バルン), in full and short
 *   names, as much of the Japanese press does, following the government's loanword guidance.
 */
export function withSpellingVariants(person: Person): Person {
  const surnameInMan = person.aliases.en.some((a) => /[a-z]mann?$/i.test(aliasText(a).trim()));
  const ko = variantsOf(person.aliases.ko, (text) => [...(surnameInMan ? otherManSpelling(text) : []), ...otherGivenNameSpellings(text)]);
  const ja = variantsOf(person.aliases.ja, vuAsB);
  const jaShort = variantsOf(person.shortNames.ja, vuAsB);
  if (ko.length === 0 && ja.length === 0 && jaShort.length === 0) return person;
  return {
    ...person,
    aliases: { ...person.aliases, ko: [...person.aliases.ko, ...ko], ja: [...person.aliases.ja, ...ja] },
    shortNames: { ...person.shortNames, ja: [...person.shortNames.ja, ...jaShort] },
  };
}

/** New variants of a language's aliases, made by `vary`, skipping ones already listed. */
function variantsOf(aliases: Alias[], vary: (text: string) => string[]): Alias[] {
  const listed = new Set(aliases.map(aliasText));
  const out: Alias[] = [];
  for (const a of aliases) {
    for (const other of vary(aliasText(a))) {
      if (listed.has(other)) continue;
      listed.add(other);
      out.push(typeof a === 'string' ? other : { ...a, text: other });
    }
  }
  return out;
}

/** A spaced Korean full name with its surname's -man in the other spelling (올트먼, 올트만). */
function otherManSpelling(text: string): string[] {
  const m = /^([가-힣]+ [가-힣]+)([먼만])$/.exec(text);
  return m ? [m[1] + (m[2] === '먼' ? '만' : '먼')] : [];
}

/**
 * English given names Korean news spells two ways, the standard and the common one (앤드루 and
 * 앤드류, 매슈 and 매튜, 조너선 and 조나단): each spelling's others.
 */
const KOREAN_GIVEN_NAME_SPELLINGS = new Map<string, string[]>();
for (const group of [
  ['앤드루', '앤드류'],
  ['매슈', '매튜'],
  ['데이비드', '데이빗'],
  ['조너선', '조나단', '조나선'],
  ['리처드', '리차드'],
  ['대니얼', '다니엘'],
  ['티머시', '티모시'],
  ['그레그', '그렉'],
  ['브라이언', '브라이안'],
  ['조지프', '조셉'],
  ['니컬러스', '니콜라스'],
  ['벤저민', '벤자민'],
  ['토머스', '토마스'],
  ['알렉산더', '알렉산드르'],
]) {
  for (const name of group) KOREAN_GIVEN_NAME_SPELLINGS.set(name, group.filter((other) => other !== name));
}

/** A spaced Korean full name with its given name in each other spelling. */
function otherGivenNameSpellings(text: string): string[] {
  const space = text.indexOf(' ');
  const others = space > 0 ? KOREAN_GIVEN_NAME_SPELLINGS.get(text.slice(0, space)) : undefined;
  return others ? others.map((other) => other + text.slice(space)) : [];
}

const VU_ROW: Record<string, string> = { ヴァ: 'バ', ヴィ: 'ビ', ヴェ: 'ベ', ヴォ: 'ボ', ヴ: 'ブ' };

const vuAsB = (text: string): string[] => (text.includes('ヴ') ? [text.replace(/ヴ[ァィェォ]?/g, (m) => VU_ROW[m]!)] : []);
