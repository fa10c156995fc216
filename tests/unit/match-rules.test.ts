import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../lib/dataset/schema';
import { buildAliasIndex } from '../../lib/match/alias-index';
import { createMatcher } from '../../lib/match/matcher';
import { fixtureIndex } from './match-fixture-index';

const none = { en: [], ko: [], zh: [], ja: [] };

/** The alias index of a small hand-made dataset, for rules the fixture index does not cover. */
function handMadeIndex(d: Pick<Dataset, 'orgs' | 'people'>) {
  return buildAliasIndex({ schemaVersion: 1, updated: '2026-01', ...d });
}

const matcher = createMatcher(fixtureIndex());

/** [surface as written on the page, entity id] of each mention, checking the offsets on the way. */
function found(text: string): [string, string][] {
  return matcher.scan(text).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return [m.text, m.id];
  });
}

describe('normalisation', () => {
  it('finds names written in NFD (decomposed Hangul, combining accents) with offsets into the original text', () => {
    const text = '그때 존 슐먼은 오픈AI를 떠났다.'.normalize('NFD');
    const ms = matcher.scan(text);
    expect(ms.map((m) => m.id)).toEqual(['john-schulman', 'openai']);
    expect(ms[0]!.text.normalize('NFC')).toBe('존 슐먼');
    expect(text.slice(ms[0]!.start, ms[0]!.end)).toBe('존 슐먼'.normalize('NFD'));
    expect(found('Sam Altman said Schulman\u0301 left the AI lab.')).toEqual([['Sam Altman', 'sam-altman']]);
  });

  it('folds Latin case, but keepCase aliases match only as written', () => {
    expect(found('OPENAI and openai both announced models.')).toEqual([
      ['OPENAI', 'openai'],
      ['openai', 'openai'],
    ]);
    expect(found('Ilya Sutskever founded Safe Superintelligence (SSI) in 2024.')).toEqual([
      ['Safe Superintelligence', 'safe-superintelligence'],
      ['SSI', 'safe-superintelligence'],
    ]);
    expect(found('Safe Superintelligence said the ssi figure was wrong.')).toEqual([['Safe Superintelligence', 'safe-superintelligence']]);
    expect(found('the anthropic principle, said Anthropic')).toEqual([['Anthropic', 'anthropic']]);
  });

  it('folds full-width Latin and half-width katakana', () => {
    expect(found('ＯｐｅｎＡＩの新モデル')).toEqual([['ＯｐｅｎＡＩ', 'openai']]);
    expect(found('ｻﾑ･ｱﾙﾄﾏﾝ氏は語った')).toEqual([['ｻﾑ･ｱﾙﾄﾏﾝ', 'sam-altman']]);
  });

  it('ignores spaces and middle dots inside CJK/Hangul foreign names', () => {
    expect(found('샘올트먼과 샘 올트먼, 샘  올트먼')).toEqual([
      ['샘올트먼', 'sam-altman'],
      ['샘 올트먼', 'sam-altman'],
      ['샘  올트먼', 'sam-altman'],
    ]);
    expect(found('サム・アルトマン氏、サムアルトマン、サム アルトマン、サム＝アルトマン')).toEqual([
      ['サム・アルトマン', 'sam-altman'],
      ['サムアルトマン', 'sam-altman'],
      ['サム アルトマン', 'sam-altman'],
      ['サム＝アルトマン', 'sam-altman'],
    ]);
    expect(found('约翰·舒尔曼加入了公司。约翰舒尔曼')).toEqual([
      ['约翰·舒尔曼', 'john-schulman'],
      ['约翰舒尔曼', 'john-schulman'],
    ]);
    expect(found('오픈 AI와 오픈AI')).toEqual([
      ['오픈 AI', 'openai'],
      ['오픈AI', 'openai'],
    ]);
  });

  it('keeps exact UTF-16 offsets after astral characters and invisible characters', () => {
    const text = '😀🚀 Sam Altman met Sam Alt\u00ADman (AI)';
    const ms = matcher.scan(text);
    expect(ms.map((m) => [m.start, m.end])).toEqual([
      [5, 15],
      [20, 31],
    ]);
  });

  it('a name broken by a line wrap is found, one broken by a blank line is not', () => {
    expect(found('met Sam\nAltman today (AI)')).toEqual([['Sam\nAltman', 'sam-altman']]);
    expect(found('met Sam\n\nAltman today')).toEqual([]);
  });
});

describe('automaton', () => {
  it('is leftmost-longest', () => {
    expect(found('Meta Superintelligence Labs hired him; Google DeepMind did not.')).toEqual([
      ['Meta Superintelligence Labs', 'meta-superintelligence-labs'],
      ['Google DeepMind', 'google-deepmind'],
    ]);
    expect(found('구글 딥마인드와 구글')).toEqual([
      ['구글 딥마인드', 'google-deepmind'],
      ['구글', 'google'],
    ]);
  });

  it('a rejected long match does not hide a valid shorter one', () => {
    // "DeepMind" inside "DeepMinded" is no word; the scan still finds Google right before it.
    expect(found('Google DeepMinded people')).toEqual([['Google', 'google']]);
  });
});

describe('boundaries', () => {
  it('Latin aliases match whole words only', () => {
    expect(found('OpenAI’s model, OpenAI-backed, #OpenAI, @OpenAI')).toHaveLength(4);
    expect(found('OpenAIX and XOpenAI and Googleplex')).toEqual([]);
  });


  it('a capitalised one-word name written in lower case is the common word', () => {
    expect(found('Just google it, or ask Google.')).toEqual([['Google', 'google']]);
    expect(found('GOOGLE and ＧＯＯＧＬＥ')).toHaveLength(2);
  });

  it('a name of capitalised words must be written capitalised, word by word', () => {
    expect(found('We will keep building safe superintelligence at Safe Superintelligence.')).toEqual([['Safe Superintelligence', 'safe-superintelligence']]);
    expect(found('Sam altman is a typo; SAM ALTMAN shouts about AI.')).toEqual([['SAM ALTMAN', 'sam-altman']]);
  });

  it('a particle inside a personal name may stay lower case, but not a name\'s last word', () => {
    const m = createMatcher(
      handMadeIndex({
        orgs: [],
        people: [
          { id: 'dd', name: 'Daniel De Freitas', aliases: { ...none, en: ['Daniel De Freitas'] }, shortNames: none, moves: [] },
          { id: 'vv', name: 'Ada Van', aliases: { ...none, en: ['Ada Van'] }, shortNames: none, moves: [] },
        ],
      }),
    );
    const ids = (t: string) => m.scan(t).map((x) => [x.text, x.id]);
    expect(ids('Daniel de Freitas and Daniel De Freitas (AI)')).toEqual([
      ['Daniel de Freitas', 'dd'],
      ['Daniel De Freitas', 'dd'],
    ]);
    expect(ids('daniel de freitas, Daniel de freitas, Ada van')).toEqual([]);
  });

  it('a name ending in a digit is not read out of a version number', async () => {
    const m = createMatcher(
      handMadeIndex({
        orgs: [{ id: 'ai2', name: 'Ai2', kind: 'lab', aliases: { ...none, en: [{ text: 'AI2', keepCase: true }] }, shortNames: none }],
        people: [],
      }),
    );
    expect(m.scan('在以大模型为特征的AI2.0时代, AI2 released OLMo. AI2.').map((x) => x.start)).toEqual([18, 37]);
  });

  it('a Hangul name right after a digit is a counter or unit', () => {
    expect(found('딥시크와 3딥시크, 오픈AI와 27오픈AI')).toEqual([
      ['딥시크', 'deepseek'],
      ['오픈AI', 'openai'],
    ]);
  });

  it('Latin names next to Hangul or CJK are words', () => {
    expect(found('OpenAI는 OpenAI发布 Google의')).toEqual([
      ['OpenAI', 'openai'],
      ['OpenAI', 'openai'],
      ['Google', 'google'],
    ]);
  });

  it('Hangul aliases take particles and titles, which stay outside the span', () => {
    expect(found('존 슐먼이 말했다. 샘 올트먼에게서는 답이 없었고 오픈AI와의 관계는 끝났다.')).toEqual([
      ['존 슐먼', 'john-schulman'],
      ['샘 올트먼', 'sam-altman'],
      ['오픈AI', 'openai'],
    ]);
    expect(found('데미스 허사비스박사와 마크 저커버그다.')).toEqual([
      ['데미스 허사비스', 'demis-hassabis'],
      ['마크 저커버그', 'mark-zuckerberg'],
    ]);
    expect(found('딥시크로부터 딥마인드에서도 구글으로 딥시크의')).toEqual([
      ['딥시크', 'deepseek'],
      ['딥마인드', 'google-deepmind'],
      ['딥시크', 'deepseek'],
    ]);
    // Business news: 향 (bound for) and 발 (set off by) written solid with a company.
    expect(found('오픈AI향 HBM 공급이 늘었고 딥시크발 충격이 이어졌다.')).toEqual([
      ['오픈AI', 'openai'],
      ['딥시크', 'deepseek'],
    ]);
    // 엔, the short form of 에는, after a title written solid with the org (삼성리서치장엔 = 삼성리서치장에는).
    expect(found('오픈AI엔 인재가 몰렸고, 딥마인드장엔 새 사람이 왔다.')).toEqual([
      ['오픈AI', 'openai'],
      ['딥마인드', 'google-deepmind'],
    ]);
  });

  it('stacked particles and copulas after a name, checked against its final consonant', () => {
    expect(found('마크 저커버그에게는 답이 없었다. 딥시크와는 다르다. 오픈AI로부터 받은 돈')).toEqual([
      ['마크 저커버그', 'mark-zuckerberg'],
      ['딥시크', 'deepseek'],
      ['오픈AI', 'openai'],
    ]);
    // 허사비스 + 이 (after a vowel the subject marker is 가): not a particle, so not this name.
    expect(found('데미스 허사비스이다')).toEqual([]);
    expect(found('데미스 허사비스다')).toEqual([['데미스 허사비스', 'demis-hassabis']]);
  });

  it('a Hangul alias inside a longer word is not a match', () => {
    // 정보 is the Korean reading of 郑博; it must not fire inside 개인정보 or 정보통신.
    expect(found('개인정보 유출과 정보통신 정책, 딥시크와 오픈AI')).toEqual([
      ['딥시크', 'deepseek'],
      ['오픈AI', 'openai'],
    ]);
    expect(found('구글링으로 찾은 오픈AI')).toEqual([['오픈AI', 'openai']]);
    expect(found('메타버스와 애플파이, 오픈AI의 모델')).toEqual([['오픈AI', 'openai']]);
  });

  it('a name of three or more syllables opening a hashtag may run into the next word', () => {
    expect(found('오픈AI 소식 #마크저커버그인터뷰 #샘올트먼발언')).toEqual([
      ['오픈AI', 'openai'],
      ['마크저커버그', 'mark-zuckerberg'],
      ['샘올트먼', 'sam-altman'],
    ]);
    // Two-syllable words stay strict, and outside a hashtag nothing changes.
    expect(found('오픈AI 소식 #메타버스 #정보통신 마크저커버그인터뷰')).toEqual([['오픈AI', 'openai']]);
  });

  it('katakana names are not read out of longer katakana words or other ・-joined names', () => {
    expect(found('サム・アルトマン氏によれば、アルトマン氏は')).toEqual([
      ['サム・アルトマン', 'sam-altman'],
      ['アルトマン', 'sam-altman'],
    ]);
    expect(found('サム・アルトマン。ジャック・アルトマンは別人')).toEqual([['サム・アルトマン', 'sam-altman']]);
  });

  it('CJK: 3+ ideograph names match anywhere, 1-2 ideograph names need a clean side', () => {
    expect(found('深度求索创始人梁文锋表示')).toEqual([
      ['深度求索', 'deepseek'],
      ['梁文锋', 'liang-wenfeng'],
    ]);
    expect(found('华为发布了新芯片。他在华为工作。')).toEqual([
      ['华为', 'huawei'],
      ['华为', 'huawei'],
    ]);
    expect(found('以中华为本，弘扬传统')).toEqual([]);
    expect(found('包括华为在内的公司。华为近日推出新品。')).toEqual([
      ['华为', 'huawei'],
      ['华为', 'huawei'],
    ]);
  });

  it('names inside URLs and e-mail addresses are not mentions', () => {
    expect(found('출처: https://techcrunch.com/why-talent-is-leaving-openai-and-google/ 및 press@openai.com')).toEqual([]);
    // A site-relative path, as in a Markdown link (match-page-context: a photo credit after a slash is a mention).
    expect(found('See [OpenAI](/wiki/openai) and ![x](../media/anthropic-logo.png).')).toEqual([['OpenAI', 'openai']]);
  });
});

describe('ambiguous aliases', () => {
  it('stay silent without evidence', () => {
    expect(found('The mistral blew for three days over Provence; Gemini and Apple pie for dessert.')).toEqual([]);
    // One person alone does not make an AI page: a namesake would turn every ordinary word into a company.
    expect(found('Demis Hassabis, our neighbour, baked an Apple pie; Gemini season starts in May.')).toEqual([['Demis Hassabis', 'demis-hassabis']]);
    // And where many share the person's name, that one person alone is taken for a namesake.
    expect(found('Sam Altman, our neighbour, baked an Apple pie; Gemini season starts in May.')).toEqual([]);
    expect(found('사과와 애플 주스, 메타 분석 결과')).toEqual([]);
  });

  it('need the capitals in Latin script even on an AI page', () => {
    expect(found('OpenAI researchers ran a meta analysis of LLM benchmarks.')).toEqual([['OpenAI', 'openai']]);
  });

  it('may be in lower case inside Chinese text, as some Chinese outlets write them', () => {
    expect(found('今天meta发布了新的AI模型。')).toEqual([['meta', 'meta']]);
    expect(found('这一变动源于meta今年收购数据标注公司，OpenAI也在招人。')).toEqual([['meta', 'meta'], ['OpenAI', 'openai']]);
    expect(found('OpenAI的研究人员加入了Meta。\nmeta愿意为这些人才支付高薪。')).toEqual([['OpenAI', 'openai'], ['Meta', 'meta'], ['meta', 'meta']]);
    // Not a Latin prefix that makes a Chinese word with what follows (meta分析, a meta-analysis).
    expect(found('OpenAI的研究人员做了meta分析。')).toEqual([['OpenAI', 'openai']]);
    expect(found('用AI生成网页的meta标签和meta数据，OpenAI的模型也能做。')).toEqual([['OpenAI', 'openai']]);
    // Not in English text, nor half in it.
    expect(found('OpenAI researchers on meta。')).toEqual([['OpenAI', 'openai']]);
  });

  it('match with AI vocabulary nearby', () => {
    expect(found('Meta is training a new large language model.')).toEqual([['Meta', 'meta']]);
    expect(found('메타가 새 인공지능 모델을 공개했다.')).toEqual([['메타', 'meta']]);
  });

  it('match with a company suffix', () => {
    expect(found('Apple Inc. reported earnings on Thursday.')).toEqual([['Apple', 'apple']]);
  });

  it('match when other unambiguous AI entities are on the page', () => {
    const page = [
      { text: 'Zuckerberg returned from Lake Tahoe.' },
      { text: 'Mark Zuckerberg hired people from OpenAI.' },
      { text: 'Meta paid well.' },
    ];
    const res = matcher.resolve(page.map((b) => ({ text: b.text, candidates: matcher.findCandidates(b.text) })));
    expect(res.map((ms) => ms.map((m) => m.id))).toEqual([['mark-zuckerberg'], ['mark-zuckerberg', 'openai'], ['meta']]);
  });

  it('match when a known person of that org (or of its sub-unit) is on an AI page, or in the same sentence', () => {
    expect(found('Alexandr Wang joined in June. Meta paid $14 billion for Scale AI.')).toEqual([
      ['Alexandr Wang', 'alexandr-wang'],
      ['Meta', 'meta'],
      ['Scale AI', 'scale-ai'],
    ]);
    expect(found('Alexandr Wang joined Meta in June to lead its AI.')).toEqual([
      ['Alexandr Wang', 'alexandr-wang'],
      ['Meta', 'meta'],
    ]);
    // One person and nothing else is no AI page, and the next sentence is not next to him.
    expect(found('Alexandr Wang joined in June. Meta paid $14 billion for the deal.')).toEqual([['Alexandr Wang', 'alexandr-wang']]);
  });

  it('one big-tech company alone is not an AI page', () => {
    expect(found('Google says the Mistral winds blow over the Apple orchards of Normandy.')).toEqual([['Google', 'google']]);
  });
});

describe('page-level coreference', () => {
  it('short names are found only after a full name appears on the page', () => {
    expect(found('Altman said no. 슐먼이 떠났다.')).toEqual([]);
    expect(found('Sam Altman spoke first. Later Altman said no to AI.')).toEqual([
      ['Sam Altman', 'sam-altman'],
      ['Altman', 'sam-altman'],
    ]);
    expect(found('슐먼은 떠났다. 존 슐먼이 밝혔다. 슐먼의 다음 행선지는')).toEqual([
      ['슐먼', 'john-schulman'],
      ['존 슐먼', 'john-schulman'],
      ['슐먼', 'john-schulman'],
    ]);
  });

  it('work across blocks of one page', () => {
    const blocks = ['데미스 허사비스 CEO가 발표했다.', '허사비스는 노벨상을 받았다.'];
    const res = matcher.resolve(blocks.map((text) => ({ text, candidates: matcher.findCandidates(text) })));
    expect(res.map((ms) => ms.map((m) => m.text))).toEqual([['데미스 허사비스'], ['허사비스']]);
  });

  it('a short name shared by two people goes to the nearest full name before it', () => {
    const ms = matcher.scan('Sam Altman and Jack Altman are brothers. Jack Altman runs a fund; Altman said. Sam Altman replied. Altman laughed.');
    expect(ms.filter((m) => m.text === 'Altman').map((m) => m.id)).toEqual(['jack-altman', 'sam-altman']);
  });

  it('need capitals in Latin script', () => {
    expect(found('John Schulman spoke on AI; schulman is a common word in no language')).toEqual([['John Schulman', 'john-schulman']]);
  });
});

describe('one-letter ambiguous names', () => {
  it('need their own entity on the page, not just an AI page', async () => {
    const m = createMatcher(
      handMadeIndex({
        orgs: [
          { id: 'openai', name: 'OpenAI', kind: 'lab', aliases: { en: ['OpenAI'], ko: [], zh: [], ja: [] }, shortNames: { en: [], ko: [], zh: [], ja: [] } },
          { id: 'x-corp', name: 'X Corp', kind: 'company', aliases: { en: ['Twitter', { text: 'X', keepCase: true, ambiguous: true }], ko: [], zh: [], ja: [] }, shortNames: { en: [], ko: [], zh: [], ja: [] } },
        ],
        people: [
          { id: 'elon-musk', name: 'Elon Musk', aliases: { en: ['Elon Musk'], ko: [], zh: [], ja: [] }, shortNames: { en: ['Musk'], ko: [], zh: [], ja: [] }, moves: [{ to: 'x-corp', date: '2022-10', sources: [], unsourced: true }] },
        ],
      }),
    );
    expect(m.scan('OpenAI plotted the X axis of its AI benchmark.').map((x) => x.id)).toEqual(['openai']);
    expect(m.scan('Elon Musk drove a Model X to the OpenAI office.').map((x) => x.text)).toEqual(['Elon Musk', 'OpenAI']);
    expect(m.scan('Elon Musk posted on X that he would sue OpenAI.').map((x) => x.text)).toEqual(['Elon Musk', 'OpenAI']);
    expect(m.scan('Elon Musk posted on X, formerly Twitter, that he would sue OpenAI.').map((x) => x.text)).toEqual([
      'Elon Musk',
      'X',
      'Twitter',
      'OpenAI',
    ]);
    expect(m.scan('OpenAI posted on X (formerly Twitter).').map((x) => x.text)).toEqual(['OpenAI', 'X', 'Twitter']);
  });
});

describe('Korean company names in Latin capitals', () => {
  const korean = async () => {
    return createMatcher(
      handMadeIndex({
        orgs: [
          { id: 'kt', name: 'KT', kind: 'company', aliases: { ...none, en: [{ text: 'KT', keepCase: true, ambiguous: true }], ko: ['케이티'] }, shortNames: none },
          { id: 'samsung', name: 'Samsung Electronics', kind: 'company', aliases: { ...none, en: ['Samsung Electronics'], ko: ['삼성전자', '삼성'] }, shortNames: none },
          { id: 'google', name: 'Google', kind: 'company', aliases: { ...none, en: ['Google'], ko: ['구글'] }, shortNames: none },
        ],
        people: [],
      }),
    );
  };

  it('two capitals inside Korean text on an AI page are the company; in English text they need more', async () => {
    const m = await korean();
    const ids = (t: string) => m.scan(t).map((x) => `${x.text}:${x.id}`);
    expect(ids('KT는 AI 사업본부를 새로 만들고 LG 측과 협력한다.')).toEqual(['KT:kt']);
    expect(ids('통신 3사 가운데 KT 역시 인공지능 모델을 공개했다.')).toEqual(['KT:kt']);
    // An item of a Korean list, after a middle dot or before a comma.
    expect(ids('네이버·KT, 인공지능 사업 확대')).toEqual(['KT:kt']);
    expect(ids('인공지능 모델은 KT, 네이버가 먼저 공개했다.')).toEqual(['KT:kt']);
    expect(ids('인공지능 반도체 회사에 SK·KT·LG가 출자했다.')).toEqual(['KT:kt']);
    expect(ids('The AI models of KT, LG and SK were compared.')).toEqual([]);
    // Korean text without AI context, and English AI text without the company: not enough.
    expect(ids('KT 위즈는 어제 경기에서 이겼다.')).toEqual([]);
    expect(ids('The AI model burned a KT of fuel.')).toEqual([]);
  });

  it('a Hangul name continued by capitals is another company (삼성SDS), except for AI (구글AI)', async () => {
    const m = await korean();
    const ids = (t: string) => m.scan(t).map((x) => `${x.text}:${x.id}`);
    expect(ids('그는 삼성SDS 연구원을 거쳐 네이버에 합류했다.')).toEqual([]);
    expect(ids('삼성SDI와 삼성전자가 참여했다.')).toEqual(['삼성전자:samsung']);
    expect(ids('구글AI와 삼성, 그리고 삼성DS')).toEqual(['구글:google', '삼성:samsung']);
    expect(ids('삼성은 AI 칩을, 삼성D램은 메모리를')).toEqual(['삼성:samsung', '삼성:samsung']);
  });
});

describe('alternatives', () => {
  it('an alias two entities share goes to the one a person on the page links to', async () => {
    const m = createMatcher(
      handMadeIndex({
        orgs: [
          { id: 'google', name: 'Google', kind: 'company', aliases: { en: ['Google', { text: 'Gemini', ambiguous: true }], ko: [], zh: [], ja: [] }, shortNames: none },
          { id: 'gemini-exchange', name: 'Gemini Trust', kind: 'company', aliases: { en: ['Gemini Trust', { text: 'Gemini', ambiguous: true }], ko: [], zh: [], ja: [] }, shortNames: none },
        ],
        people: [
          { id: 'tyler-winklevoss', name: 'Tyler Winklevoss', aliases: { en: ['Tyler Winklevoss'], ko: [], zh: [], ja: [] }, shortNames: none, moves: [{ to: 'gemini-exchange', date: '2014', sources: [], unsourced: true }] },
        ],
      }),
    );
    const text = 'Tyler Winklevoss said Gemini would list the token. (AI)';
    expect(m.findCandidates(text).filter((c) => c.start === 22)).toHaveLength(2);
    expect(m.scan(text).map((x) => x.id)).toEqual(['tyler-winklevoss', 'gemini-exchange']);
  });

  it('a name two people share goes to the one whose org is on the page', async () => {
    const lab = (id: string, name: string) => ({ id, name, kind: 'company' as const, aliases: { ...none, ko: [name] }, shortNames: none });
    const researcher = (id: string, org: string) => ({
      id,
      name: id,
      aliases: { ...none, ko: [{ text: '이강욱', ambiguous: true }] },
      shortNames: none,
      moves: [{ to: org, date: '2020', sources: [], unsourced: true }],
    });
    const m = createMatcher(
      handMadeIndex({
        orgs: [lab('krafton', '크래프톤'), lab('samsung-research', '삼성리서치')],
        people: [researcher('lee-at-krafton', 'krafton'), researcher('lee-at-samsung', 'samsung-research')],
      }),
    );
    const idOf = (text: string) => m.scan(text).find((x) => x.text === '이강욱')?.id;
    expect(idOf('삼성리서치 AI모델팀 이강욱 상무가 인공지능 랩을 맡는다.')).toBe('lee-at-samsung');
    expect(idOf('크래프톤은 이강욱 인공지능 책임자를 선임했다.')).toBe('lee-at-krafton');
  });

  it('of two namesakes whose orgs are both on the page, the one with more of them', () => {
    const lab = (id: string, name: string) => ({ id, name, kind: 'company' as const, aliases: { ...none, ko: [name] }, shortNames: none });
    const researcher = (id: string, orgs: string[]) => ({
      id,
      name: id,
      aliases: { ...none, ko: [{ text: '야오순위', ambiguous: true }] },
      shortNames: none,
      moves: orgs.map((to, i) => ({ to, date: `202${i}`, sources: [], unsourced: true })),
    });
    const m = createMatcher(
      handMadeIndex({
        orgs: [lab('openai', '오픈AI'), lab('tencent', '텐센트'), lab('anthropic', '앤트로픽'), lab('google', '구글')],
        // The namesake at Google comes first, so the first with any org on the page would be him.
        people: [researcher('yao-at-google', ['anthropic', 'google']), researcher('yao-at-tencent', ['openai', 'tencent'])],
      }),
    );
    const ids = (text: string) => m.scan(text).filter((x) => x.text === '야오순위').map((x) => x.id);
    expect(ids('오픈AI 출신 야오순위가 텐센트로 옮겼다. 구글도 그를 원했다.')).toEqual(['yao-at-tencent']);
    expect(ids('앤트로픽을 떠난 야오순위는 구글에 합류했다. 오픈AI는 논평하지 않았다.')).toEqual(['yao-at-google']);
    // Equal counts page-wide (구글 and 앤트로픽 against 오픈AI and 텐센트): the namesake named right
    // beside his own org is meant, there and in the page's bare mention of him.
    expect(ids('구글과 앤트로픽이 인재를 잃었다. 최근 오픈AI 연구원 야오순위가 텐센트로 이직했다. 우융후이와 야오순위처럼 귀국하는 이들이 늘었다.')).toEqual([
      'yao-at-tencent',
      'yao-at-tencent',
    ]);
  });
});

describe('a name that starts the name of something else', () => {
  it('is not the person in a fund, foundation or prize named after them, in any language', () => {
    expect(found('Sam Altman said the Altman Foundation and Zuckerberg Fellowships are separate from AI.')).toEqual([['Sam Altman', 'sam-altman']]);
    expect(found('OpenAI의 샘 올트먼은 올트먼 재단을 세웠다.')).toEqual([
      ['OpenAI', 'openai'],
      ['샘 올트먼', 'sam-altman'],
    ]);
    expect(found('Mark Zuckerberg Fund for schools')).toEqual([]);
  });
});

describe('a surname next to its own org', () => {
  it('names the person without the full name on the page', () => {
    expect(found('OpenAI CEO Altman said no.')).toEqual([
      ['OpenAI', 'openai'],
      ['Altman', 'sam-altman'],
    ]);
    expect(found('오픈AI의 올트먼은 말했다.')).toEqual([
      ['오픈AI', 'openai'],
      ['올트먼', 'sam-altman'],
    ]);
  });

  it('but not next to an org the person has nothing to do with, nor far from it', () => {
    expect(found('DeepSeek said Altman was wrong.')).toEqual([['DeepSeek', 'deepseek']]);
    expect(found('OpenAI released a model on Monday after months of work; critics, including one Altman, were unimpressed.')).toEqual([
      ['OpenAI', 'openai'],
    ]);
  });
});

describe('an org short name that is an ordinary word', () => {
  it('is not found from AI context alone', () => {
    expect(found('OpenAI trains large language models. Scale is everything in this race.')).toEqual([['OpenAI', 'openai']]);
  });

  it('is found with its full name on the page, a company suffix, or a linked person next to it', () => {
    expect(found('Scale AI labels data. Scale said on Monday it would grow.').map(([t]) => t)).toEqual(['Scale AI', 'Scale']);
    expect(found('Scale Inc. said on Monday it would grow.').map(([t]) => t)).toEqual(['Scale']);
    expect(found("Alexandr Wang's Scale labels data for OpenAI.").map(([t]) => t)).toEqual(['Alexandr Wang', 'Scale', 'OpenAI']);
  });
});
