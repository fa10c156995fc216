import { describe, expect, it } from 'vitest';
import { Person } from '@/lib/dataset/schema';
import { derivedShortNames } from '@/lib/match/derived-short-names';
import { createMatcher } from '@/lib/match/matcher';
import { seedIndex } from './match-dataset-helpers';

const matcher = createMatcher(seedIndex());
const found = (text: string) => matcher.scan(text).map((m) => [m.text, m.id]);

/**
 * Surnames derived from full aliases (lib/match/derived-short-names.ts) for people the dataset
 * lists no short names for, in sentences written the way news reports on Meta's and xAI's 2025
 * hires and departures refer to people after the first mention.
 */
describe('derived surnames', () => {
  it('finds a surname after the full name appeared on the page', () => {
    const text =
      'The new group is run by Alexandr Wang, who came from Scale AI; Wang shares the job with Nat Friedman. ' +
      'Shengjia Zhao nearly went back to OpenAI, and Meta then made Zhao its chief scientist.';
    expect(found(text)).toEqual(
      expect.arrayContaining([
        ['Alexandr Wang', 'alexandr-wang'],
        ['Wang', 'alexandr-wang'],
        ['Shengjia Zhao', 'shengjia-zhao'],
        ['Zhao', 'shengjia-zhao'],
      ]),
    );
  });

  it('finds two-letter surnames too (Wu), for the person whose full name is on the page', () => {
    const text = "Tony Wu, a co-founder of xAI, has resigned. Wu's exit follows that of Igor Babuschkin.";
    expect(found(text)).toContainEqual(['Wu', 'yuhuai-wu']);
  });

  it('does not derive surnames that are everyday English words (He, You, Song)', () => {
    const text =
      "Tong He left for Meta's Superintelligence Labs. He joined from OpenAI. Haoxuan You moved from Apple to Meta; " +
      'You can read the memo. Yang Song stayed at OpenAI. Song lyrics were quoted.';
    const people = found(text).filter(([, id]) => ['tong-he', 'haoxuan-you', 'yang-song'].includes(id!));
    expect(people.map(([text]) => text)).toEqual(['Tong He', 'Haoxuan You', 'Yang Song']);
  });

  it('reads a Korean surname that is an everyday word (페이지, the page) only after the full name', () => {
    // Beside the person's org, without the full name: the word.
    expect(found('구글 검색 결과 페이지 상위에 오르려면 AI 요약을 봐야 한다. 구글의 페이지 랭크 알고리즘도 AI를 쓴다.')).toEqual([
      ['구글', 'google'],
      ['구글', 'google'],
    ]);
    // After the full name: the person, as news writes 그로스 for Daniel Gross.
    expect(found('대니얼 그로스가 메타에 합류했다. 그로스는 SSI의 공동창업자였다.')).toContainEqual(['그로스', 'daniel-gross']);
  });

  it('reads a surname millions share (Zhao, 자오, チョウ) only after the full name, not beside an org', () => {
    // A Japanese page on a Google Research VP called Chou, with OpenAI in the same sentence.
    expect(found('現在もチョウ氏はグーグルのGeminiやOpen AIのChatGPTの開発に関わっている。')).toEqual([
      ['グーグル', 'google'],
      ['Open AI', 'openai'],
    ]);
    expect(found('오픈AI 출신 자오 박사는 구글로 옮겼다.')).not.toContainEqual(['자오', 'shengjia-zhao']);
    // After the full name it is that person, in any script.
    expect(found('메타는 셩자 자오를 수석 과학자로 임명했다. 오픈AI 출신 자오 박사는 챗GPT 개발에 참여했다.')).toContainEqual(['자오', 'shengjia-zhao']);
    expect(found("Meta named Shengjia Zhao chief scientist. OpenAI's Zhao co-created ChatGPT.")).toContainEqual(['Zhao', 'shengjia-zhao']);
    // A distinctive surname still needs no full name beside its person's org.
    expect(found('오픈AI의 올트먼 CEO는 말했다.')).toContainEqual(['올트먼', 'sam-altman']);
  });

  it('reads a given name, a middle initial and a surname as the full name (John J. Hopfield)', () => {
    expect(found('The Nobel went to John J. Hopfield and Geoffrey E. Hinton for neural networks.')).toEqual([
      ['John J. Hopfield', 'john-hopfield'],
      ['Geoffrey E. Hinton', 'geoffrey-hinton'],
    ]);
    // Another given name before the initial is someone else, and so is another initial where the
    // dataset gives the person's own (Mark E. Zuckerberg; the Indiana lawyer is Mark S.).
    expect(found('Mark J. Hopfield, a lawyer, spoke at the bar dinner.')).toEqual([]);
    expect(found('Meta CEO Mark E. Zuckerberg testified. Zuckerberg said.')).toContainEqual(['Mark E. Zuckerberg', 'mark-zuckerberg']);
    const lawyer = 'Meta suspended the account of an attorney named Mark S. Zuckerberg, who sued Meta and OpenAI watchers noticed.';
    expect(found(lawyer).filter(([, id]) => id === 'mark-zuckerberg')).toEqual([]);
  });

  it('does not read a model named after its inventor (the Hopfield network) as the person', () => {
    const page = 'The Nobel honoured John Hopfield, an AI pioneer. The Hopfield network stores memories; Hopfield Networks are studied at Princeton.';
    expect(found(page).filter(([, id]) => id === 'john-hopfield')).toEqual([['John Hopfield', 'john-hopfield']]);
    // The person himself, after the model's name.
    expect(found(`${page} Hopfield now lives in New Jersey.`).filter(([, id]) => id === 'john-hopfield').length).toBe(2);
  });

  it("does not read another person's surname (Cathy Wu) as the Wu named on the page", () => {
    const text =
      'Yuxin Wu left Meta for OpenAI. Cathy Wu spent five years with Meta before joining a start-up. ' +
      "Meanwhile Wu said the move was planned; OpenAI's Wu declined, and Dr. Wu, as staff call him, agreed.";
    const wus = matcher.scan(text).filter((m) => m.text === 'Wu');
    expect(wus.map((m) => text.slice(0, m.start).trim().split(/\s+/).pop())).toEqual(['Meanwhile', "OpenAI's", 'Dr.']);
    expect(new Set(wus.map((m) => m.id))).toEqual(new Set(['wu-yuxin']));
  });

  it('does not read a surname that is also a given name, before a capitalised word, as the person (Scott LaValley)', () => {
    const page = 'Microsoft CTO Kevin Scott spoke. Cartwheel Robotics Founder Scott LaValley Joins Google DeepMind. Scott said AI matters.';
    expect(found(page).filter(([, id]) => id === 'kevin-scott')).toEqual([
      ['Kevin Scott', 'kevin-scott'],
      ['Scott', 'kevin-scott'],
    ]);
  });

  it('does not read a Hangul surname after another given name as the person (빌 피블스, not 존 피블스)', () => {
    expect(found('오픈AI 소라 공동 개발자 빌 피블스(Bill Peebles)가 말했다.').filter(([, id]) => id === 'john-peebles')).toEqual([]);
    // Their own given name in another spelling is still them (일리아 for 일리야).
    expect(found('오픈AI 공동창업자 일리야 서츠케버. 일리아 서츠케버는 SSI를 세웠다.').filter(([, id]) => id === 'ilya-sutskever')).toHaveLength(2);
  });

  it('finds a sibling named by given name before "and" and a shared surname (Dario and Daniela Amodei)', () => {
    expect(found('Dario and Daniela Amodei founded Anthropic.')).toEqual([
      ['Dario', 'dario-amodei'],
      ['Daniela Amodei', 'daniela-amodei'],
      ['Anthropic', 'anthropic'],
    ]);
    // Only a pair the dataset knows in full: Jack Altman is not in it, and Sam alone is not read.
    expect(found('Sam and Jack Altman spoke about AI at OpenAI.').map(([text]) => text)).toEqual(['OpenAI']);
  });

  it('reads a Korean surname in katakana (チョン) only after that person\'s full name', () => {
    const page = 'カカオのチョン・シンアCEOは語った。OpenAIとの提携は、カカオ初の女性CEOであるチョンにとって飛躍だ。';
    expect(found(page).filter(([, id]) => id === 'hyung-won-chung')).toEqual([]);
  });

  it('reads a surname millions share (Rodrigues, 로드리게스) only after the full name', () => {
    const page = '앤트로픽의 AI 인재가 이동했다. 오렐리안 로드리게스는 코히어로 갔다.';
    expect(found(page).filter(([, id]) => id === 'alex-rodrigues')).toEqual([]);
    expect(found('알렉스 로드리게스는 앤트로픽에 합류했다. 로드리게스는 말했다.').filter(([, id]) => id === 'alex-rodrigues')).toHaveLength(2);
  });

  it("does not read a surname the page gave to someone else in full (Johny Srouji) as the dataset's person", () => {
    expect(found('Apple hardware chief Johny Srouji spoke. Srouji said Apple chips matter for AI.').filter(([, id]) => id === 'mario-srouji')).toEqual([]);
    // With the person's own full name on the page, the surname is theirs again.
    expect(found("Apple's Mario Srouji left for OpenAI. Srouji said so.")).toContainEqual(['Srouji', 'mario-srouji']);
  });

  it('does not read a surname written first, Chinese order (Wu Zeming), as the Wu named on the page', () => {
    const text = 'Alibaba CEO Eddie Wu met Zhou Jingren and executive Wu Zeming. Later Wu said the Qwen team stays.';
    const wus = matcher.scan(text).filter((m) => m.text === 'Wu');
    expect(wus.map((m) => text.slice(m.end, m.end + 5))).toEqual([' said']);
    // Nor before another person's given name as a possessive (Wu Dian's team).
    const possessive = `${text} Wu Dian's team grew.`;
    expect(matcher.scan(possessive).filter((m) => m.text === 'Wu').map((m) => possessive.slice(m.end, m.end + 5))).toEqual([' said']);
  });

  it('takes the first word as the surname of a name written in Chinese order (Zhao Meng, Lin Junyang)', () => {
    const text =
      'Shengjia Zhao leads research at Meta. Other researchers who left Apple include John Peebles, Nan Du and Zhao Meng. ' +
      'While Peebles and Du are joining OpenAI, Zhao is headed to Anthropic. Qwen lead Lin Junyang resigned; Lin thanked the team.';
    const surnames = matcher.scan(text).filter((m) => m.text === 'Zhao' || m.text === 'Lin');
    expect(surnames.map((m) => [m.text, m.id])).toEqual([['Zhao', 'zhao-meng'], ['Lin', 'lin-junyang']]);
    // A Western-order name whose given name is also a Chinese surname keeps its last word (Ren Ito: Ito).
    const ito = Person.parse({ id: 'x', name: 'Ren Ito', aliases: { en: ['Ren Ito'], ko: [], zh: [], ja: [] }, moves: [] });
    expect(derivedShortNames(ito, 'en')).toEqual(['Ito']);
  });

  it('reads a Title Case headline verb before a surname as a verb, not a given name', () => {
    const text = 'Koray Kavukcuoglu becomes chief AI architect. Google Names Kavukcuoglu Chief AI Architect. Meta Hires Karpathy? No.';
    expect(found(text).filter(([t]) => t === 'Kavukcuoglu')).toEqual([['Kavukcuoglu', 'koray-kavukcuoglu']]);
  });

  it('reads a short -ing word before a surname as a verb (Hiring Jumper), and Emily as a given name', () => {
    const text = 'John Jumper won the Nobel Prize at Google DeepMind. OpenAI Hiring Jumper Would Be a Coup. Emily Jumper, a teacher, disagreed.';
    expect(found(text).filter(([, id]) => id === 'john-jumper')).toEqual([
      ['John Jumper', 'john-jumper'],
      ['Jumper', 'john-jumper'],
    ]);
  });

  it('finds a common full name (Ashish Kumar) and then its surname, on an AI page', () => {
    const text = "Ashish Kumar, head of Tesla's Optimus AI team, left for Meta. Kumar joined Tesla in 2022.";
    expect(found(text)).toEqual(expect.arrayContaining([['Ashish Kumar', 'ashish-kumar'], ['Kumar', 'ashish-kumar']]));
  });

  it('never finds a lone surname on a page without the full name', () => {
    expect(found('Wang said the deal was done; Zhao declined to comment.')).toEqual([]);
  });

  it('derives Korean surnames of two or more syllables, with particles', () => {
    expect(found('셩지아 자오는 메타로 옮겼다. 자오는 최고 과학자가 됐다.')).toEqual([
      ['셩지아 자오', 'shengjia-zhao'],
      ['메타', 'meta'],
      ['자오', 'shengjia-zhao'],
    ]);
  });

  it('does not derive a Korean surname that is a particle (패트릭 에서: 에서 is "at/from")', () => {
    const person = Person.parse({
      id: 'patrick-esser',
      name: 'Patrick Esser',
      aliases: { en: ['Patrick Esser'], ko: ['패트릭 에서', '존 슐먼'], zh: [], ja: [] },
    });
    expect(derivedShortNames(person, 'ko')).toEqual(['슐먼']);
    expect(derivedShortNames(person, 'en')).toEqual(['Esser']);
  });

  it('does not derive a one-syllable Korean surname (왕 is also "king")', () => {
    const ms = found('알렉산더 왕이 메타 초지능 연구소를 이끈다. 왕은 말했다.');
    expect(ms).toContainEqual(['알렉산더 왕', 'alexandr-wang']);
    expect(ms.filter(([t]) => t === '왕')).toEqual([]);
  });

  it('derives nothing for a language whose short names the dataset lists by hand', () => {
    // Ethan Knight's Korean short name is listed (에단); 나이트 ("knight") is not derived from 에단 나이트.
    const ms = found('에단 나이트가 떠났다. 나이트는 xAI 출신이다. 에단은 돌아갔다.');
    expect(ms).toContainEqual(['에단', 'ethan-knight']);
    expect(ms.filter(([t]) => t === '나이트')).toEqual([]);
  });
});

describe('a distinctive surname alone', () => {
  it('names its person on an AI page that names one of their orgs, without the full name', () => {
    const page = "Meta and OpenAI are spending billions on AI talent. Zuckerberg's internal memo rebranded the lab.";
    expect(found(page)).toContainEqual(['Zuckerberg', 'mark-zuckerberg']);
    expect(found('메타와 오픈AI는 AI 인재 영입에 나섰다. 저커버그 CEO가 직접 연락했다.')).toContainEqual(['저커버그', 'mark-zuckerberg']);
  });

  it('not without one of their orgs, nor when it starts a product name, nor for a short surname', () => {
    expect(found('OpenAI and Anthropic raised money. Zuckerberg was not mentioned.').map(([t]) => t)).not.toContain('Zuckerberg');
    // Trevor Blackwell was at OpenAI; NVIDIA's Blackwell Ultra is a chip.
    expect(found('OpenAI rents NVIDIA GB200 clusters and Blackwell Ultra systems.').map(([t]) => t)).not.toContain('Blackwell');
    // Six letters are not enough: Altman alone could be anyone.
    expect(found('OpenAI released a new AI model. Altman said so.').map(([t]) => t)).not.toContain('Altman');
  });

  it('not when a person named in full on the page has that word in their name', () => {
    // "Freitas" is derived from Nando de Freitas (Google DeepMind); the page names Daniel De Freitas.
    const page = 'Daniel De Freitas and Noam Shazeer left Google DeepMind to start Character.AI. Freitas criticized the slow pace.';
    expect(found(page).filter(([t]) => t === 'Freitas')).toEqual([]);
  });
});

describe('a surname shared by tens of millions (Chen)', () => {
  it('is not read beside its person\'s org without the full name: the org has many Chens', () => {
    expect(found('OpenAI researcher Chen said the model is strong.')).toEqual([['OpenAI', 'openai']]);
    expect(found('OpenAI的研究员Chen表示，模型很强。')).toEqual([['OpenAI', 'openai']]);
    // After the full name it is that person.
    expect(found('Mark Chen of OpenAI spoke. Chen said the model is strong.')).toContainEqual(['Chen', 'mark-chen']);
  });
});

describe('derived surname-first names', () => {
  it('finds a Chinese name written in Western order also surname first, the surname in capitals or not', () => {
    const text = "Meta's new team includes Chang Huiwen, Lin Ji and SUN Pei, who came from OpenAI and Google.";
    expect(found(text)).toEqual(
      expect.arrayContaining([
        ['Chang Huiwen', 'huiwen-chang'],
        ['Lin Ji', 'ji-lin'],
        ['SUN Pei', 'pei-sun'],
      ]),
    );
  });

  it('finds a name the dataset lists surname first also given name first (Dai Zonghong, Zonghong Dai)', () => {
    expect(found('Zonghong Dai and Xuemei Gu left Moonshot AI.')).toEqual([
      ['Zonghong Dai', 'dai-zonghong'],
      ['Xuemei Gu', 'gu-xuemei'],
      ['Moonshot AI', 'moonshot-ai'],
    ]);
  });

  it('keeps the surname-first form of a common name ambiguous: it needs one of their orgs on the page', () => {
    expect(found('Lin Ji won the provincial chess title.')).toEqual([]);
  });

  it('does not reverse a Western name (Ian Goodfellow) nor two surnames', () => {
    expect(found('Goodfellow Ian spoke about OpenAI.').map(([text]) => text)).not.toContain('Goodfellow Ian');
  });
});

describe('derived unit names', () => {
  it("finds a company's unit written with the company's possessive", () => {
    expect(found("He moved from Meta's Superintelligence Labs to Amazon’s AGI SF Lab, then Google's DeepMind.")).toEqual([
      ["Meta's Superintelligence Labs", 'meta-superintelligence-labs'],
      ['Amazon’s AGI SF Lab', 'amazon-agi'],
      ["Google's DeepMind", 'google-deepmind'],
    ]);
  });

  it('but not where one ordinary word follows the possessive: the company\'s AI is not its AI unit', () => {
    expect(found("Microsoft's AI business grew, said Mustafa Suleyman.")).toEqual([
      ['Microsoft', 'microsoft'],
      ['Mustafa Suleyman', 'mustafa-suleyman'],
    ]);
  });
});

describe('Korean names', () => {
  it('a Korean-shaped name needs AI context: thousands of people share it', () => {
    expect(found('배경훈 선수가 후반 결승골을 넣었다.')).toEqual([]);
    expect(found('배경훈 LG AI연구원장이 인공지능 전략을 발표했다.')).toContainEqual(['배경훈', 'bae-kyung-hoon']);
  });

  it('a common name right next to its own org is that person, without other AI context', () => {
    expect(found('지난해 3월에는 네이버 이해진 창업자가 이사회에 복귀했다.')).toEqual([
      ['네이버', 'naver'],
      ['이해진', 'lee-hae-jin'],
    ]);
    expect(found('지난해 3월에는 이해진 씨가 이사회에 복귀했다.')).toEqual([]);
  });
});

describe('spelling variants: the other Korean spelling of a surname ending in -man', () => {
  it('finds 냇 프리드만 and 맷 가만, where the dataset lists only 프리드먼 and 가먼, and the surname after them', () => {
    expect(found('냇 프리드만은 메타에 합류했다. 프리드만은 AI 제품을 맡는다. 맷 가만 AWS CEO도 말했다.')).toEqual([
      ['냇 프리드만', 'nat-friedman'],
      ['메타', 'meta'],
      ['프리드만', 'nat-friedman'],
      ['맷 가만', 'matt-garman'],
      ['AWS', 'aws'],
    ]);
  });
  it('finds a given name in its other common spelling (데이빗 for 데이비드, 리차드 for 리처드)', () => {
    expect(found('데이빗 실버와 리차드 소처가 AI를 논했다.')).toEqual([
      ['데이빗 실버', 'david-silver'],
      ['리차드 소처', 'richard-socher'],
    ]);
  });
  it('leaves Korean names and names whose English surname does not end in -man alone', () => {
    expect(found('김경먼 교수와 존 슐먼이 만났다.')).toEqual([['존 슐먼', 'john-schulman']]);
  });
});

describe('Japanese ヴ written with the バ row', () => {
  it('finds アラビンド・スリニバス and バルン・モハン, where the dataset lists ヴ spellings, and the short name after them', () => {
    expect(found('パープレキシティのアラビンド・スリニバスCEOは語った。スリニバス氏は続けた。バルン・モハン氏も。')).toEqual([
      ['パープレキシティ', 'perplexity'],
      ['アラビンド・スリニバス', 'aravind-srinivas'],
      ['スリニバス', 'aravind-srinivas'],
      ['バルン・モハン', 'varun-mohan'],
    ]);
  });
});
