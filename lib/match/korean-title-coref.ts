/**
 * Korean news names a person once in full and then by family name and title: "이강욱 크래프톤
 * CAIO는 … 이 CAIO는", "젠슨 황 엔비디아 CEO … 황 CEO가". One syllable alone is never a name, so
 * these are found only as a page-level coreference, and only with a title the page also writes
 * right after the person's full name (a page quoting another professor 이 is not about him).
 */
import { hangulTailAt } from './boundaries';
import { isKoreanTail } from './korean-tail';
import { C_HANGUL, C_LATIN, CLASS } from './normalize';

/** Titles a surname stands before, longest first so that 부사장 is not read as 사장. */
const TITLES = [
  '최고기술책임자', '최고재무책임자', '최고운영책임자', '최고경영자', '수석연구위원', '공동창업자', '대표이사', '연구위원', '부문장', '본부장', '센터장', '위원장',
  '부회장', '부사장', '연구원', '이사장', '그룹장', '창업자', '대표', '교수', '박사', '사장', '회장', '의장', '원장', '소장', '단장', '실장', '팀장', '랩장',
  '총괄', '상무', '전무', '이사', '국장', '총장', '처장', '부장', '고문', '의원',
  '장관', '차관', '수석', 'CAIO', 'CEO', 'CTO', 'CFO', 'COO', 'CSO', 'CPO', 'CDO',
];

/**
 * Titles a page writes both ways, by the one it stands for: "젠슨 황 엔비디아 최고경영자 … 황 CEO는",
 * "김영섭 KT 대표이사 … 김 대표는".
 */
const SAME_ROLE = new Map([
  ['최고경영자', 'CEO'],
  ['최고기술책임자', 'CTO'],
  ['최고재무책임자', 'CFO'],
  ['최고운영책임자', 'COO'],
  ['대표이사', '대표'],
]);

/** The role a title names, so that either of its written forms matches the other. */
const roleOf = (title: string): string => SAME_ROLE.get(title) ?? title;

/** Syllables that before a title are words, not family names: 전 대표 (the former CEO), 현 대표, 양 대표 (both CEOs), 각, 총, 부, 동, 당, 본. */
const NOT_FAMILY_NAMES = new Set(['전', '현', '양', '각', '총', '부', '동', '당', '본']);

/** "전 " (former) between a family name and a title: 신 전 CAIO, 이 전 대표. */
const FORMER = '전 ';

/** How far after a full name its title may stand ("이강욱 크래프톤 CAIO"). */
const TITLE_WINDOW = 24;

/** The family name a Korean page would put before a title: 이 for 이강욱, 황 for 젠슨 황. */
export function familyNameOf(written: string): string | null {
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    if (c !== 0x20 && CLASS[c] !== C_HANGUL) return null;
  }
  const space = written.lastIndexOf(' ');
  const family = space >= 0 ? written.slice(space + 1) : written.length === 3 ? written[0]! : '';
  return family.length === 1 && !NOT_FAMILY_NAMES.has(family) ? family : null;
}

const TITLE_STARTS = new Set(TITLES.map((t) => t.charCodeAt(0)));

/** A title starting at `at`, standing as a word (then only particles: 이 CAIO는, 김 대표가). */
function titleAt(text: string, at: number): string | null {
  if (!TITLE_STARTS.has(text.charCodeAt(at))) return null;
  for (const t of TITLES) {
    if (!text.startsWith(t, at)) continue;
    const end = at + t.length;
    const next = end < text.length ? CLASS[text.charCodeAt(end)] : 0;
    if (next === C_LATIN) continue;
    if (next === C_HANGUL) {
      const tail = hangulTailAt(text, end);
      if (tail === null || !isKoreanTail(tail, text.charCodeAt(end - 1))) continue;
    }
    return t;
  }
  return null;
}

/**
 * The titles written within a few words after text[end], up to the end of the clause, as the
 * roles they name (roleOf): also one glued to an org ("LG AI연구원장" gives 원장, as in "배 원장").
 */
export function titlesAfter(text: string, end: number): Set<string> {
  const found = new Set<string>();
  const stop = Math.min(text.length, end + TITLE_WINDOW);
  for (let i = end; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x2c || c === 0x0a || c === 0x3002) break;
    if (CLASS[c] === C_LATIN && i > 0 && CLASS[text.charCodeAt(i - 1)] === C_LATIN) continue;
    const t = titleAt(text, i);
    if (t) found.add(roleOf(t));
  }
  return found;
}

const FAMILY_AND_TITLE = new RegExp(`[\uac00-\ud7a3] (?:전 )?(?:${TITLES.join('|')})`);

/** Whether text may hold a family name and title at all: a block without names keeps its text only then. */
export function mayHoldFamilyName(text: string): boolean {
  return FAMILY_AND_TITLE.test(text);
}

export interface FamilyNameMention {
  start: number;
  end: number;
  person: number;
}

/**
 * "이 CAIO" (or "이 전 CAIO", the former one) and the like in `text` for the people whose family
 * names and titles the page already tied together (`people`: family name → person and the titles
 * written after their full name).
 * A family name two people on the page share is skipped by the caller.
 */
export function familyNameMentions(text: string, people: Map<string, { person: number; titles: Set<string> }>): FamilyNameMention[] {
  const out: FamilyNameMention[] = [];
  if (people.size === 0) return out;
  // One pass for all the families (single syllables, so a character class): a page's text is read
  // once, not once per family.
  const needles = new RegExp(`[${[...people.keys()].join('')}] `, 'g');
  for (let m = needles.exec(text); m; m = needles.exec(text)) {
    const i = m.index;
    needles.lastIndex = i + 1;
    if (i > 0) {
      const before = CLASS[text.charCodeAt(i - 1)];
      if (before === C_HANGUL || before === C_LATIN || (text.charCodeAt(i - 1) >= 0x30 && text.charCodeAt(i - 1) <= 0x39)) continue;
    }
    const { person, titles } = people.get(text[i]!)!;
    // "신 전 CAIO는": the former holder of the title, named by family name all the same.
    const at = text.startsWith(FORMER, i + 2) ? i + 2 + FORMER.length : i + 2;
    const title = titleAt(text, at);
    if (title && titles.has(roleOf(title))) out.push({ start: i, end: at + title.length, person });
  }
  return out;
}
