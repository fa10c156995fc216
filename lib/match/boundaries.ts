/**
 * Word-boundary rules, decided by the script of the alias's first and last letter and the
 * ORIGINAL text around the span:
 * - Latin: whole words only (the neighbour is not a Latin letter or digit). A Hangul or CJK
 *   neighbour is fine: 오픈AI는, OpenAI发布.
 * - Hangul: the previous char is not Hangul nor a digit (27인치 is a unit); the next is not Hangul, or the rest of the word is
 *   particles/titles (korean-tail.ts). So 정보 is not found inside 개인정보, 메타 not in 메타버스.
 *   A name of 3+ syllables that opens a hashtag may run into the next word (#일론머스크운영전략).
 *   Capitals glued after it make another company's name (삼성SDS, 삼성SDI), except AI (구글AI).
 * - Katakana: the neighbours are not katakana (アルトマン氏 ok, not inside a longer katakana word),
 *   nor a middle dot joined to more katakana (the surname of another ・-joined name).
 * - Han (Chinese/Japanese ideographs): there are no spaces, so no boundary exists to check. Aliases
 *   of 3+ ideographs (梁文锋, 月之暗面, 字节跳动) are specific enough to match anywhere. A 1-2
 *   ideograph alias (百度, 华为, 小米) needs one clean side: a non-ideograph neighbour, or a
 *   function word next to it (在华为, 华为的, 华为发布); otherwise 中华为本 would hit 华为.
 */
import { CLASS, C_HAN, C_HANGUL, C_HIRA, C_KATA, C_LATIN, isHangulSyllable, isNameJoiner, japaneseAround } from './normalize';
import { isKoreanTail } from './korean-tail';

export interface KeyShape {
  firstCls: number;
  lastCls: number;
  /** Length in ideographs when the key is ideographs only, else 0. */
  hanLen: number;
}

export function shapeOfKey(key: string): KeyShape {
  let han = 0;
  for (let i = 0; i < key.length; i++) if (CLASS[key.charCodeAt(i)] === C_HAN) han++;
  return {
    firstCls: CLASS[key.charCodeAt(0)]!,
    lastCls: CLASS[key.charCodeAt(key.length - 1)]!,
    hanLen: han === key.length ? han : 0,
  };
}

// Function words and common verbs/adverbs that stand next to a name in Chinese news
// (在华为, 包括百度, 据小米, 华为的, 百度近日, 腾讯首席, 阿里董事长, 京东总部), in simplified and
// traditional forms (Taiwan and Hong Kong pages: 騰訊則, 與華為); 原 and 前 mark a former employer.
const HAN_LEFT_FUNCTION = new Set([...'的和与及在被对向从是于为由跟同据让将把或了到、如像括至给以称即原前與對從於爲為據讓將給稱']);
const HAN_RIGHT_FUNCTION = new Set([...'的和与及在等是将已也则都又还就于对从为称说曾正以被把、近今日昨此目首董总创自刚再并仍與將則還於對從爲為稱說説總創剛並氏系所']);
// Words after a name (华为发布, 千问大模型, 周畅接任, 李航退休) and titles before one (负责人周畅,
// 主任李航, 總監李航), in both scripts.
const HAN_RIGHT_WORDS = new Set([
  '公司', '集团', '旗下', '内部', '创始', '研究', '发布', '推出', '表示', '宣布', '首席', '团队', '高管', '员工', '股价', '开发',
  '联合', '投资', '收购', '成立', '加入', '离开', '前任', '现任', '出身', '社長', '研究所', '大模型', '模型', '接任', '退休', '离职',
  '担任', '负责', '主导', '带领', '透露', '指出', '认为', '回应', '证实', '确认', '官宣', '入职', '跳槽', '加盟', '出任', '任职',
  '领导', '牵头', '执掌', '实验室', '业务', '总部', '集團', '內部', '創始', '發布', '發佈', '宣佈', '團隊', '員工', '股價', '開發',
  '聯合', '投資', '收購', '離開', '現任', '離職', '擔任', '負責', '主導', '帶領', '認爲', '認為', '回應', '證實', '確認', '入職',
  '任職', '領導', '牽頭', '執掌', '實驗室', '業務', '總部',
  // Titles after a name, as Japanese and Chinese write them (松尾豊教授, 孫正義会長).
  '教授', '会長', '會長', '代表', '所長', '理事', '博士', '研究员', '研究員', '院长', '院長', '校长', '校長', '主任', '总裁',
  '總裁', '董事', '副总', '副總', '准教授', '首相', '議員', '选手', '選手', '毕业', '畢業', '出生', '本科', '硕士', '碩士',
  // Business words after a company (小米合作伙伴, 腾讯除了, 快手战略, 字節相關, 股权; 字节系 in the function set).
  '合作', '除了', '相关', '相關', '股权', '股權', '战略', '戰略', '核心',
]);
const HAN_LEFT_WORDS = new Set([
  '旗下', '负责人', '主任', '总监', '总裁', '创始人', '科学家', '博士', '教授', '工程师', '研究员', '副总裁', '总经理', '董事长', '首席',
  '前任', '现任', '曾任', '出身', '加盟', '加入', '离开', '跳槽', '执掌', '任职于', '入职', '負責人', '總監', '總裁', '創始人',
  '科學家', '工程師', '研究員', '副總裁', '總經理', '董事長', '現任', '離開', '執掌', '任職於', '入職',
  // A career line names its schools and employers after these (保研北大, 进入北大, 来自腾讯; 毕业于 ends in 于).
  '进入', '進入', '就读', '就讀', '考入', '保研', '来自', '來自', '出任', '就任',
  // And verbs that take a company as their object (主导字节全栈, 现身小米, 恰逢美团, 拥有谷歌).
  '主导', '主導', '现身', '現身', '恰逢', '观察', '觀察', '拥有', '擁有',
]);

const MAX_TAIL = 12;

/**
 * Japanese titles that news puts before a name with a middle dot (社長・孫正義氏, 代表・長崎忠雄氏):
 * there the dot separates the title from the name, where between two parts of a Chinese-script
 * transliteration (埃隆·马斯克) it joins one name.
 */
const JA_TITLES_BEFORE_DOT = new Set([
  '社長', '副社長', '会長', '代表', '所長', '室長', '部長', '教授', '取締役', '専務', '常務', '執行役員', '理事長', '創業者', '共同創業者',
  '最高経営責任者', '最高技術責任者', '代表取締役', 'センター長', '研究所長',
]);

/** A title (Japanese, or a Chinese word that stands before names) ends right before the dot at `dot`. */
function titleBeforeDot(text: string, dot: number): boolean {
  for (let len = 2; len <= 7 && dot - len >= 0; len++) {
    const word = text.slice(dot - len, dot);
    if (JA_TITLES_BEFORE_DOT.has(word) || HAN_LEFT_WORDS.has(word)) return true;
  }
  return false;
}

/**
 * A Japanese middle dot (・) between two kanji words of a Japanese sentence is a list or
 * apposition mark (東京大学・松尾豊教授, 経産省・デジタル庁), not the joiner of a transliterated
 * name: Japanese writes foreign names in katakana, and Chinese text, whose transliterations join
 * ideographs with a dot, has no hiragana. So hiragana near the dot tells the two apart.
 */
function japaneseListDot(text: string, dot: number): boolean {
  const c = codeAt(text, dot);
  return (c === 0x30fb || c === 0xff65) && japaneseAround(text, dot);
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

function classAt(text: string, i: number): number {
  const c = codeAt(text, i);
  return c < 0 ? -1 : CLASS[c]!;
}

/** A middle dot/space at `i` that joins to a letter of class `cls` at `i + dir`. */
function joinedForeignName(text: string, i: number, dir: -1 | 1, cls: number): boolean {
  const c = codeAt(text, i);
  return c >= 0 && isNameJoiner(c) && classAt(text, i + dir) === cls;
}

/**
 * The word lists as per-unit bits, read for every ideograph name on a page: a function word on
 * either side, and the last unit of a word before a name or the first of a word after one (only
 * then is the text sliced to look the word up).
 */
const LEFT_FUNCTION = 1;
const RIGHT_FUNCTION = 2;
const ENDS_LEFT_WORD = 4;
const STARTS_RIGHT_WORD = 8;
const HAN_BITS = new Uint8Array(0x10000);
for (const ch of HAN_LEFT_FUNCTION) HAN_BITS[ch.charCodeAt(0)]! |= LEFT_FUNCTION;
for (const ch of HAN_RIGHT_FUNCTION) HAN_BITS[ch.charCodeAt(0)]! |= RIGHT_FUNCTION;
for (const w of HAN_LEFT_WORDS) HAN_BITS[w.charCodeAt(w.length - 1)]! |= ENDS_LEFT_WORD;
for (const w of HAN_RIGHT_WORDS) HAN_BITS[w.charCodeAt(0)]! |= STARTS_RIGHT_WORD;

function hanSideClean(text: string, i: number, side: 'left' | 'right'): boolean {
  const c = codeAt(text, i);
  if (c < 0 || CLASS[c] !== C_HAN) return true;
  const bits = HAN_BITS[c]!;
  if (side === 'left') {
    if (bits & LEFT_FUNCTION) return true;
    if (!(bits & ENDS_LEFT_WORD)) return false;
    for (let len = 2; len <= 3; len++) if (HAN_LEFT_WORDS.has(text.slice(Math.max(0, i - len + 1), i + 1))) return true;
    return false;
  }
  if (bits & RIGHT_FUNCTION) return true;
  return (bits & STARTS_RIGHT_WORD) !== 0 && (HAN_RIGHT_WORDS.has(text.slice(i, i + 2)) || HAN_RIGHT_WORDS.has(text.slice(i, i + 3)));
}

/**
 * A Latin name inside a URL, a site-relative path or an e-mail address
 * (…/walking-away-from-openai-and-xai/, a Markdown link's (/wiki/openai), press@openai.com) is an
 * address, not a mention. A handle (@OpenAI) is a mention, and so is a name after a slash between
 * names (OpenAI/Microsoft).
 */
function insideAddress(text: string, start: number): boolean {
  let i = start;
  const stop = Math.max(0, start - 300);
  while (i > stop) {
    const c = text.charCodeAt(i - 1);
    if (c <= 0x20 || c >= 0x7f || c === 0x22 || c === 0x3c || c === 0x3e) break;
    i--;
  }
  if (i === start) return false;
  const before = text.slice(i, start);
  // A relative path, alone or as a Markdown link's target, has a folder before the name
  // (/wiki/openai, ../openai): "/KT 제공", a photo credit, does not.
  const path = before.slice(before.lastIndexOf('(') + 1);
  return before.includes('://') || /^www\./i.test(before) || /^(?:\.{1,2}\/|\/[^/]*\/)/.test(path) || before.lastIndexOf('@') > 0;
}

/**
 * True when two or more capital Latin letters follow at `end`, other than "AI": a Korean company
 * name continued in Latin capitals (삼성SDS is not Samsung Electronics), while 구글AI and 메타AI
 * are the company itself.
 */
function capitalsContinueName(text: string, end: number): boolean {
  let j = end;
  while (j < text.length && text.charCodeAt(j) >= 0x41 && text.charCodeAt(j) <= 0x5a) j++;
  return j - end >= 2 && !text.startsWith('AI', end);
}

/** True when the span starts right after a hashtag sign (# or full-width ＃). */
function opensHashtag(text: string, start: number): boolean {
  const c = codeAt(text, start - 1);
  return c === 0x23 || c === 0xff03;
}

/** How an ideograph name meets its neighbours (ideographSides). */
export const CLEAN_SIDES = 0;
export const RUNS_ON = 1;
export const ENCLOSED = 2;

/**
 * Whether text[start, end), all ideographs, runs into another ideograph that is neither a
 * function word nor a title or verb that stands next to names: RUNS_ON when it does on either
 * side (杉山将太, 孙培东, 清华园: it may be part of a longer name or word), ENCLOSED when a name of
 * two ideographs does on both (参与过字节全栈: boundaryOk lets it through, resolve accepts it only
 * where the page names that entity elsewhere), CLEAN_SIDES otherwise or for any other name.
 */
export function ideographSides(text: string, start: number, end: number): number {
  // resolve asks this of every plain name on the page: the neighbours first, one table read each.
  if (classAt(text, start - 1) !== C_HAN && classAt(text, end) !== C_HAN) return CLEAN_SIDES;
  for (let i = start; i < end; i++) if (CLASS[text.charCodeAt(i)] !== C_HAN) return CLEAN_SIDES;
  const left = hanSideClean(text, start - 1, 'left');
  const right = hanSideClean(text, end, 'right');
  if (left && right) return CLEAN_SIDES;
  return !left && !right && end - start <= 2 ? ENCLOSED : RUNS_ON;
}

/** The Hangul run right after `end`, composed, or null when it is longer than any particle stack or title. */
export function hangulTailAt(text: string, end: number): string | null {
  let j = end;
  while (j < text.length && CLASS[text.charCodeAt(j)] === C_HANGUL) j++;
  if (j - end > MAX_TAIL) return null;
  const tail = text.slice(end, j);
  // Decomposed text (macOS) carries its syllables as jamo: compare composed forms.
  return /^[\uac00-\ud7a3]*$/.test(tail) ? tail : tail.normalize('NFC');
}

/** text[start] follows "K-" or the like: one capital letter, not part of a word, then a hyphen. */
function afterLoneCapitalAndHyphen(text: string, start: number): boolean {
  if (codeAt(text, start - 1) !== 0x2d) return false;
  const letter = codeAt(text, start - 2);
  return letter >= 0x41 && letter <= 0x5a && classAt(text, start - 3) !== C_LATIN;
}

/**
 * A title acronym written solid after a name that ends in a small letter, in CJK or Korean text
 * ("GitHubCEOのナット・フリードマン"): Japanese and Chinese put no space between Latin words there.
 * A capitalised word that goes on in small letters (GitHubCopilot) is still one word.
 */
function titleAcronymInCjk(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (!(last >= 0x61 && last <= 0x7a)) return false;
  let j = end;
  while (j < text.length && j - end < 5 && text.charCodeAt(j) >= 0x41 && text.charCodeAt(j) <= 0x5a) j++;
  if (j - end < 2 || j - end > 4) return false;
  const after = classAt(text, j);
  return after === C_HAN || after === C_KATA || after === C_HIRA || after === C_HANGUL;
}

/** True when text[start, end) may be a whole-name occurrence of a key of this shape. */
export function boundaryOk(text: string, start: number, end: number, shape: KeyShape): boolean {
  if (shape.firstCls === C_LATIN && insideAddress(text, start)) return false;
  const prev = classAt(text, start - 1);
  const next = classAt(text, end);

  switch (shape.firstCls) {
    case C_LATIN:
      // An underscore joins a handle or identifier (@Tesla_Optimus, openai_api): not a name.
      if (prev === C_LATIN || codeAt(text, start - 1) === 0x5f) return false;
      break;
    case C_HANGUL:
      // After a digit, Hangul is a counter or a unit (27인치, 3명, 10조), never a name.
      if (prev === C_HANGUL || (prev === C_LATIN && isDigit(codeAt(text, start - 1)))) return false;
      // After a lone capital and a hyphen, Hangul is a word of a Korean brand name (K-문샷,
      // K-클라우드), not a name on its own.
      if (afterLoneCapitalAndHyphen(text, start)) return false;
      break;
    case C_KATA:
      if (prev === C_KATA || joinedForeignName(text, start - 1, -1, C_KATA)) return false;
      break;
    case C_HIRA:
      if (prev === C_HIRA) return false;
      break;
    case C_HAN:
      if (joinedForeignName(text, start - 1, -1, C_HAN) && !titleBeforeDot(text, start - 1) && !japaneseListDot(text, start - 1)) return false;
      break;
  }

  switch (shape.lastCls) {
    case C_LATIN:
      if ((next === C_LATIN && !titleAcronymInCjk(text, end)) || codeAt(text, end) === 0x5f) return false;
      // Hangul written solid after a Latin name must be a particle or title (KT는, OpenAI와,
      // 오픈AI코리아): a noun makes another company's name (SK증권, LG유플러스, LG화학 are not SK or LG).
      // A hashtag runs words together (#OpenAI인재유출).
      if (next === C_HANGUL && !opensHashtag(text, start)) {
        // Particles after Latin fit either form (the name's last unit has no final consonant to check).
        const tail = hangulTailAt(text, end);
        if (tail === null || !isKoreanTail(tail, text.charCodeAt(end - 1))) return false;
      }
      // A name ending in a digit is not read out of a version number (AI2 in "AI2.0").
      if (text.charCodeAt(end) === 0x2e && isDigit(codeAt(text, end + 1)) && isDigit(codeAt(text, end - 1))) return false;
      break;
    case C_HANGUL:
      if (next === C_LATIN && capitalsContinueName(text, end)) return false;
      if (next === C_HANGUL) {
        const tail = hangulTailAt(text, end);
        if (tail === null) return false;
        let last = text.charCodeAt(end - 1);
        // A decomposed name ends in a jamo: its composed last syllable decides the particle's form.
        if (!isHangulSyllable(last)) {
          const name = text.slice(start, end).normalize('NFC');
          last = name.charCodeAt(name.length - 1);
        }
        // A hashtag runs words together (#일론머스크운영전략): a name of three or more syllables
        // opening one may be followed by anything. Two-syllable words stay strict (#메타버스).
        if (!isKoreanTail(tail, last) && !(opensHashtag(text, start) && end - start >= 3)) return false;
      }
      break;
    case C_KATA:
      if (next === C_KATA || joinedForeignName(text, end, 1, C_KATA)) return false;
      break;
    case C_HIRA:
      if (next === C_HIRA) return false;
      break;
    case C_HAN:
      if (joinedForeignName(text, end, 1, C_HAN) && !japaneseListDot(text, end)) return false;
      break;
  }

  // 北京大学生 is a college student of Beijing, not Peking University.
  if (shape.lastCls === C_HAN && text.charCodeAt(end) === 0x751f && /大[学學]$/.test(text.slice(end - 2, end))) return false;
  // One ideograph between two others is a part of a word. Two may be a company written inside a
  // phrase (参与过字节全栈, 恰逢美团密集): resolve accepts them only where the page names that entity
  // elsewhere (ideographSides).
  if (shape.hanLen === 1 && !hanSideClean(text, start - 1, 'left') && !hanSideClean(text, end, 'right')) return false;
  return true;
}
