import { PINYIN_GIVEN_NAME } from './chinese-names';
import { isCommonEnglishSurname } from './common-names';
import { ENGLISH_GIVEN_NAMES } from './english-given-names';
import { C_HAN, C_HIRA, CLASS, isHangulSyllable } from './normalize';

/** Whether a sticky (`y`) pattern matches text right at `at`: the patterns below are tried at a name's edge, with no slice per candidate. */
function matchesAt(sticky: RegExp, text: string, at: number): boolean {
  sticky.lastIndex = at;
  return sticky.test(text);
}

/**
 * Local evidence that an ordinary word (Meta, Apple, Mistral, 메타, 아마존) names the AI company:
 * AI vocabulary near it, or a company suffix right after it. Page-level evidence (other
 * unambiguous AI entities, a known person of the org) lives in matcher.ts.
 */

/** How far (UTF-16 units, each side, same block) AI vocabulary counts as "nearby". */
const VOCABULARY_WINDOW = 200;

// Case-sensitive: "AI" is a word only in capitals (not "ai", "Ai Weiwei").
const AI_CASED = /(?<![A-Za-z])(?:AI|A\.I\.|AGI|LLMs?|GPT|GPUs?|NLP)(?![A-Za-z])/;
const AI_WORDS = new RegExp(
  [
    // en
    'artificial intelligence', 'machine learning', 'deep learning', 'neural net', 'language models?', 'chatbots?',
    'generative', 'superintelligence', 'foundation models?', 'reinforcement learning', 'transformer models?',
    'AI research', 'frontier models?', 'open-weights?', 'inference chips?',
    // ko
    '인공지능', '생성형', '언어\\s?모델', '머신\\s?러닝', '딥\\s?러닝', '챗봇', '초지능', '신경망', '파운데이션\\s?모델',
    '강화\\s?학습', '추론\\s?모델', '오픈\\s?소스\\s?모델', '에이아이',
    // zh
    '人工智能', '大模型', '语言模型', '機器學習', '机器学习', '深度学习', '深度學習', '生成式', '聊天机器人', '智能体', '算力',
    // zh, Traditional and Taiwan usage
    '人工智慧', '語言模型', '聊天機器人', '智能體',
    // ja
    '人工知能', '生成AI', '機械学習', '深層学習', '言語モデル', 'チャットボット', 'ニューラル', '基盤モデル',
  ].join('|'),
  'i',
);

/** AI vocabulary anywhere in a text (a block of the page). */
export function mentionsAi(text: string): boolean {
  return AI_CASED.test(text) || AI_WORDS.test(text);
}

export function aiVocabularyNear(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - VOCABULARY_WINDOW);
  const to = Math.min(text.length, end + VOCABULARY_WINDOW);
  // The span is included on purpose: in "Mistral AI" the name's own neighbour is the evidence.
  const around = text.slice(from, to);
  return AI_CASED.test(around) || AI_WORDS.test(around);
}

/**
 * Words of business news around a company's name: hiring, launches, deals, executives, shares.
 * An essay that uses a company's name as an ordinary word (幻方 the magic square, 甲骨文 the oracle
 * bones, ミニマックス the minimax method) beside AI vocabulary has none of them near it. A research
 * team (研究团队) is a scholar's as often as a company's.
 */
const COMPANY_WORDS = new RegExp(
  [
    // en
    '\\b(?:hires?|hired|hiring|poach(?:es|ed)?|announce[sd]?|launch(?:es|ed)?|releas(?:es|ed)|unveil(?:s|ed)|rolls? out|acquir(?:es|ed)|acquisition|invest(?:s|ed|ment|ors?)|CEO|CTO|CFO|executives?|founders?|co-?founders?|start-?ups?|company|companies|firm|shares|stock|valuation|revenue|partnership|funding|employees|layoffs?|subsidiary|headquarter(?:s|ed)|customers|users|products?|services?|platform|integration|cloud|app|team|engineers?|researchers?|scientists?|train(?:s|ed|ing)?|build(?:s|ing)?|develop(?:s|ed|ing|ment)?)\\b',
    // ko
    '대표|CEO|출시|발표|공개|영입|인수|투자|상장|주가|매출|기업|회사|계열사|협력|제휴|계약|임원|사장|회장|창업자|스타트업|직원|자회사|본사|인사|조직|서비스|제품|고객|이용자|사용자|업데이트|플랫폼|클라우드|통신|업계|사업|개발|출신|엔지니어|연구원',
    // zh
    '公司|企业|企業|宣布|推出|发布(?!时间|于)|發布(?!時間|於)|收购|收購|投资|投資|融资|融資|股价|股價|上市|创始人|創始人|高管|员工|員工|营收|營收|合作|旗下|总裁|總裁|董事长|董事長|首席|产品|產品|用户|用戶|平台|业务|業務|开源|開源|发表|發表|(?<!研究)团队|(?<!研究)團隊|研发|研發|工程师|工程師',
    // ja
    '社長|発表|発売|買収|出資|上場|株価|企業|会社|創業者|幹部|社員|提携|傘下|本社|サービス|製品|ユーザー|アプリ|出身|エンジニア',
  ].join('|'),
);

/** How far (UTF-16 units, each side) business words count as near a name. */
const COMPANY_WORDS_WINDOW = 80;

/**
 * Business words near text[start, end), or a possessive right after it, English or Korean
 * ("Anthropic's new model", "메타의 새 AI 모델"): a company acting.
 */
export function companyWordsNear(text: string, start: number, end: number): boolean {
  if (/^(?:['’]s\b|의(?![가-힣]))/.test(text.slice(end, end + 3))) return true;
  return COMPANY_WORDS.test(text.slice(Math.max(0, start - COMPANY_WORDS_WINDOW), Math.min(text.length, end + COMPANY_WORDS_WINDOW)));
}

// Spaces on the same line only: "生成幻方\nAI可以…" is a heading and the next sentence, not 幻方 AI.
const COMPANY_SUFFIX = new RegExp(
  '^(?:' +
    [
      '[ \\t\\u00a0]*,?[ \\t\\u00a0]*(?:Inc\\b|Incorporated|Corp\\b|Corporation|Co\\.|Ltd\\b|LLC|GmbH|SAS|S\\.A\\.|PLC)',
      '[ \\t\\u00a0]+(?:Platforms|Technologies|Labs?|Research|AI)\\b',
      '[ \\t\\u00a0]*(?:社|株式会社|公司|集团|科技)',
      '[ \\t\\u00a0]*(?:주식회사|플랫폼스)',
      '[ \\t\\u00a0]*(?:\\(주\\)|㈜)',
    ].join('|') +
    ')',
);
const COMPANY_PREFIX = /(?:株式会社|\(주\)|㈜|주식회사)[ \t\u00a0]*$/;

export function companySuffixNear(text: string, start: number, end: number): boolean {
  return COMPANY_SUFFIX.test(text.slice(end, end + 24)) || COMPANY_PREFIX.test(text.slice(Math.max(0, start - 8), start));
}

/**
 * A person's name that starts the name of an organisation or prize (Babuschkin Ventures, Musk
 * Foundation, the Hinton Lectures, 머스크 재단, マスク財団) names that, not the person.
 */
const NAMED_AFTER_PERSON = new RegExp(
  '(?:' +
    [
      '\\s+(?:Ventures|Capital|Foundation|Fund|Partners|Holdings|Family Office|Institute|Initiative|Prize|Awards?|Fellowships?|Scholarships?|Lectures?|Medal|Chair|Professorship|Building|Hall)\\b',
      // A model named after its inventor (the Hopfield network) is the model.
      '\\s+[Nn]etworks?\\b',
      '\\s*(?:재단|장학금|장학재단|기념관|펠로십)',
      '\\s*(?:基金会|基金會|奖学金|獎學金|財団|奨学金|記念)',
    ].join('|') +
    ')',
  // Sticky, tried at the name's end: no slice per candidate.
  'y',
);

export function namesSomethingAfterPerson(text: string, end: number): boolean {
  if (!wordMayFollow(text, end, AFTER_PERSON_STARTS)) return false;
  return matchesAt(NAMED_AFTER_PERSON, text, end);
}

/**
 * The units a following word of NAMED_AFTER_PERSON, TEAM_AFTER_ORG or PRODUCT_AFTER_ORG can start
 * with (capital Latin letters stand for the English words). Why: resolve asks for every candidate
 * on the page, and most are followed by something else; one table read spares the regular
 * expression. Char codes, not one-character strings: reading text[i] would allocate a string per
 * Hangul unit.
 */
const codes = (chars: string) => new Set([...chars].map((ch) => ch.charCodeAt(0)));
const AFTER_PERSON_STARTS = codes('재장기펠基奖獎財奨記');
const TEAM_STARTS = codes('라트와타이자베히다랜위블썬선점세페스구홈타마불응팬ゴホイマライファバジスタドベフロレブグワサ打投先球ナ監・･');
/** PRODUCT_AFTER_ORG's words are English; these start its Chinese, Japanese and Korean ones. */
const PRODUCT_STARTS = codes('学學地翻科商音视視影网網银銀博会會雅正体體球広スマテビアミピ生테스학브웹블카지쇼시뮤뉴픽박');

function wordMayFollow(text: string, end: number, starts: Set<number>): boolean {
  let i = end;
  while (i < text.length && i < end + 3 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i++;
  const c = text.charCodeAt(i);
  // Capitalised words, and the one lower-case word that names a thing after a person (network).
  if ((c >= 0x41 && c <= 0x5a) || c === 0x6e) return i > end;
  return c > 0x7f && starts.has(c);
}

/**
 * A company's name that starts the name of its sports team (Samsung Lions, Tohoku Rakuten Golden
 * Eagles, LG 트윈스, 楽天イーグルス, ソフトバンク・ホークス), or stands for the team before its squad,
 * club or ground (엔씨 선수들, 삼성 구단, 楽天打線), names the team.
 */
const TEAM_AFTER_ORG = new RegExp(
  '(?:' +
    [
      '\\s+(?:Golden\\s+)?(?:Frontiers|(?:Red\\s+|Blue\\s+|Green\\s+)?Rockets|Lions|Twins|Wyverns|Tigers|Eagles|Giants|Bears|Heroes|Dinos|Landers|Wiz|Hawks|Marines|Buffaloes|Fighters|Swallows|BayStars|Dragons|Bluewings|Thunders|Sunbirds|Jumbos|Elephants|Monkeys|Sakers|Peppers|Steelers|Spiders)\\b',
      '\\s*(?:라이온즈|트윈스|와이번스|타이거즈|이글스|자이언츠|베어스|히어로즈|다이노스|랜더스|위즈|블루윙즈|썬더스|선더스|점보스|세이커스|페퍼스|스파이더스|블루팡스|스틸러스)',
      // The team's squad, club or ground named by the company alone (엔씨 선수들, 楽天打線).
      '\\s?(?:선수단|선수들|구단|홈구장|타선|마운드|불펜|응원단|팬들)',
      '[・･]?(?:打線|投手陣|先発陣|球団|ナイン|監督)',
      '[\\s・･]*(?:ゴールデン)?(?:フロンティアーズ|(?:レッド|ブルー|グリーン)?ロケッツ|ブレイブルーパス|スピアーズ|ワイルドナイツ|サンゴリアス|ホークス|イーグルス|マリーンズ|ライオンズ|ファイターズ|バファローズ|ジャイアンツ|スワローズ|タイガース|ドラゴンズ|ベイスターズ)',
    ].join('|') +
    ')',
  'y',
);

/**
 * A company's name that starts one of its consumer products' names (Google Scholar, Microsoft
 * Teams, Samsung Galaxy, 谷歌学术, the portal 腾讯网, the font 微软雅黑), a venue's or prize's
 * (Qualcomm Stadium, Microsoft Theater, Toyota Center, 富士通スタジアム, the Samsung Ho-Am Prize), a
 * separately run subsidiary's (Alibaba Pictures, Tencent Music, Samsung Heavy Industries, ソニー銀行;
 * not Google Health nor DeepMind Health, units AI news names as the company), or a university's
 * that starts its magazine's (MIT Technology Review, 麻省理工科技评论), names that thing: a
 * researcher's Google Scholar profile says nothing about Google, nor a box-office report about
 * Alibaba. Not "Apple Intelligence": AI news uses it for Apple's AI organisation as much as for the
 * product ("the Apple Intelligence team").
 */
const PRODUCT_AFTER_ORG =
  /\s+(?:Scholar|Maps|Translate|Talk|Books|News|Lens|Ads|Edge|Cardboard|Docs|Sheets|Drive|Photos|Play|Chrome|Pixel|Music|Pay|Wallet|Watch|TV|Office|Teams|Word|Excel|Outlook|Prime|Alexa|Kindle|Galaxy|Store|Earth|Vision Pro|Technology Review|Business Review|Stadium|Arena|Theat(?:er|re)|Amphitheat(?:er|re)|Coliseum|Pavilion|Dome|Cent(?:er|re)|Museum|(?:Ho-Am )?Prize|Awards?|Pictures|Video|Entertainment|Heavy Industries|Life (?:Insurance|Sciences)|Insurance|Securities|Bank|C&T|Biologics)\b|\s*(?:学术|學術|地图|地圖|翻译|翻譯|科技评论|科技評論|商业评论|商業評論|音乐|音樂|视频|視頻|影业|影業|银行|銀行|博物馆|博物館|会议|會議|网(?![络絡])|網(?![络絡])|雅黑|正黑|体育场|體育場|球场|球場|スカラー|マップ|翻訳|広告|ビタミン|テクノロジーレビュー|ビジネスレビュー|スタジアム|アリーナ|球場|銀行|博物館|ミュージック|ピクチャーズ|生命|테크놀로지\s?리뷰|스칼라|학술검색|스포츠|뉴스|V앱|브이앱|웹툰|블로그|카페|지도(?!교수)|쇼핑|시리즈온|뮤직|픽처스|박물관|스타디움)/y;

export function namesAProduct(text: string, end: number): boolean {
  if (!wordMayFollow(text, end, PRODUCT_STARTS)) return false;
  return matchesAt(PRODUCT_AFTER_ORG, text, end);
}

/**
 * A version right after an org's name makes it a model's name (Kimi K2, 큐원 3.5, DeepSeek-R1,
 * Gemini 2.5, 混元Large, Mistral 7B, Qwen 3系列模型, Qwen-MT): the text is about the model. Not a year (Google 2024), a
 * counter (삼성 2위, 2分), a number with thousands (딥시크 6,710억 파라미터), a word such as 3D or 5G (腾讯3D生成), nor a lower-case model name
 * after a company (OpenAI o3, its own product line).
 */
const VERSION_AFTER = /[ -]?(?:\d{1,2}(?:\.\d{1,2})?(?=$|[\s;:!?()（\]'"’”\-]|,(?!\d)|[Bb]\b|\.(?!\d)|系列|模型|版本|大模型|モデル|シリーズ|모델|시리즈)|[A-Z]\d{1,2}(?:\.\d{1,2})?\b|(?:VL|MT|Omni|Coder|Math|Audio|Turbo|turbo|Large|Max|Flash|Ultra|Nano)(?:\d{1,2}(?:\.\d{1,2})?)?\b)/y;

export function namesAModel(text: string, end: number): boolean {
  // A version starts with a digit, a capital or the t of turbo, right after the name or after one space or hyphen.
  let c = text.charCodeAt(end);
  if (c === 0x20 || c === 0x2d) c = text.charCodeAt(end + 1);
  if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || c === 0x74)) return false;
  return matchesAt(VERSION_AFTER, text, end);
}

/**
 * A common noun for another kind of thing right after an ambiguous org name: "the Sierra
 * supercomputer", "Thinking Machines Corporation" (the 1980s maker), "the Mistral wind", "아마존
 * 열대우림", the card game "Magic: The Gathering" (Magic TCG), Sierra Leone and the Sierra Nevada, another
 * firm of the same first word (Cohere Technologies, the 5G company; Cohere Health), Moonshot
 * Thinking (문샷 씽킹, Google X's ambitious projects, not Moonshot AI) and Japan's Moonshot Research
 * and Development Program; and a state or province after a university's town
 * (Cambridge, Massachusetts; Berkeley, Calif.; Cambridge, Ontario). The page means that thing by the
 * word, as after a gloss (matcher.ts: meantOtherwise). Not "computer": Apple Computer is Apple.
 */
const THING_AFTER_NAME =
  /(?:\s+(?:(?:supercomputers?|Corporation|winds?|rainforest|river|basin|coils?|TCG|Leone|Nevada|Madre|Technologies|Therapeutics|Pharmaceuticals|Biosciences|Health|Healthcare|Medical|Wireless|Telecom|(?:Research and Development )?Program(?:me)?s?)\b|Corp\.)|:\s+The Gathering\b|,\s+(?:(?:Massachusetts|MA|California|CA|New Jersey|NJ|Ontario|England)\b|Mass\.|Calif\.|N\.J\.)|\s+[Tt]hinking\b(?! Machines)|\s*(?:슈퍼컴퓨터|산맥|열대우림|씽킹|싱킹|超级计算机|超級電腦|超算|山脉|山脈|雨林|スーパーコンピュータ|熱帯雨林))/y;

export function namesAThingCalledSo(text: string, end: number): boolean {
  return matchesAt(THING_AFTER_NAME, text, end);
}

/**
 * A common English given name right before a one-word company name ("Steve Harvey" is the TV
 * host, not the legal-AI company): the two are someone's full name, and the page means that
 * person by the word (matcher.ts: meantOtherwise).
 */
export function afterAGivenName(text: string, start: number): boolean {
  const word = latinWordBefore(text, start);
  return word >= 0 && ENGLISH_GIVEN_NAMES.has(text.slice(word, start - 1));
}

/**
 * A common English surname right after a one-word company name ("Magic Johnson" is the
 * basketball player, not the coding-AI company): the word is someone's given name or nickname.
 * Only the surname lists, not any capitalised word, because headlines in title case put a
 * capital after every company ("Meta Hires", "Apple Intelligence").
 */
export function beforeASurname(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20) return false;
  let j = end + 1;
  while (j < text.length && isLatinLetter(text.charCodeAt(j))) j++;
  return j > end + 2 && isCommonEnglishSurname(text.slice(end + 1, j));
}

/**
 * Company names that are also given names: Harvey, Sierra, Mila, Kimi, Reka, Luma, and names a
 * future company may take. Too rare for ENGLISH_GIVEN_NAMES (whose names make a person's name
 * common), yet a capitalised word after one in running text is mostly a surname.
 */
const COMPANY_GIVEN_NAMES = new Set(['harvey', 'sierra', 'mila', 'kimi', 'reka', 'luma', 'ada', 'grace', 'aria', 'jasper', 'devin', 'claude']);

/**
 * Capitalised words a company's own product or unit takes (Kimi Chat, Harvey Assistant): not
 * surnames, so they must not make the name someone else's on the whole page (otherProperNameEnd
 * still reads such a mention as the product).
 */
const PRODUCT_WORDS = new Set(['Chat', 'Assistant', 'Agent', 'Agents', 'App', 'Apps', 'Vault', 'Studio', 'Code', 'Search', 'Pro', 'Plus', 'Max', 'Labs', 'Lab', 'Research', 'Dream', 'Ray', 'Voice', 'Cloud']);

/**
 * A company name that is also a given name, then a capitalised word and running text in lower case
 * ("Harvey Specter is", "Mila Kunis said", "Kimi Antonelli's", a script's "HARVEY Specter:"): someone's full name, and the page
 * means that person by the word. The lower-case text after it is what tells prose from a headline
 * in title case ("Harvey Raises $300M", "Sierra Hires Former Salesforce Executive").
 */
export function startsAGivenNamesFullName(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(end + 1);
  if (end - start > 7 || text.charCodeAt(end) !== 0x20 || !(first >= 0x41 && first <= 0x5a)) return false;
  if (!COMPANY_GIVEN_NAMES.has(text.slice(start, end).toLowerCase())) return false;
  const j = latinWordEnd(text, end + 1);
  if (j < end + 4 || PRODUCT_WORDS.has(text.slice(end + 1, j))) return false;
  // A script's speaker label ends in a colon.
  return text.charCodeAt(j) === 0x3a || PROSE_AFTER.test(text.slice(j, j + 12));
}

/** Where the Latin word that ends one space before `start` begins, or -1 when there is none. */
function latinWordBefore(text: string, start: number): number {
  if (start < 2 || text.charCodeAt(start - 1) !== 0x20) return -1;
  let j = start - 1;
  while (j > 0 && isLatinLetter(text.charCodeAt(j - 1))) j--;
  return j < start - 1 ? j : -1;
}

/**
 * Korean trades outside AI, written before a person's name in Korean news (배우 하정우, '1000만
 * 배우' 하정우, 축구선수 이강인): the name is then that actor's, singer's or player's, a namesake of
 * the AI person. Not the trades of AI people themselves (교수, 연구원, 대표, 의원).
 */
/** Trades news also writes after the name (김성훈 감독은, 하정우 선수가). */
const TRADES_AFTER_TOO = ['감독', '배우', '가수', '선수', '투수', '타자', '포수', '개그맨', '아나운서'];
const OTHER_TRADES = new RegExp(
  `(?:${[...TRADES_AFTER_TOO, '작가', '코미디언', '방송인', '모델', '래퍼', '화가', '시인', '소설가', '내야수', '외야수', '골키퍼', '공격수', '수비수', '미드필더', '아이돌'].join('|')})$`,
);
const QUOTES_AND_SPACES = new Set([0x20, 0xa0, 0x27, 0x22, 0x2018, 0x2019, 0x201c, 0x201d, 0x300c, 0x300d]);

/**
 * One of those trades (or a coach) after the name, not the start of a longer word: the name is that
 * person's. So is a local office, with its place or without (윤장현 광주시장, 윤 시장, 김 도지사): no AI
 * person in the dataset holds one, where ministers and lawmakers (장관, 의원) are among them.
 */
const OTHER_TRADES_AFTER = new RegExp(
  `[ \u00a0]?(?:${[...TRADES_AFTER_TOO, '코치'].join('|')}|[가-힣]{0,3}(?:광역|특별)?(?:시장|도지사|군수|구청장|교육감))(?![가-힣]{2})`,
  'y',
);

export function beforeAnotherTrade(text: string, end: number): boolean {
  return isHangulSyllable(text.charCodeAt(end - 1)) && matchesAt(OTHER_TRADES_AFTER, text, end);
}

export function afterAnotherTrade(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && QUOTES_AND_SPACES.has(text.charCodeAt(i - 1))) i--;
  if (i === start) return false;
  let j = i;
  while (j > 0 && i - j < 8 && isHangulSyllable(text.charCodeAt(j - 1))) j--;
  return j < i && OTHER_TRADES.test(text.slice(j, i));
}

/**
 * A product code of a capital and three digits right after an ambiguous org's name (Tesla V100,
 * NVIDIA's data-centre GPU): the text is about that product. Only for names that are also
 * something else: "Nvidia A100" still names Nvidia, as namesAModel leaves three digits alone.
 */
const PRODUCT_CODE_AFTER = /[ -]?[A-Z]\d{3}\b/y;

export function namesAProductCode(text: string, end: number): boolean {
  return matchesAt(PRODUCT_CODE_AFTER, text, end);
}

/**
 * A word a name is the first part of, by a hyphen: meta-analysis and meta-learning (the prefix,
 * capitalised at a sentence's start), X-ray and X-Men. Not "Meta-owned" nor "Google-backed": those
 * name the company. Only the page's own compound: an AI page may still name Meta elsewhere.
 */
const COMPOUND_AFTER = /-(?:analy|learn|cognit|heurist|regress|review|rays?\b|Rays?\b|Men\b)/y;

/** What after a hyphen makes an adjective of the company's name: Meta-owned, Amazon-backed, Oxford-educated, Tesla-like. */
const NAME_ADJECTIVE =
  /^(?:owned|backed|funded|led|based|affiliated|made|built|designed|developed|trained|educated|hosted|powered|style|like|era|branded|sponsored|supported|acquired|run|operated|specific|exclusive|only|compatible|certified|approved|native|focused|related|linked|tied|aligned|level|wide|employed|created|produced|published|released|controlled|listed|invested|incubated|spun|born|bred|sized|scale|centric|friendly|first|inspired|bound|size|rival|parent|type)$/i;

/**
 * Whether the hyphenated word the name starts is a compound of its own (Meta-Prompting,
 * Meta-Expert, X-Men) rather than an adjective made of the company's name (Meta-owned). The caller
 * leaves out a hyphen before another company's name (Amazon-Anthropic).
 */
export function startsACompoundWord(text: string, end: number): boolean {
  if (matchesAt(COMPOUND_AFTER, text, end)) return true;
  // Latin names only: a URL's メタ-AI-スーパーインテリジェンス is the company.
  if (text.charCodeAt(end) !== 0x2d || !isLatinLetter(text.charCodeAt(end + 1)) || !isLatinLetter(text.charCodeAt(end - 1))) return false;
  let j = end + 1;
  while (j < text.length && isLatinLetter(text.charCodeAt(j))) j++;
  return !NAME_ADJECTIVE.test(text.slice(end + 1, j));
}

/**
 * Capitalised words after a company's name that still name the company or one of its people:
 * its legal and unit words, roles, and dates ("Meta Platforms", "Anthropic Cofounder and CEO",
 * "Apple Monday announced").
 */
const STILL_THE_COMPANY = new Set(
  `Platforms Inc Corp Corporation Company Co Ltd LLC Group Holdings Labs Lab Research Technologies Technology Systems
  Software Intelligence University College Institute Medicine Engineering Cofounder Co-founder Cofounders Founder
  Founders President Chairman Chairwoman Chief Head Director Directors Executive Executives Researcher Researchers
  Scientist Scientists Engineer Engineers Spokesperson Spokesman Spokeswoman Employees Staff Fellow Fellows Board
  Leadership Leaders Veteran Veterans Alumni Investors Shareholders Ventures Capital Fund
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  January February March April May June July August September October November December`.split(/\s+/),
);

/**
 * An ambiguous one-word company name, then a capitalised word and running text in lower case
 * ("Magic Eraser lets you", Canva's "Magic Studio suite", "Meta Prompting is", "Sierra On-Line's"):
 * one proper name of something else, a product, a technique or another firm. As with a given name
 * (startsAGivenNamesFullName), lower case after it tells prose from a headline in title case.
 * Where the two words end, or -1.
 */
export function otherProperNameEnd(text: string, end: number): number {
  if (text.charCodeAt(end) !== 0x20) return -1;
  const first = text.charCodeAt(end + 1);
  if (!(first >= 0x41 && first <= 0x5a) || !isLowerLatinLetter(text.charCodeAt(end + 2))) return -1;
  const j = latinWordEnd(text, end + 2);
  if (STILL_THE_COMPANY.has(text.slice(end + 1, j))) return -1;
  return PROSE_AFTER.test(text.slice(j, j + 12)) ? j : -1;
}

/** The end of the Latin word (accented letters and hyphen-joined parts included: Räikkönen, On-Line) that runs through `from`. */
export function latinWordEnd(text: string, from: number): number {
  const letter = (c: number) => isLatinLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
  let j = from;
  while (j < text.length && (letter(text.charCodeAt(j)) || (text.charCodeAt(j) === 0x2d && letter(text.charCodeAt(j + 1))))) j++;
  return j;
}

/**
 * After that word: a possessive, a comma, or a word in lower case that is not one a title-case
 * headline also writes so (and, of, for…) nor a brand's lower-case start (xAI, iPhone).
 */
const PROSE_AFTER = /^(?:['’]s\b|,|\s(?!(?:and|of|for|the|in|on|at|to|with|as|from|by|or|vs)\b)[a-z]+(?![A-Za-z]))/;

/**
 * A verb's particle right after an ambiguous one-word name, before a colon, a dash or "on": the
 * subheads "Zoom in:" and "Zoom out:" that AI newsletters use, "Zoom in on the numbers". The verb,
 * not the company. Not "Zoom in 2020" nor "Zoom in Korea": only the particle before those marks.
 */
const PARTICLE_AFTER = /\s+(?:in|out)(?=\s*[:：—–]|\s+on\b)/y;

export function usedAsAVerb(text: string, end: number): boolean {
  return matchesAt(PARTICLE_AFTER, text, end);
}

/**
 * A share, send or subscribe button's label around a company's name (페이스북 공유하기, 트위터로 보내기,
 * 네이버에서 OSEN 구독하기, "Share on Facebook", "Send to X", "Follow us on Facebook"; not "a post
 * on X", nor 네이버에서 AI 구독 서비스를 출시, a subscription the company sells): the page's
 * toolbar or footer, not its text. Such labels sit on every article, whatever it is about.
 */
const SHARE_AFTER = /(?:(?:으로|로|에|에서)[ \u00a0]?(?:[^\s]{1,15}[ \u00a0])?|[ \u00a0]?)(?:공유|보내기|퍼가기|구독하(?:기|세요))/y;
const SHARE_BEFORE = /(?:Share|share|SHARE|Send|send|(?:Follow|follow|Like|like|Find|find|Join|join) us)\s+(?:on|to|via|with)\s+$/;

/** Units that can follow a name in SHARE_AFTER: one table read spares the expression for most names. */
const SHARE_AFTER_STARTS = codes('으로에공보퍼 \u00a0');

/**
 * Sites a share bar lists by name, one after another ("페이스북 트위터 네이버 다음 카카오채널 유튜브",
 * "Facebook Twitter LinkedIn Email"): a company's name among two more of them is the bar's button.
 */
const SHARE_BAR_SITES = new Set(
  `페이스북 트위터 엑스 네이버 다음 카카오 카카오톡 카카오스토리 카카오채널 유튜브 인스타그램 밴드 네이버밴드 라인 텔레그램
  링크드인 이메일 메일 블로그 스레드 URL복사 링크복사 Facebook Twitter X LinkedIn Email E-mail YouTube Instagram KakaoTalk
  Kakao Line LINE Telegram Threads Reddit WhatsApp Pinterest Naver Band Weibo WeChat 微博 微信 QQ はてな`.split(/\s+/),
);

/** What separates a share bar's buttons: spaces, line breaks, bars, middle dots and slashes. */
const isBarGap = (c: number) => c === 0x20 || c === 0xa0 || c === 0x0a || c === 0x7c || c === 0xb7 || c === 0x2f;

/** The site names by their first and by their last unit: one table read rules out most neighbours. */
const NO_SITES: readonly string[] = [];
const SITES_BY_FIRST = new Map<number, string[]>();
const SITES_BY_LAST = new Map<number, string[]>();
for (const site of SHARE_BAR_SITES) {
  for (const [map, c] of [[SITES_BY_FIRST, site.charCodeAt(0)], [SITES_BY_LAST, site.charCodeAt(site.length - 1)]] as const) {
    const list = map.get(c);
    if (list) list.push(site);
    else map.set(c, [site]);
  }
}

/**
 * Where the site name a gap before `at` starts (side -1), or where the site name a gap after it
 * ends (side 1); -1 when there is none. The site's name must stand alone between gaps.
 */
function siteBeside(text: string, at: number, side: -1 | 1): number {
  let i = at;
  let gaps = 0;
  if (side < 0) {
    while (i > 0 && gaps < 3 && isBarGap(text.charCodeAt(i - 1))) (i--, gaps++);
    if (gaps === 0) return -1;
    for (const site of SITES_BY_LAST.get(text.charCodeAt(i - 1)) ?? NO_SITES) {
      const from = i - site.length;
      if (from >= 0 && text.startsWith(site, from) && (from === 0 || isBarGap(text.charCodeAt(from - 1)))) return from;
    }
    return -1;
  }
  while (i < text.length && gaps < 3 && isBarGap(text.charCodeAt(i))) (i++, gaps++);
  if (gaps === 0) return -1;
  for (const site of SITES_BY_FIRST.get(text.charCodeAt(i)) ?? NO_SITES) {
    const to = i + site.length;
    if (text.startsWith(site, i) && (to === text.length || isBarGap(text.charCodeAt(to)))) return to;
  }
  return -1;
}

function inAShareBar(text: string, start: number, end: number): boolean {
  // A button's name stands between gaps: a name with a particle or punctuation beside it is prose.
  if ((start > 0 && !isBarGap(text.charCodeAt(start - 1))) || (end < text.length && !isBarGap(text.charCodeAt(end)))) return false;
  const before = siteBeside(text, start, -1);
  const after = siteBeside(text, end, 1);
  if (before >= 0 && after >= 0) return true;
  if (before >= 0) return siteBeside(text, before, -1) >= 0;
  return after >= 0 && siteBeside(text, after, 1) >= 0;
}

export function labelsAShareButton(text: string, start: number, end: number): boolean {
  if (SHARE_AFTER_STARTS.has(text.charCodeAt(end)) && matchesAt(SHARE_AFTER, text, end)) return true;
  if (inAShareBar(text, start, end)) return true;
  // "… on X", "… to X", "… via X", "… with X": the word before ends in n, o, a or h.
  const last = text.charCodeAt(start - 2);
  if (text.charCodeAt(start - 1) !== 0x20 || !(last === 0x6e || last === 0x6f || last === 0x61 || last === 0x68)) return false;
  return SHARE_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/**
 * A group's name before another of its companies, written apart in Korean: in a list of financial
 * firms ("삼성·KB·한화 등 주요 운용사", "삼성·KB·한화자산운용"), or a business group's before an
 * affiliate's own name ("삼성 바이오로직스", "SK 이노베이션", "LG 에너지솔루션"; not "구글
 * 엔지니어링 부사장"). The text names that firm, not the company in the dataset. Written together
 * (삼성바이오로직스) the name never matches: no Korean particle starts so.
 */
const FINANCIAL_LIST_AFTER =
  /(?:[·ㆍ] ?[가-힣A-Za-z]{1,6})*(?:자산운용|증권|생명|화재|손해보험|캐피탈|(?: ?등)?(?: ?주요)? ?(?:자산운용사|운용사|증권사|보험사|카드사|금융사))/y;

/** Korea's business groups, whose companies share the group's name as their first word. */
const KOREAN_GROUPS = new Set(['삼성', 'SK', 'LG', '현대', 'HD현대', '한화', '롯데', '포스코', 'GS', 'CJ', '두산', '효성', '코오롱', '한진', 'KT']);
const AFFILIATE_AFTER = / (?:바이오로직스|바이오에피스|중공업|물산|엔지니어링|SDI|디스플레이|웰스토리|에너지솔루션|화학|생활건강|이노텍|이노베이션|건설|상사|정유)/y;

export function namesAGroupAffiliate(text: string, start: number, end: number): boolean {
  const next = text.charCodeAt(end);
  const last = text.charCodeAt(end - 1);
  // A list's dots (· and the Hangul ㆍ) or a space; after a Hangul or Latin name.
  if (!(next === 0xb7 || next === 0x318d || next === 0x20) || !(isHangulSyllable(last) || isLatinLetter(last))) return false;
  if (matchesAt(FINANCIAL_LIST_AFTER, text, end)) return true;
  return next === 0x20 && end - start <= 4 && matchesAt(AFFILIATE_AFTER, text, end) && KOREAN_GROUPS.has(text.slice(start, end));
}

/**
 * A one-letter name after a capitalised word is the end of another name: Malcolm X, Generation X,
 * Model X. Not after a possessive (Musk's X) nor at a sentence's start.
 */
export function endsAnotherName(text: string, start: number): boolean {
  const word = latinWordBefore(text, start);
  if (word < 0) return false;
  const c = text.charCodeAt(word);
  const before = word > 0 ? text.charCodeAt(word - 1) : 0;
  return c >= 0x41 && c <= 0x5a && before !== 0x27 && before !== 0x2019;
}

/**
 * A university's town, not the university: a place's word after its name (Oxford City Council,
 * the Oxford Mail, Oxford United; also Cambridge Analytica, a firm named after the town) or a word
 * placing it before (central Oxford, southeast of Oxford, miles from Cambridge, near Berkeley). The
 * page means the town by the word.
 */
const TOWN_AFTER = /\s+(?:City Council|Council|Mail|Police|Station|Street|Road|Airport|County|United|Analytica)\b/y;
const TOWN_BEFORE =
  /(?:^|[^A-Za-z])(?:central|downtown|greater|suburban|outside|near|(?:north|south|east|west)(?:east|west)?(?:ern)? of|(?:miles|km|kilometres|kilometers) (?:from|outside|(?:north|south|east|west) of))\s+$/i;

export function namesAUniversityTown(text: string, start: number, end: number): boolean {
  return matchesAt(TOWN_AFTER, text, end) || TOWN_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/** Taiwan's Tsing Hua (新竹清華, 國立清華大學): another university of the same name, in another place. */
const OTHER_PLACE_BEFORE = /(?:新竹|台湾|台灣|臺灣|國立|国立)$/;

export function namesAnotherPlacesUniversity(text: string, start: number): boolean {
  return OTHER_PLACE_BEFORE.test(text.slice(Math.max(0, start - 2), start));
}

/**
 * A storm's or an event's name: Hurricane Harvey, Tropical Storm Harvey, 태풍 하이선, 台风山竹. The
 * page means the storm by the word (matcher.ts: meantOtherwise).
 */
const STORM_BEFORE =
  /(?:(?:^|[^A-Za-z])(?:Hurricane|Tropical Storm|Typhoon|Super Typhoon|Cyclone|Storm)\s+|(?:태풍|허리케인|사이클론)\s*|(?:台风|颱風|飓风|颶風|台風|ハリケーン)\s*)$/;

export function namesAStorm(text: string, start: number): boolean {
  return STORM_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

/** "X JAPAN" is the band, not X the company; the page then means the band by "X". */
const BAND_AFTER = /\s+JAPAN\b/y;

export function namesTheBand(text: string, end: number): boolean {
  return matchesAt(BAND_AFTER, text, end);
}

/**
 * A university's name that starts another institution's: its hospital (Stanford Hospital, 東大病院,
 * 北大医院, 스탠퍼드 병원, 서울대 치과병원, and the shared head noun of 서울대·세브란스병원), a school attached to it
 * (清华附中), a company it owns (Tsinghua Holdings, 清华控股, 清华同方, 北大方正), a place named after
 * it (Tsinghua Road, 東大前駅) or an experiment (Stanford Prison Experiment, 스탠퍼드 교도소 실험,
 * the Stanford-Binet test). The page names that thing, not the university where people study and
 * research; and 北大荒, 北大街 are 北 + 大荒, 北 + 大街, words the name only seems to start.
 */
const INSTITUTION_AFTER_UNIVERSITY =
  /(?:\s+(?:Hospitals?|Medical Cent(?:er|re)|Health ?[Cc]are|Children's (?:Hospital|Health)|Prison Experiment|Marshmallow|Shopping Cent(?:er|re)|Holdings|Unigroup|Tongfang|Founder Group|People's Hospital|Road|Avenue|Station|High School)\b|-Binet)|(?:[·ㆍ・、][가-힣ァ-ヺ一-鿿]{1,8}| [가-힣]{1,4})?(?:병원|附属病院|病院|医院|醫院)| ?(?:부속|교도소 실험|감옥 실험|마시멜로 실험|-비네)|(?:医学部)?附属(?:病院|中|小|高)|前駅|附中|附小|附属|附屬|控股|科技园|科技園|启迪|啟迪|同方|紫光|方正|青鸟|青鳥|网新|網新|荒|街|路(?![线線演径徑])/y;

export function namesAnInstitutionOfIt(text: string, end: number): boolean {
  return matchesAt(INSTITUTION_AFTER_UNIVERSITY, text, end);
}

/** "MIT License", "MIT-licensed": a university's name that starts a licence's names the licence. */
const LICENCE_AFTER = /[ -][Ll]icen[cs]/y;

export function namesALicence(text: string, end: number): boolean {
  return matchesAt(LICENCE_AFTER, text, end);
}

export function namesItsSportsTeam(text: string, end: number): boolean {
  if (!wordMayFollow(text, end, TEAM_STARTS)) return false;
  return matchesAt(TEAM_AFTER_ORG, text, end);
}

function isHangulSyllableAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isHangulSyllable(text.charCodeAt(i));
}

/** Marks that separate the items of a list ("카카오·KT", "네이버, KT", "SK/LG"). */
const LIST_MARKS = new Set([0x2c, 0x2f, 0xb7, 0x2027, 0x3001, 0x30fb, 0xff0c, 0xff65]);
/** How many Latin list items the Korean-text test reads past (SKT·KT·LGU+가 is two). */
const MAX_LIST_ITEMS = 4;

/** A unit of a list item written in Latin capitals, digits or +/& (SKT, LGU+, AT&T). */
const isLatinItemUnit = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x26;

/**
 * From unit i in direction step (1 or -1): past one space, then past list marks and the Latin
 * items between them (SKT·KT·LGU+가), each with one space around; the unit reached.
 */
function pastListSeparator(text: string, i: number, step: 1 | -1): number {
  for (let items = 0; items < MAX_LIST_ITEMS; items++) {
    if (text.charCodeAt(i) === 0x20) i += step;
    if (!LIST_MARKS.has(text.charCodeAt(i))) return i;
    i += step;
    if (text.charCodeAt(i) === 0x20) i += step;
    let j = i;
    while (isLatinItemUnit(text.charCodeAt(j))) j += step;
    if (j === i) return i;
    i = j;
  }
  return i;
}

/**
 * True when Korean text stands right next to the span (at most one space between, or list marks
 * and other Latin items of the list: "카카오·KT", "KT, 네이버", "SKT·KT·LGU+가"): Korean news writes
 * KT, LG and SK in Latin capitals inside its sentences (KT는, LG 측은), where the two letters name
 * the company, unlike in English text (a KT of fuel, LG as initials).
 */
export function writtenInKorean(text: string, start: number, end: number): boolean {
  return isHangulSyllableAt(text, pastListSeparator(text, end, 1)) || isHangulSyllableAt(text, pastListSeparator(text, start - 1, -1));
}

/**
 * Chinese words that a lower-case Latin prefix forms: meta分析 is a meta-analysis, meta学习
 * meta-learning, meta标签 an HTML meta tag, meta数据 metadata.
 */
const HAN_COMPOUND_AFTER = /分析|学习|學習|宇宙|标签|標籤|数据|數據|信息|資訊|元素|属性|屬性/y;

/**
 * A Latin word written in lower case inside Chinese text, as some Chinese outlets write company
 * names (跳槽去了meta。, 源于meta今年, a line opening with meta愿意): ideographs on one side at
 * least, and on the other CJK punctuation or the line's edge, unless the word and the ideographs
 * after it form a word (meta分析).
 */
export function writtenInsideHanText(text: string, start: number, end: number): boolean {
  const before = start === 0 ? 0x0a : text.charCodeAt(start - 1);
  const after = end === text.length ? 0x0a : text.charCodeAt(end);
  if (CLASS[after] === C_HAN) {
    return !matchesAt(HAN_COMPOUND_AFTER, text, end) && (CLASS[before] === C_HAN || isCjkPunctuation(before) || before === 0x0a);
  }
  return CLASS[before] === C_HAN && (isCjkPunctuation(after) || after === 0x0a || after === 0x28);
}

const isCjkPunctuation = (c: number) => (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f);

/**
 * Capitalised words that stand right before a surname without being a given name: titles
 * ("Professor Hinton"), and words that open a sentence or clause ("But Wang said").
 */
const NOT_GIVEN_NAMES = new Set([
  'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Professor', 'Sir', 'Dame', 'Chief', 'President', 'Founder', 'Cofounder',
  'Co-founder', 'Director', 'Chairman', 'Chair', 'Minister', 'Senator', 'Secretary', 'Researcher', 'Scientist',
  'Engineer', 'Head', 'Lead', 'Leader', 'Executive', 'Manager', 'Partner', 'Investor', 'Analyst', 'Author',
  'Principal', 'Member', 'Fellow', 'But', 'And', 'Or', 'So', 'Yet', 'Still', 'Meanwhile', 'However', 'Then', 'Now',
  'Also', 'Later', 'Earlier', 'When', 'While', 'After', 'Before', 'Since', 'Because', 'Although', 'Though', 'If',
  'As', 'At', 'In', 'On', 'For', 'With', 'Without', 'From', 'To', 'By', 'Of', 'The', 'This', 'That', 'Here', 'There',
  'Today', 'Yesterday', 'Last', 'Next', 'Both', 'According', 'Unlike', 'Like', 'Per', 'Via', 'Under', 'Only', 'Even',
  'Indeed', 'Instead', 'Finally', 'Ultimately', 'Separately', 'Additionally', 'Similarly', 'Where', 'Why', 'How',
  'What', 'Who', 'Whether', 'Once', 'Alongside', 'Besides', 'Including', 'Among', 'Beyond', 'Against', 'Behind',
  'Between', 'Despite', 'During', 'Except', 'Following', 'Joining', 'Replacing', 'Succeeding', 'Thanks', 'Until',
  'Upon', 'Within', 'Around', 'About', 'Into', 'Did', 'Does', 'Has', 'Had', 'Is', 'Was', 'Were', 'Are', 'Can',
  'Could', 'Should', 'Would', 'Might', 'Must', 'Not', 'Neither', 'Nor', 'Whereas', 'Unless', 'Asked', 'Says', 'Said',
  'Adds', 'Added', 'Notes', 'Noted', 'Meet', 'Given',
  // Headline verbs, capitalised in Title Case ("Google Names Kavukcuoglu Chief AI Architect").
  'Names', 'Named', 'Hires', 'Hired', 'Taps', 'Tapped', 'Appoints', 'Appointed', 'Promotes', 'Promoted', 'Poaches',
  'Recruits', 'Welcomes', 'Loses', 'Picks', 'Lands', 'Joins', 'Leaves', 'Quits', 'Exits', 'Announces', 'Backs',
]);

/**
 * An adverb, participle or -ing word that opens a clause ("Given Musk's plans", "Sadly Karpathy
 * left", "Considering Wang's move"): not a given name, unless it is a pinyin one (Xiaoming).
 */
function opensAClause(word: string): boolean {
  // -ing from five letters (Hiring, Luring); -ly and -ed from six, which spares Emily and Jed.
  return /^[A-Z](?:[a-z]{2,}ing|[a-z]{3,}(?:ly|ed))$/.test(word) && !PINYIN_GIVEN_NAME.test(word);
}

/**
 * True when the surname at text[start, end) belongs to someone else's full name, one we do not
 * know: a capitalised given name right before it ("Cathy Wu", "Tiezhen Wang"), or a pinyin given
 * name right after it, Chinese order ("Wu Zeming"), or any capitalised word after a surname that is itself
 * a given name ("Scott LaValley"). So it is not a short mention of the Wu or Wang
 * named elsewhere on the page. Possessives (OpenAI's Wang), capitals (CEO Wang), titles and
 * sentence openers are not given names, nor headline words after a surname ("Musk Addresses").
 */
export function besideAnotherGivenName(text: string, start: number, end: number): boolean {
  if (start >= 2 && text.charCodeAt(start - 1) === 0x20) {
    let j = start - 1;
    while (j > 0 && /[A-Za-z\u00c0-\u024f'’-]/.test(text[j - 1]!)) j--;
    const word = text.slice(j, start - 1);
    if (/^[A-Z][a-z\u00df-\u024f]/.test(word) && !/['’]s$/.test(word) && !NOT_GIVEN_NAMES.has(word.replace(/['’-]+$/, '')) && !opensAClause(word)) return true;
  }
  if (text.charCodeAt(end) !== 0x20) return false;
  const after = text.slice(end + 1, end + 24);
  // A surname that is also a common given name, before a capitalised word, is someone's given name
  // ("Scott LaValley Joins Google DeepMind" is not Kevin Scott's).
  const capital = text.charCodeAt(end + 1);
  if (capital >= 0x41 && capital <= 0x5a && ENGLISH_GIVEN_NAMES.has(text.slice(start, end))) {
    const next = /^[A-Z][a-z]+[A-Za-z]*/.exec(after);
    if (next && !NOT_GIVEN_NAMES.has(next[0])) return true;
  }
  // The given name may be a possessive (Liu Dian's wife).
  const m = /^[A-Z][a-z]+(?=['’]s\b|(?![A-Za-z'’-]))/.exec(after);
  return !!m && PINYIN_GIVEN_NAME.test(m[0]) && !NOT_GIVEN_NAMES.has(m[0]);
}

const isOpenParen = (c: number) => c === 0x28 || c === 0xff08;
const isCloseParen = (c: number) => c === 0x29 || c === 0xff09;
const isLatinLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isLowerLatinLetter = (c: number) => c >= 0x61 && c <= 0x7a;
const GLOSS_MAX = 60;

/**
 * A Japanese gloss in brackets right after a Korean word (와비(侘び), 와비(わび)): the word is
 * that Japanese word, given in its own script. A gloss with hiragana is never a company's name.
 */
export function japaneseGlossAfter(text: string, end: number): [number, number] | null {
  if (!isOpenParen(text.charCodeAt(end))) return null;
  let kana = false;
  for (let j = end + 1; j < text.length && j <= end + GLOSS_MAX; j++) {
    const c = text.charCodeAt(j);
    if (isCloseParen(c)) return kana ? [end + 1, j] : null;
    // Japanese okurigana and kana words are written in hiragana; a foreign name never is.
    kana ||= CLASS[c] === C_HIRA;
  }
  return null;
}

/**
 * The Latin gloss written beside a name in another script, in brackets after it ("카카오(Cacao)",
 * "오픈AI(OpenAI)") or around it after the Latin word it reads ("ELIZA(イライザ)"): the span of
 * the Latin text, or null. The gloss says what the page means by the name, so the caller checks
 * whether it names the same entity.
 */
export function latinGlossAround(text: string, start: number, end: number): [number, number] | null {
  let i = end;
  if (text.charCodeAt(i) === 0x20) i++;
  if (isOpenParen(text.charCodeAt(i))) {
    for (let j = i + 1; j < text.length && j <= i + GLOSS_MAX; j++) {
      if (!isCloseParen(text.charCodeAt(j))) continue;
      return isPlainLatinWord(text, i + 1, j) ? [i + 1, j] : null;
    }
    return null;
  }
  let open = start - 1;
  if (text.charCodeAt(open) === 0x20) open--;
  let close = end;
  if (text.charCodeAt(close) === 0x20) close++;
  if (!isOpenParen(text.charCodeAt(open)) || !isCloseParen(text.charCodeAt(close))) return null;
  let last = open - 1;
  if (text.charCodeAt(last) === 0x20) last--;
  if (!isLatinLetter(text.charCodeAt(last))) return null;
  let first = last;
  // The Latin word or words right before the bracket ("Connected Cacao", "ELIZA").
  while (first > 0 && last - first < GLOSS_MAX) {
    const c = text.charCodeAt(first - 1);
    if (!(isLatinLetter(c) || c === 0x20 || c === 0x2d)) break;
    first--;
  }
  return isPlainLatinWord(text, first, last + 1) ? [first, last + 1] : null;
}

/**
 * Letters, spaces and hyphens only, and a word rather than a code: "Connected Cacao", "ELIZA",
 * not a ticker (0700.HK, NASDAQ: MSFT), an initialism (SR) or a phrase in mixed scripts
 * (오픈AI, 聚焦AI視頻…), which say nothing against the name.
 */
function isPlainLatinWord(text: string, from: number, to: number): boolean {
  let letters = 0;
  let lower = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (isLatinLetter(c)) {
      letters++;
      if (c >= 0x61) lower = true;
    } else if (c !== 0x20 && c !== 0x2d) return false;
  }
  return letters >= 4 && (lower || letters >= 5);
}

/** How far (UTF-16 units, each side) an org's other-sense words count as near its name. */
const OTHER_SENSE_WINDOW = 60;

/**
 * One of an org's other-sense words near its name (블록체인 or 체인링크 near 오라클): the text
 * uses the name in its ordinary sense (a blockchain oracle). The words come lower-cased from the
 * index (alias-index.ts), so they compare case-insensitively.
 */
export function otherSenseNear(text: string, start: number, end: number, lowerWords: readonly string[]): boolean {
  const around = text.slice(Math.max(0, start - OTHER_SENSE_WINDOW), end + OTHER_SENSE_WINDOW).toLowerCase();
  return lowerWords.some((w) => containsWord(around, w));
}

/**
 * `word` in `text` where its Latin ends are word edges, a plural allowed: "rowing", not inside
 * "growing"; "inventor", not "inventory"; "smart contracts" for "smart contract".
 */
function containsWord(text: string, word: string): boolean {
  const latinStart = isLatinLetter(word.charCodeAt(0));
  const latinEnd = isLatinLetter(word.charCodeAt(word.length - 1));
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (latinStart && i > 0 && isLatinLetter(text.charCodeAt(i - 1))) continue;
    let end = i + word.length;
    if (latinEnd && text.startsWith('es', end) && !isLatinLetter(text.charCodeAt(end + 2))) end += 2;
    else if (latinEnd && text.charCodeAt(end) === 0x73) end += 1;
    if (latinEnd && isLatinLetter(text.charCodeAt(end))) continue;
    return true;
  }
  return false;
}
