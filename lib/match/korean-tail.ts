/**
 * What may follow a Hangul name inside the same word: particles (조사), copula endings and a few
 * titles/bound nouns, e.g. 슐먼이, 올트먼에게서는, 오픈AI와의, 저커버그다, 허사비스박사. Anything else
 * (메타버스, 개인정보, 애플파이) means the alias is only part of a longer word.
 *
 * Particles that come in pairs are checked against the final consonant (받침) of the syllable
 * before them, as es-hangul's `josa` does (이/가, 은/는, 을/를, 과/와, 으로/로 with the ㄹ exception);
 * a wrong pairing (메타이..., 애플가...) is a sign the syllables belong to another word. The check is
 * a few lines on the syllable code, so the content script does not need to bundle es-hangul.
 */

/**
 * 'C': only after a final consonant; 'V': only after a vowel; 'K': after a final consonant other
 * than ㄹ (으로 forms); 'R': after a vowel or ㄹ (로 forms); 'A': any.
 */
type Cond = 'C' | 'V' | 'K' | 'R' | 'A';

const PAIRED: [string, string][] = [
  ['이', '가'],
  ['은', '는'],
  ['을', '를'],
  ['과', '와'],
  ['이나', '나'],
  ['이란', '란'],
  ['이라', '라'],
  ['이랑', '랑'],
  ['이며', '며'],
  ['이다', '다'],
  ['이었다', '였다'],
  ['이었던', '였던'],
  ['이었고', '였고'],
  ['이었으며', '였으며'],
  ['이라고', '라고'],
  ['이라는', '라는'],
  ['이라며', '라며'],
  ['이라면', '라면'],
  ['이고', '고'],
  ['이자', '자'],
  ['이야', '야'],
  ['이에요', '예요'],
  ['이든', '든'],
  ['이지만', '지만'],
  ['이냐', '냐'],
];
const RO_PAIRED: [string, string][] = [
  ['으로', '로'],
  ['으로서', '로서'],
  ['으로써', '로써'],
  ['으로부터', '로부터'],
  ['으로는', '로는'],
  ['으로도', '로도'],
  ['으로의', '로의'],
];
const FREE = [
  '의', '에', '에게', '에게서', '한테', '한테서', '께', '께서', '에서', '에서의', '까지', '부터', '처럼', '보다',
  '만큼', '마저', '조차', '밖에', '도', '만', '뿐', '마다', '대로', '같이', '하고', '인', '인데', '이던', '였던',
  '입니다', '이에', '에도', '에는', '엔', '와의', '과의', '들', '측', '쪽', '등', '내', '간', '에선',
  // Business news: "엔비디아향 HBM" (bound for Nvidia), "딥시크발 충격" (set off by DeepSeek).
  '향', '발',
];
/**
 * Titles and bound nouns written solid with the name; only directly after it. The heads' titles
 * (장, 원장, 소장, 센터장, 단장, 실장, 팀장, 부문장) follow an organisation: "LG AI연구원장" is the head of
 * LG AI연구원, "마이크로소프트연구소장" that of the lab.
 */
const TITLES = [
  '씨', '님', '대표', '대표이사', '최고경영자', '최고기술책임자', '최고과학자', '수석과학자', '사장', '부사장', '회장',
  '부회장', '의장', '이사', '교수', '박사', '연구원', '연구원들', '연구진', '창업자', '공동창업자', '창립자', '출신',
  '소속', '산하', '팀', '총괄', '장', '원장', '소장', '센터장', '단장', '실장', '팀장', '부문장', '사', '코리아',
];

const PARTICLES: [string, Cond][] = [];
for (const [c, v] of PAIRED) PARTICLES.push([c, 'C'], [v, 'V']);
for (const [c, v] of RO_PAIRED) PARTICLES.push([c, 'K'], [v, 'R']);
for (const f of FREE) PARTICLES.push([f, 'A']);
PARTICLES.sort((a, b) => b[0].length - a[0].length);
/**
 * Particles by the code of their first syllable, longest first. Keyed by code, and the parse
 * below reads the tail in place: this runs for every Hangul name on a page, and a one-syllable
 * string or a slice per step was most of what the Korean boundary check allocated.
 */
const PARTICLES_BY_FIRST = new Map<number, [string, Cond][]>();
for (const entry of PARTICLES) {
  const list = PARTICLES_BY_FIRST.get(entry[0].charCodeAt(0)) ?? [];
  list.push(entry);
  PARTICLES_BY_FIRST.set(entry[0].charCodeAt(0), list);
}

/** 0: open syllable (vowel-final), 1: final consonant, 2: final ㄹ, -1: not a Hangul syllable. */
function finalOf(code: number): number {
  if (code < 0xac00 || code > 0xd7a3) return -1;
  const jong = (code - 0xac00) % 28;
  return jong === 0 ? 0 : jong === 8 ? 2 : 1;
}

function fits(cond: Cond, fin: number): boolean {
  if (cond === 'A' || fin < 0) return true; // after Latin/digits (오픈AI) both forms are written
  if (cond === 'C') return fin >= 1;
  if (cond === 'V') return fin === 0;
  if (cond === 'K') return fin === 1;
  return fin === 0 || fin === 2;
}

/** Whether tail[at..] is a stack of at most 3 - depth particles after a syllable coded prevCode. */
function parseParticles(tail: string, at: number, prevCode: number, depth: number): boolean {
  if (at === tail.length) return true;
  if (depth >= 3) return false;
  const candidates = PARTICLES_BY_FIRST.get(tail.charCodeAt(at));
  if (candidates === undefined) return false;
  const fin = finalOf(prevCode);
  for (let i = 0; i < candidates.length; i++) {
    const [p, cond] = candidates[i]!;
    if (tail.startsWith(p, at) && fits(cond, fin) && parseParticles(tail, at + p.length, p.charCodeAt(p.length - 1), depth + 1)) return true;
  }
  return false;
}

/**
 * True when `tail` (the Hangul syllables right after a name, up to the next non-Hangul char) is
 * a particle stack or a title (+ particles). `lastCode` is the name's last code unit.
 */
export function isKoreanTail(tail: string, lastCode: number): boolean {
  if (parseParticles(tail, 0, lastCode, 0)) return true;
  for (let i = 0; i < TITLES.length; i++) {
    const t = TITLES[i]!;
    if (tail.startsWith(t) && parseParticles(tail, t.length, t.charCodeAt(t.length - 1), 0)) return true;
  }
  return false;
}
