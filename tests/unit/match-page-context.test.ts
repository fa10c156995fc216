/**
 * Precision rules found by auditing ordinary (non-AI) pages: sports teams named after companies,
 * pages that name universities, owners of teams, ideograph names inside longer names, and names
 * shared by very many people. Real dataset; the sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../lib/match/matcher';
import { seedIndex } from './match-dataset-helpers';

const matcher = createMatcher(seedIndex());
const ids = (text: string) => matcher.scan(text).map((m) => `${m.text}:${m.id}`);

describe('a company name that starts its sports team’s name', () => {
  it('is the team, in English, Korean and Japanese, and is no evidence for the company elsewhere', () => {
    expect(ids('The Samsung Lions beat the LG Twins 5-3. Samsung Electronics sponsors the stadium.')).toEqual([
      'Samsung Electronics:samsung',
    ]);
    expect(ids('삼성 라이온즈가 LG 트윈스를 꺾었다.')).toEqual([]);
    expect(ids('東北楽天ゴールデンイーグルスと楽天イーグルスの試合。')).toEqual([]);
    expect(ids('Tohoku Rakuten Golden Eagles won again.')).toEqual([]);
    // Japan's company teams in other sports, and a food company named after RIKEN.
    const teams = 'NECレッドロケッツと富士通フロンティアーズはAIで戦術を分析した。日本電気はAI事業も手がける。理研ビタミンは新しいドレッシングをAIで開発した。';
    expect(ids(teams)).toEqual(['日本電気:nec']);
    // A headline in title case is not a team name.
    expect(ids('Nvidia Beats Giants in AI Chip Race')).toEqual(['Nvidia:nvidia']);
    // The same names as companies, on an AI page.
    expect(ids('Samsung is training AI models, and Rakuten Group is hiring researchers.')).toEqual(['Samsung:samsung', 'Rakuten Group:rakuten']);
  });
});

describe('a name inside something else', () => {
  it('is not the org in a licence name or inside a handle joined with an underscore', () => {
    expect(ids('DeepSeek released the weights under the MIT License; the code is MIT-licensed too.')).toEqual(['DeepSeek:deepseek']);
    expect(ids('OpenAI said on X (@Tesla_Optimus replied).')).toEqual(['OpenAI:openai']);
    expect(ids('Researchers at MIT and OpenAI')).toEqual(['MIT:mit', 'OpenAI:openai']);
    // Only a university's name starts a licence's: a lab that licenses its model is still the lab.
    expect(ids('OpenAI licensed its models to Microsoft.')).toEqual(['OpenAI:openai', 'Microsoft:microsoft']);
  });
});

describe('an org name with a version after it', () => {
  it('names the model, not the lab; years, counters and a company’s own lower-case model names do not count', () => {
    expect(ids('Moonshot AI released Kimi K2, and DeepSeek-R1 and 큐원 3.5 followed.')).toEqual(['Moonshot AI:moonshot-ai']);
    // Also with its size in brackets right after the version.
    expect(ids('엑사원은 오픈AI와 중국 알리바바의 큐원3(320억개)를 앞섰다.')).toEqual(['오픈AI:openai', '알리바바:alibaba']);
    expect(ids('腾讯混元Large发布。OpenAI o3 and Google 2024 results.')).toEqual(['OpenAI:openai', 'Google:google']);
    // A version before the word for a model or series, and a model's suffix word.
    expect(ids('阿里发布了Qwen 3系列模型和Qwen-MT翻译模型。阿里巴巴的大模型。').filter((x) => x.startsWith('Qwen'))).toEqual([]);
    // A suffix word with its own version number (DeepSeek-VL2, Qwen-VL2.5).
    expect(ids('DeepSeek-VL2와 Qwen-VL2.5를 비교했다. DeepSeek의 연구진.')).toEqual(['DeepSeek:deepseek']);
    expect(ids('삼성 2위, 삼성전자 3분기 실적이 AI 덕분에 늘었다.')).toEqual(['삼성:samsung', '삼성전자:samsung']);
    // A number with thousands is not a version: this is DeepSeek's model size, not "DeepSeek 6".
    expect(ids('AI 모델 크기는 딥시크 6,710억 파라미터 대비 작다.')).toEqual(['딥시크:deepseek']);
    expect(ids('目前腾讯3D生成相关技术已经用于大模型。')).toEqual(['腾讯:tencent']);
  });
});

describe('what makes a page an AI page', () => {
  it('a lab’s own name is evidence enough, alone on a page', () => {
    // "XAI" (explainable AI) must not make xAI's own spelling ambiguous: aliases sharing a key share ambiguity.
    expect(ids('He left xAI.')).toEqual(['xAI:xai']);
    expect(ids('XAI methods explain model outputs.')).toEqual([]);
  });

  it('is not two universities: an ordinary word stays a word on a history page that names them', () => {
    const page = '黄教授长期从事甲骨文研究，他在清华大学和北京大学都开设过古文字课程。这批甲骨文拓片记录了商代的占卜。';
    expect(ids(page)).toEqual(['清华大学:tsinghua', '北京大学:peking-university']);
    // With a lab on the page, 甲骨文 next to AI words is the company Oracle.
    expect(ids('OpenAI与甲骨文签署了算力协议，甲骨文将为其建设数据中心。')).toContain('甲骨文:oracle');
  });

  it('a person’s org counts anywhere on the page only on an AI page; next to the person (same sentence) it always does', () => {
    const baseball = 'パ・リーグ、ソフトバンク3-0西武。試合後、ソフトバンクの孫正義オーナーは選手に感謝した。先発投手は7回を無失点に抑えた。翌週、ソフトバンクは敵地で2連戦に臨む。';
    expect(ids(baseball)).toEqual(['ソフトバンク:softbank', '孫正義:masayoshi-son']);
  });
});

describe('a Hangul alias after a lone capital and a hyphen', () => {
  it('is a word of a Korean brand name (K-문샷), even on an AI page', () => {
    const policy = '정부는 AI와 과학기술을 융합하는 K-문샷 프로젝트를 추진한다. 오픈AI와 딥마인드처럼 K-문샷은 초지능 AI 연구를 포함한다.';
    expect(ids(policy).filter((x) => x.includes('moonshot'))).toEqual([]);
    expect(ids('중국 문샷AI는 키미 모델을 공개했다.')).toContain('문샷AI:moonshot-ai');
    // Two names joined by a hyphen are still both names.
    expect(ids('오픈AI-딥마인드 경쟁이 치열하다.')).toEqual(['오픈AI:openai', '딥마인드:google-deepmind']);
  });
});

describe('Cursor, the AI coding company better known than its maker Anysphere', () => {
  it('is the company on an AI page, capitalised, and never the pointer', () => {
    expect(ids('Competitors like Cursor had reached $500 million ARR, and OpenAI noticed.')).toEqual(['Cursor:anysphere', 'OpenAI:openai']);
    expect(ids('Move the cursor over the link in the OpenAI playground.')).toEqual(['OpenAI:openai']);
    expect(ids('Cursor position matters in design tools.')).toEqual([]);
  });
});

describe('チューリング, Turing Inc. in Japanese news and Alan Turing everywhere else', () => {
  it('is the company only with its full name or its CEO on the page', () => {
    expect(ids('チューリング賞を受賞したヒントン氏はグーグルを去った。チューリングテストも話題だ。')).toEqual(['ヒントン:geoffrey-hinton', 'グーグル:google']);
    expect(ids('Turing株式会社は自動運転AIを開発する。チューリングは資金を調達した。')).toEqual(['Turing株式会社:turing-japan', 'チューリング:turing-japan']);
    expect(ids('チューリングの山本一成CEOは自動運転AIを語った。')).toEqual(['チューリング:turing-japan', '山本一成:issei-yamamoto']);
  });
});

describe('a company name that starts a product name (Google Scholar, Microsoft Teams)', () => {
  it('names the product, not the company', () => {
    expect(ids('Her Google Scholar profile lists 200 papers; Microsoft Teams ran the meeting. She joined Google in 2019.')).toEqual(['Google:google']);
    expect(ids('Kakao Talk added an AI assistant; Kakao hired OpenAI researchers.')).toEqual(['Kakao:kakao', 'OpenAI:openai']);
    expect(ids('The scans are on Google Books and Google News; Google hired OpenAI researchers.')).toEqual(['Google:google', 'OpenAI:openai']);
    expect(ids('Google Lens and Microsoft Edge use AI. GoogleとOpenAIが発表した。Google広告にAIを使う。')).toEqual(['Google:google', 'OpenAI:openai']);
    // The same products and magazines in Chinese, Japanese and Korean.
    expect(ids('谷歌學術顯示其論文被引用12萬次。《麻省理工科技評論》評價R1。他曾在谷歌从事人工智能研究。')).toEqual(['谷歌:google']);
    expect(ids('GoogleスカラーとGoogleマップを使う。MIT 테크놀로지 리뷰에 따르면 그는 구글에 합류했다.')).toEqual(['구글:google']);
    // A lower-case word after the name leaves it the company.
    expect(ids('Microsoft teams up with OpenAI.')).toEqual(['Microsoft:microsoft', 'OpenAI:openai']);
    expect(ids('Apple Vision Pro sales slowed, and Apple hired a new AI chief from Google.')).toEqual(['Apple:apple', 'Google:google']);
    expect(ids('Google Earth Engine maps forests; Google said the AI model helps.')).toEqual(['Google:google']);
    expect(ids('据MIT Technology Review报道，OpenAI聘请了新的研究员。')).toEqual(['OpenAI:openai']);
    // A venue named after a company.
    expect(ids('The AI summit moved from Qualcomm Stadium to the Microsoft Theater; Qualcomm hired OpenAI staff.')).toEqual(['Qualcomm:qualcomm', 'OpenAI:openai']);
    // A subsidiary run as its own company, a venue in Japanese and a font named after its maker.
    expect(ids('Alibaba Pictures released the film, and Tencent Music streamed it. Alibaba hired OpenAI researchers.')).toEqual([
      'Alibaba:alibaba',
      'OpenAI:openai',
    ]);
    expect(ids('富士通スタジアム川崎で試合があった。富士通はOpenAIと提携した。')).toEqual(['富士通:fujitsu', 'OpenAI:openai']);
    expect(ids('网页默认字体是微软雅黑。微软投资了OpenAI。')).toEqual(['微软:microsoft', 'OpenAI:openai']);
    expect(ids('The Samsung Ho-Am Prize went to an AI researcher at OpenAI.')).toEqual(['OpenAI:openai']);
    // A company's news portal cited as a source; its network business stays the company.
    expect(ids('腾讯网统计显示，OpenAI已有13位高管离职。华为网络业务用AI。')).toEqual(['OpenAI:openai', '华为:huawei']);
    // A unit AI news names as the company stays the company.
    expect(ids('Google Health and DeepMind researchers built the AI model.')).toEqual(['Google:google', 'DeepMind:google-deepmind']);
    // A GPU's product code after a name that is also something else; not after Nvidia's own name.
    expect(ids('OpenAI trained the model on 512 Tesla V100 GPUs and later on Nvidia A100 chips.')).toEqual(['OpenAI:openai', 'Nvidia:nvidia']);
  });
});

describe('a one-word company name that starts another proper name in prose', () => {
  it('is that product, technique or firm, in its headings too (Magic Eraser, Canva\'s Magic Studio, Meta-Prompting)', () => {
    const pixel = 'Magic Eraser\nGoogle says Magic Eraser uses AI to remove objects. Magic Eraser lets you tap a photobomber away.';
    expect(ids(pixel)).toEqual(['Google:google']);
    expect(ids("Canva's Magic Studio suite adds AI tools. Magic Write is Canva's AI writing assistant.")).toEqual([]);
    expect(ids('Meta-Prompting, from Stanford and OpenAI, uses an LLM as a conductor. Meta-Expert prompts follow.')).toEqual([
      'Stanford:stanford',
      'OpenAI:openai',
    ]);
  });
  it('is still the company in title-case headlines, before its people and units, and as an adjective', () => {
    expect(ids('Magic Raises $320M for AI Coding Agents. Magic, the AI startup, hires.')).toEqual(['Magic:magic', 'Magic:magic']);
    expect(ids('Anthropic Cofounder and CEO Dario Amodei said Meta Platforms and Toyota Ventures, and others, back AI.')).toEqual([
      'Anthropic:anthropic',
      'Dario Amodei:dario-amodei',
      'Meta Platforms:meta',
      'Toyota:toyota',
    ]);
    expect(ids('The Meta-owned AI lab and the Amazon-Anthropic deal drew Oxford-educated researchers.')).toEqual([
      'Meta:meta',
      'Amazon:amazon',
      'Anthropic:anthropic',
      'Oxford:oxford',
    ]);
  });
  it("knows a metric, a finance word and a game studio by their own words (the dataset's otherSense)", () => {
    expect(ids('Perplexity (PPL) is a common metric for AI language models, the exponentiated cross-entropy.')).toEqual([]);
    expect(ids('AI startup finance: Runway = cash / net burn; a Runway under 12 months is a risk.')).toEqual([]);
    expect(ids("The Adventure Game Interpreter (AGI) was developed by Sierra On-Line for King's Quest.")).toEqual([]);
    expect(ids('Microsoft AI for Good Lab uses AI to map floods.')).toEqual(['Microsoft AI for Good:microsoft']);
  });
});

describe('a name followed by a verb\'s particle', () => {
  it('is the verb in the subheads "Zoom in:" and "Zoom out:" of an AI newsletter', () => {
    expect(ids('Zoom out: OpenAI and Google are racing for AI talent. Zoom in — Anthropic hired three.')).toEqual([
      'OpenAI:openai',
      'Google:google',
      'Anthropic:anthropic',
    ]);
    expect(ids('Zoom in on the numbers: Meta paid AI researchers more.')).toEqual(['Meta:meta']);
  });
  it('is still the company before a year, a place or other words', () => {
    expect(ids('Zoom in 2023 launched an AI assistant, and OpenAI followed.')).toEqual(['Zoom:zoom', 'OpenAI:openai']);
    expect(ids('Zoom hired an AI chief from OpenAI.')).toEqual(['Zoom:zoom', 'OpenAI:openai']);
  });
});

describe('a name that is the first part of a compound, or the last part of another name', () => {
  it('is neither: meta-analysis, Meta-learning, X-rays, Malcolm X, Model X', () => {
    expect(ids('Facebook users were studied. A review of Meta-analytic evidence followed.')).toEqual(['Facebook:meta']);
    expect(ids('메타러닝 연구자. 元学习(Meta-learning)是OpenAI的研究方向。')).toEqual(['OpenAI:openai']);
    expect(ids('He said on Twitter that X-rays were negative. Malcolm X and Generation X were the topics.')).toEqual(['Twitter:x-corp']);
    expect(ids('Before OpenAI, at Tesla she managed the Model X vehicle.')).toEqual(['OpenAI:openai', 'Tesla:tesla']);
    // The company, where the compound is its own (Meta-owned) or the letter follows a possessive.
    expect(ids('Meta-owned WhatsApp tested AI. Twitter, now X, was renamed by Musk; Musk\'s X grew.')).toEqual([
      'Meta:meta',
      'Twitter:x-corp',
      'X:x-corp',
      'Musk:elon-musk',
      'Musk:elon-musk',
      'X:x-corp',
    ]);
  });
});

describe('a title acronym written solid after a name in CJK text (GitHubCEOの)', () => {
  it('ends the name', () => {
    expect(ids('元GitHubCEOのナット・フリードマン氏')).toEqual(['GitHub:github', 'ナット・フリードマン:nat-friedman']);
    // Not in English text, and not a capitalised word that goes on in small letters.
    expect(ids('GitHubCEO said GitHubCopilotの')).toEqual([]);
  });
});

describe('AI words in Traditional Chinese and Taiwan usage', () => {
  it('count as AI vocabulary beside an ambiguous name', () => {
    expect(ids('小米發表了新的語言模型。')).toEqual(['小米:xiaomi']);
    expect(ids('小米的人工智慧團隊擴編。')).toEqual(['小米:xiaomi']);
    // Still not beside a bowl of millet.
    expect(ids('這碗小米粥很好喝。')).toEqual([]);
  });
});

describe('a page that names nothing unambiguously', () => {
  it('does not take an ordinary word for an org on AI vocabulary alone', () => {
    // 幻方 is High-Flyer's short name and the magic square; 甲骨文 is Oracle and the oracle bones.
    expect(ids('幻方,这一古老的数学奇迹,吸引着无数数学家。如今人工智能(AI)的兴起为幻方的探索带来了新的可能性。')).toEqual([]);
    expect(ids('AI如何解密甲骨文:深度学习模型帮助学者识别甲骨文中的未知文字。')).toEqual([]);
    // A research team is a scholar's as often as a company's.
    expect(ids('甲骨文研究團隊使用人工智能算法，破譯了新的甲骨文字。')).toEqual([]);
  });

  it('takes it with business words near it, or beside a plainly named entity', () => {
    expect(ids('小米宣布推出新的大模型,由人工智能团队研发。')).toEqual(['小米:xiaomi']);
    expect(ids('甲骨文团队发布了新的人工智能数据库产品。')).toEqual(['甲骨文:oracle']);
    // Its engineers or researchers, or someone from it (출신), are the company's too.
    expect(ids('Ex-Apple engineer says the AI infrastructure is flawed.')).toEqual(['Apple:apple']);
    expect(ids('애플 출신 엔지니어가 AI 칩을 설계했다.')).toEqual(['애플:apple']);
    expect(ids('元アップルのエンジニアがAIチップを設計した。')).toEqual(['アップル:apple']);
    expect(ids('前苹果工程师设计了AI芯片。')).toEqual(['苹果:apple']);
    // A possessive right after the name, English or Korean: the company acting.
    expect(ids("Anthropic's new AI model can code for hours.")).toEqual(['Anthropic:anthropic']);
    expect(ids('메타의 새 AI 모델이 나왔다.')).toEqual(['메타:meta']);
    expect(ids('幻方量化旗下的深度求索发布了新的大模型。幻方的人工智能投入持续增加。')).toContain('幻方:high-flyer');
  });

  it('does not read a company suffix across a line break (a heading, then the next sentence)', () => {
    expect(ids('2.1 生成幻方\nAI可以通过深度学习算法自动生成各种类型的幻方。')).toEqual([]);
  });
});

describe('one sense per page', () => {
  it('an org accepted on AI vocabulary beside it is the org in its other mentions on the page', () => {
    const filler = '这天下午，团队成员在公司楼下的咖啡馆里聊起了周末去爬山的计划，有人说要早点出发，有人说天气预报说会下雨，大家你一言我一语，最后决定改到下周再说。'.repeat(3);
    const page = `月之暗面发布了新的大模型。${filler}月之暗面的员工们也来了。`;
    expect(ids(page).filter((x) => x.endsWith(':moonshot-ai'))).toEqual(['月之暗面:moonshot-ai', '月之暗面:moonshot-ai']);
    // Without the AI vocabulary, neither mention is the lab (the album, the phrase).
    expect(ids(`月之暗面发布了新的唱片。${filler}月之暗面的员工们也来了。`).filter((x) => x.endsWith(':moonshot-ai'))).toEqual([]);
  });
});

describe('an ideograph name that runs into other ideographs', () => {
  it('waits for evidence: on an ordinary page it is the start of someone else’s name', () => {
    expect(ids('杉山将太さんは週末に少年野球のコーチをしている。')).toEqual([]);
    expect(ids('孙培东是一名医生。')).toEqual([]);
  });

  it('two ideographs inside a phrase are the company only where the page names it elsewhere', () => {
    expect(ids('他参与过字节全栈大模型的研发。')).toEqual([]);
    expect(ids('字节跳动发布新模型。他参与过字节全栈大模型的研发。')).toEqual(['字节跳动:bytedance', '字节:bytedance']);
  });

  it('is found on an AI page', () => {
    expect(ids('OpenAI前研究员孙培东加入谷歌DeepMind。')).toContain('孙培:pei-sun');
  });

  it("an org's name of four ideographs or more stands on its own, run into the noun after it", () => {
    expect(ids('此前，他曾是微軟亞洲研究院城市計算領域的負責人。')).toEqual(['微軟亞洲研究院:microsoft-research-asia']);
    expect(ids('2009年波士頓動力剛發布人形機器人。')).toEqual(['波士頓動力:boston-dynamics']);
  });
});

describe('a name very many people share', () => {
  it('needs AI context, as Korean-shaped names do', () => {
    expect(ids('Tony Liu trained at a culinary school in New York. Liu later opened his own restaurant.')).toEqual([]);
    expect(ids('Tony Liu, who led PyTorch GPU systems at Meta, left the company. Liu said AI research moves fast.')).toEqual([
      'Tony Liu:tony-liu',
      'Meta:meta',
      'Liu:tony-liu',
    ]);
  });
});

describe('a person whose name many people share, on an AI page', () => {
  it('is the researcher only when one of their own orgs is on the page, not on AI context alone', () => {
    const namesake = '极客公园创始人张鹏主持了这场对话。OpenAI和DeepSeek的大模型竞争仍在继续。张鹏认为明年会更激烈。';
    expect(ids(namesake).filter((x) => x.startsWith('张鹏'))).toEqual([]);
    const researcher = '张鹏主持了这场对话。OpenAI和DeepSeek的大模型竞争仍在继续。智谱今年也发布了新模型。';
    expect(ids(researcher)).toContain('张鹏:zhang-peng-zhipu');
  });

  it('a two-letter company and one of its people beside it are each other\'s evidence, with no AI words (KT가 … 박윤영)', () => {
    const page = 'KT가 차기 대표이사 후보로 박윤영 전 기업부문장을 확정했다. 내부 인사를 택해 조직 안정을 꾀했다.';
    expect(ids(page)).toEqual(['KT:kt', '박윤영:park-yoon-young']);
    // Neither alone: the carrier's new plan, or a namesake customer far from it.
    expect(ids('KT가 새 요금제를 내놨다. 가입자 박윤영 씨는 만족했다고 말했다. 요금은 월 5만 원이다.')).toEqual([]);
  });

  it('an org accepted on the same evidence counts for the person (KT … 윤경아)', () => {
    const page = 'KT는 AI 테크랩의 수장으로 SK텔레콤 출신 윤경아 상무를 영입했다. 윤경아 상무는 인공지능 사업을 맡는다.';
    expect(ids(page)).toContain('윤경아:yoon-kyung-ah');
  });
});

describe('a Latin gloss beside an org\'s name in another script', () => {
  it('that names something else makes the name that thing', () => {
    expect(ids('ELIZA(イライザ)は1966年の対話プログラムで、生成AIやチャットボットの先祖だ。')).toEqual([]);
    expect(ids('인공지능과 블록체인으로 커넥티드 카카오(Connected Cacao) 농가의 생산성을 높인다.')).toEqual([]);
  });

  it('so does a Japanese word in brackets after a Korean name (와비(侘び), the aesthetic)', () => {
    const page = '와비(侘び)는 결핍을 그대로 받아들이는 미의식이다. 와비 사비는 오픈AI와 구글의 디자이너도 좋아한다.';
    expect(ids(page)).toEqual(['오픈AI:openai', '구글:google']);
    // Not a gloss that is the org's own name in Chinese or Japanese.
    expect(ids('딥시크(深度求索)는 AI 모델을 공개했다.')).toEqual(['딥시크:deepseek', '深度求索:deepseek']);
    expect(ids('자율주행 스타트업 와비(Waabi)의 라켈 우르타순 CEO가 투자를 유치했다.')).toContain('와비:waabi');
  });

  it('that names the same org, its parent or its unit keeps it', () => {
    expect(ids('ELYZA(イライザ)は日本語の大規模言語モデルを開発する。')).toEqual(['ELYZA:elyza', 'イライザ:elyza']);
    expect(ids('카카오(Kakao)는 새 AI 에이전트를 공개했다.')).toEqual(['카카오:kakao', 'Kakao:kakao']);
    // Tickers and initialisms say nothing against the name.
    expect(ids('騰訊控股 (00700-HK) 週四宣布人事任命，姚順雨出任首席AI科學家。')).toContain('騰訊控股:tencent');
    // A stock ticker in capitals right after the name.
    expect(ids('엔비디아(NVDA)와 구글의 딥마인드(GOOGL)가 AI 모델을 공개했다.')).toEqual(['엔비디아:nvidia', '구글:google', '딥마인드:google-deepmind']);
    // A photo credit after a slash, and two names joined by one, are mentions (not a path).
    expect(ids('구현모 KT 사장 /KT 제공. KT가 AI 인재를 영입했다. The OpenAI/Microsoft deal.')).toEqual([
      'KT:kt',
      'KT:kt',
      'KT:kt',
      'OpenAI:openai',
      'Microsoft:microsoft',
    ]);
    // With its market, or a listing's digits (cnyes writes every company so).
    expect(ids('特斯拉 (TSLA-US) 的人工智能主管离职，马斯克表示。阿里巴巴 (9988.HK) 也在招人。')).toEqual([
      '特斯拉:tesla',
      '马斯克:elon-musk',
      '阿里巴巴:alibaba',
    ]);
    expect(ids('AI 칩은 AMD와 삼성전자(SSNLF) 등 외부 기업에서도 조달한다.')).toContain('삼성전자:samsung');
    expect(ids('오픈AI(OpenAI)는 새 모델을 공개했다.')).toEqual(['오픈AI:openai', 'OpenAI:openai']);
    // In any case: the lower-case gloss is still the lab's name.
    expect(ids('带领阿里千问(qwen)基础模型发展的林俊旸宣布辞职。')).toContain('千问:alibaba-qwen');
  });

  it('makes the same word something else everywhere on the page', () => {
    const page = '블록체인 기업이 커넥티드 카카오(Connected Cacao) 앱을 출시했다. 카카오 농가의 인공지능 플랫폼 사업이다.';
    expect(ids(page)).toEqual([]);
    // Another name of the same org keeps its own sense: 카나나 glossed as the model, 카카오 still the company.
    expect(ids("카카오에서 인공지능 '카나나(Kanana)' 모델 개발을 총괄해온 리더가 떠났다. 카카오는 새 리더를 찾는다.")).toContain('카카오:kakao');
  });

  it('that is words of the org\'s own Latin name keeps it', () => {
    expect(ids('구글 랩스(Labs) 책임자인 조시 우드워드 부사장이 새 앱을 소개했다.')).toContain('구글 랩스:google-labs');
    // A word that is in none of its names still says the name is something else.
    expect(ids('인공지능과 블록체인으로 커넥티드 카카오(Cacao Farms) 농가의 생산성을 높인다.')).toEqual([]);
  });
});

describe("an org's other-sense words near its ambiguous name (the dataset's otherSense)", () => {
  it('make the name that sense on the page: blockchain oracles are not Oracle', () => {
    expect(ids('체인링크와 같은 기존 오라클은 간단한 데이터를 제공한다. AI 에이전트가 오라클을 쓴다. 오픈AI도.')).toEqual(['오픈AI:openai']);
    expect(ids('Chainlink oracles feed prices to smart contracts; AI agents from OpenAI use an oracle. Oracle said nothing.')).toEqual([
      'OpenAI:openai',
    ]);
    // Without them, the company.
    expect(ids('오라클은 오픈AI와 클라우드 계약을 맺었다.')).toEqual(['오라클:oracle', '오픈AI:openai']);
    // The Boat Race is rowing, and a runway show is fashion.
    expect(ids('Cambridge won the Boat Race; Oxford crews lost. OpenAI engineers watched the rowing.')).toEqual(['OpenAI:openai']);
    expect(ids('AI 모델이 런웨이에 섰다. 패션쇼의 런웨이는 오픈AI가 만든 가상 모델로 채워졌다.')).toEqual(['오픈AI:openai']);
    // A film, a web page's meta tags and another country's presidential office.
    expect(ids('AI 영화 리뷰: 엑스 마키나(Ex Machina) 속 AI. 엑스 마키나는 구글 같은 기업의 CEO가 만든 로봇 이야기다.')).toEqual(['구글:google']);
    expect(ids('메타 디스크립션과 메타 태그는 AI 검색 노출에 중요하다. 메타는 검색 순위에 영향을 준다. 구글도 그렇다.')).toEqual(['구글:google']);
    expect(ids('독일 대통령실은 AI 협력을 논의했다고 밝혔다. 대통령실 관계자가 말했다.')).toEqual([]);
    // Open research questions and conjectures are not the Korean start-up Open Research.
    expect(ids('Chapter 4: The First AI to Solve Open Research Conjectures. An OpenAI model solved them.')).toEqual(['OpenAI:openai']);
    // 字节 as the byte a tokenizer splits text into, not ByteDance.
    expect(ids('大模型的分词器把汉字当做Unicode字节流拆碎，每个字节对应一个token。DeepSeek也是如此。')).toEqual(['DeepSeek:deepseek']);
    // Danny Hillis's 1983 supercomputer maker, not Mira Murati's lab.
    expect(ids('Danny Hillis cofounded Thinking Machines to build the Connection Machine, an AI supercomputer. Thinking Machines failed.')).toEqual([]);
    expect(ids('Thinking Machines, the AI lab led by Mira Murati, released Tinker.')).toEqual(['Thinking Machines:thinking-machines-lab', 'Mira Murati:mira-murati']);
  });
  it('count as whole words only: "growing" holds no rowing, "inventory" no inventor', () => {
    expect(ids('Oxford researchers are growing fast in AI; a new Oxford lab joined DeepMind.')).toEqual([
      'Oxford:oxford',
      'Oxford:oxford',
      'DeepMind:google-deepmind',
    ]);
  });
});

describe('a common noun for another kind of thing after an ambiguous org name', () => {
  it('makes the word that thing everywhere on the page', () => {
    const machine = 'The Sierra supercomputer at LLNL runs AI and simulation workloads. Sierra was built with GPUs for machine learning.';
    expect(ids(machine)).toEqual([]);
    const maker = 'Danny Hillis founded Thinking Machines Corporation to build AI hardware. At its peak, Thinking Machines sold parallel machines for neural network research.';
    expect(ids(maker)).toEqual([]);
    expect(ids('아마존 열대우림의 생태를 AI로 분석하는 연구가 나왔다. 아마존은 넓다.')).toEqual([]);
    // A university's town with its US state: the town, also where the name stands alone.
    expect(ids('The AI startup is based in Cambridge, Massachusetts. Cambridge has many AI labs.')).toEqual([]);
    expect(ids('Google builds an AI data centre in Cambridge, Ontario. Cambridge welcomed it.')).toEqual(['Google:google']);
  });

  it("so does a place's word around a university's name: its town", () => {
    const local = 'The University of Oxford opened an AI lab. Residents of central Oxford, southeast of Oxford, read the Oxford Mail.';
    expect(ids(local)).toEqual(['University of Oxford:oxford']);
    expect(ids('UC Berkeley AI students spoke at the Berkeley City Council meeting.')).toEqual(['UC Berkeley:uc-berkeley']);
    // The university where no such word is near: an Oxford professor, researchers at Oxford.
    expect(ids('An Oxford professor joined Google DeepMind. University of Oxford researchers at Oxford built it.')).toEqual([
      'Oxford:oxford',
      'Google DeepMind:google-deepmind',
      'University of Oxford:oxford',
      'Oxford:oxford',
    ]);
  });

  it('so do a card game\'s subtitle, a given name before the word and a surname after it (Magic: The Gathering, Steve Harvey, Magic Johnson, Harvey Specter)', () => {
    expect(ids('Magic: The Gathering sets now use AI art tools. Magic players debated the new AI policy.')).toEqual([]);
    // Moonshot Thinking (문샷 씽킹), Google X's way: ambitious projects, not Moonshot AI.
    expect(ids('구글 X의 문샷 씽킹(Moonshot Thinking)은 웨이모를 낳았다. 알파벳의 문샷 프로젝트는 AI를 쓴다.')).toEqual([
      '구글 X:google-x',
      '웨이모:waymo',
      '알파벳:google',
    ]);
    expect(ids("Steve Harvey said an AI deepfake video used his voice. Harvey's lawyers asked the AI company to remove it.")).toEqual([]);
    // A surname after the word: Magic is the player's nickname on the whole page.
    const player = 'Magic Johnson invests in AI startups. Magic said the AI boom reminds him of the 1980s.';
    expect(ids(player)).toEqual([]);
    expect(ids('Magic, the AI coding startup, raised money. Magic hires engineers.')).toEqual(['Magic:magic', 'Magic:magic']);
    // Another firm of the same first word: Cohere Health, a prior-authorisation company.
    expect(ids('Cohere Health uses AI for prior authorization. Cohere has raised $90M.')).toEqual([]);
    // The word as someone's given name, then the surname and running text: the TV lawyer, the actress, the driver.
    expect(ids('HARVEY Specter: We only hire from Harvard. Harvey picks up the AI law book. Harvey’s seat is empty.')).toEqual(['Harvard:harvard']);
    expect(ids('Harvey Weinstein was sentenced. Harvey, the legal AI startup, raised money from OpenAI.')).toEqual(['OpenAI:openai']);
    expect(ids("Kimi Antonelli's team uses AI from Moonshot AI. Kimi won the race.")).toEqual(['Moonshot AI:moonshot-ai']);
    // Headlines in title case keep the company; its product in prose is the product (Kimi Chat).
    expect(ids('Harvey Raises $300 Million. Harvey, the legal AI startup, is backed by OpenAI.')).toEqual([
      'Harvey:harvey',
      'Harvey:harvey',
      'OpenAI:openai',
    ]);
    expect(ids('Moonshot AI says Kimi Chat is popular.')).toEqual(['Moonshot AI:moonshot-ai']);
    // The legal-AI company itself, named with no given name before it.
    expect(ids('Harvey, the legal AI startup, raised money from OpenAI. Harvey hires lawyers and engineers.')).toEqual(
      expect.arrayContaining(['Harvey:harvey']),
    );
  });

  it('two such names side by side are one proper name of something else (Tesla Oracle, a fan site)', () => {
    const page = 'The AI robotaxi will launch in Austin, as noted by Tesla Oracle. Tesla also hired AI engineers from Oracle.';
    expect(ids(page)).toEqual(['Tesla:tesla', 'Oracle:oracle']);
  });

  it('leaves the org where no such noun follows it', () => {
    expect(ids('Sierra, the AI agent startup, raised money. Sierra hires engineers for its AI agents.')).toEqual(['Sierra:sierra', 'Sierra:sierra']);
    expect(ids("Thinking Machines, Mira Murati's AI startup, released a model.")).toContain('Thinking Machines:thinking-machines-lab');
    // The noun after a name that is not ambiguous says nothing against it.
    expect(ids('OpenAI supercomputer plans were announced.')).toEqual(['OpenAI:openai']);
  });
});

describe('a Korean trade outside AI before a person\'s name (배우 하정우)', () => {
  it('makes it a namesake, even where the AI person is named on the page', () => {
    const page = "대통령실 하정우 AI미래기획수석은 네이버 출신이다. 한편 배우 하정우의 새 영화가 개봉했다. '1000만 배우' 하정우도 AI에 관심을 보였다.";
    expect(ids(page).filter((x) => x.endsWith(':ha-jung-woo'))).toEqual(['하정우:ha-jung-woo']);
    expect(ids('영화배우 하정우가 새 영화에 출연했다.')).toEqual([]);
  });
});

describe('names that are each other\'s evidence', () => {
  it('an ambiguous org beside the written name of one of its people, in a phrase, and that person', () => {
    expect(ids('库克代表苹果来华，出席了论坛。')).toEqual(['库克:tim-cook', '苹果:apple']);
    // Farther apart in one sentence, the org and one of its own people still vouch for each other.
    const sentence = 'Two days after the lawsuit, Anthropic launched a new research institute led by co-founder Jack Clark.';
    expect(ids(sentence)).toEqual(['Anthropic:anthropic', 'Jack Clark:jack-clark']);
    // Not across a sentence end.
    expect(ids('Two days after the lawsuit, Anthropic launched a new institute. It is led by co-founder Jack Clark.')).toEqual([]);
    // Beside someone who does not work there, 苹果 stays a fruit.
    expect(ids('马斯克说苹果来华了。').filter((x) => x.endsWith(':apple'))).toEqual([]);
  });

  it('not a Japanese surname in kanji run into another ideograph, without the full name (伊藤忠商事)', () => {
    expect(ids('伊藤忠商事とSakana AIが提携した。')).toEqual(['Sakana AI:sakana-ai']);
    expect(ids('Sakana AIの伊藤氏は語った。')).toEqual(['Sakana AI:sakana-ai', '伊藤:ren-ito']);
  });

  it('a short name beside a unit of the person\'s company', () => {
    // 周靖人 is at Alibaba; 通义实验室 is Alibaba's lab.
    expect(ids('阿里CEO发内部信：靖人会继续带领通义实验室推进后续工作。')).toContain('靖人:zhou-jingren');
  });
});

describe('a Korean family name and title after the full name (이 CAIO는)', () => {
  const family = (text: string) => ids(text).filter((x) => x.includes(' ') && /^[가-힣] /.test(x));

  it('is the person the page named in full with that title', () => {
    expect(family('이강욱 크래프톤 CAIO는 7일 기자간담회에서 말했다. 이 CAIO는 "AI가 게임을 바꾼다"고 덧붙였다.')).toEqual(['이 CAIO:kangwook-lee']);
    expect(family('젠슨 황 엔비디아 CEO가 방한했다. 황 CEO는 삼성전자를 찾았다.')).toEqual(['황 CEO:jensen-huang']);
    // A title glued to the org after the name ("LG AI연구원장") counts too.
    expect(family('배경훈 LG AI연구원장이 참석했다. 배 원장은 엑사원을 소개했다.')).toEqual(['배 원장:bae-kyung-hoon']);
    // Lab heads and research fellows too (랩장, 연구위원).
    expect(family('이진식 LG AI연구원 랩장은 24일 강연했다. 이 랩장은 "에이전틱 AI 시대"라고 말했다.')).toEqual(['이 랩장:lee-jin-sik']);
  });

  it('also as the former holder of the title (신 전 CAIO)', () => {
    expect(family('신동훈 전 KT CAIO가 NC AI로 옮겼다. 신 전 CAIO는 AI 모델 개발을 맡는다.')).toEqual(['신 전 CAIO:shin-dong-hoon']);
  });

  it('whichever way the page writes the title: 최고경영자 then CEO, 대표이사 then 대표', () => {
    expect(family('젠슨 황 엔비디아 최고경영자가 방한했다. 황 CEO는 삼성전자를 찾았다.')).toEqual(['황 CEO:jensen-huang']);
    expect(family('젠슨 황 엔비디아 CEO가 방한했다. 황 최고경영자는 삼성전자를 찾았다.')).toEqual(['황 최고경영자:jensen-huang']);
    expect(family('이강욱 크래프톤 대표이사가 말했다. 이 대표는 웃었다.')).toEqual(['이 대표:kangwook-lee']);
    // Another role is still another role.
    expect(family('젠슨 황 엔비디아 최고경영자가 방한했다. 황 CTO는 삼성전자를 찾았다.')).toEqual([]);
  });

  it('but not with another title, for two people of that family, nor 전 (former) or a longer word', () => {
    expect(family('이강욱 크래프톤 CAIO는 말했다. 이 교수는 반대했다.')).toEqual([]);
    expect(family('이강욱 크래프톤 CAIO와 이상호 카카오 CAIO가 만났다. 이 CAIO는 웃었다.')).toEqual([]);
    expect(family('전경훈 삼성리서치 사장이 말했다. 전 사장과 전 대표는 자리를 떠났다.').filter((x) => x.startsWith('전 대표'))).toEqual([]);
    expect(family('이강욱 크래프톤 대표는 말했다. 이 대표적인 사례다.')).toEqual([]);
  });
});

describe('ordinary pages that name companies only in passing', () => {
  it('are not about AI because of two company names: share links do not make Apple Crumble or 크루즈 companies', () => {
    expect(ids("Daddy's Favorite Apple Crumble. Follow us on Facebook and Twitter for more recipes.")).toEqual(['Twitter:x-corp']);
    expect(ids('NASA와 스페이스X, 그리고 톰 크루즈가 손잡았다. 크루즈는 트위터로 알렸다.')).toEqual(['스페이스X:spacex', '트위터:x-corp']);
  });
  it('but two companies on a page that speaks of AI still are', () => {
    expect(ids('네이버 등 포털업체는 아마존, 애플과 경쟁한다. 생성형 AI 검색이 판을 바꾼다.')).toEqual(['네이버:naver', '아마존:amazon', '애플:apple']);
  });
});

describe('a storm, a band, or the inventor of the same name', () => {
  it('is not the company, on the whole page', () => {
    expect(ids('Hurricane Harvey hit Texas; AI models from Google and OpenAI helped forecast Harvey.')).toEqual(['Google:google', 'OpenAI:openai']);
    expect(ids('X JAPAN의 요시키가 트위터에 글을 올렸다. X는 AI 작곡에도 관심을 보였다.')).toEqual(['트위터:x-corp']);
    expect(ids('Nikola Tesla invented the AC motor. Tesla was born in 1856, long before OpenAI or AI.')).toEqual(['OpenAI:openai']);
    expect(ids('尼古拉·特斯拉是发明家。特斯拉一生贡献巨大，今天的人工智能公司OpenAI也受益。')).toEqual(['OpenAI:openai']);
  });
  it('while Tesla the company keeps its name on an AI page', () => {
    expect(ids('Tesla hired an AI chief from OpenAI; Tesla said its Optimus team grew.')).toEqual(['Tesla:tesla', 'OpenAI:openai', 'Tesla:tesla']);
  });
});

describe('one person of a widely shared name, alone on a page that never speaks of AI', () => {
  it('is a namesake: the poet, the actor, the singer', () => {
    expect(ids('The adjudicators, Llion Jones among them, praised the young poet. Jones read last.')).toEqual([]);
    expect(ids('Chinese actor Wang Xing was freed from a scam compound. Wang thanked the police.')).toEqual([]);
    expect(ids('Josh Woodward is not your typical musician. Woodward explained that it is about the music.')).toEqual([]);
    // A name in ideographs: the emperor 刘知远 on a history page, not the Tsinghua professor.
    expect(ids('石敬瑭死后，刘知远在太原称帝即位，改国号为汉，史称后汉。刘知远的庙号为后汉高祖。')).toEqual([]);
    // Names the lists learnt from audits: an Indian given name, a Dutch one, a Chinese surname.
    expect(ids('Former minister Krishna Rao addressed the rally in Hyderabad. Rao thanked voters.')).toEqual([]);
    expect(ids('The Dutch musician Erik de Jong released a new album.')).toEqual([]);
    expect(ids('The journalism professor Qiao Mu left Beijing for the United States. Qiao said he felt free.')).toEqual([]);
  });
  it('but is the person where the page speaks of AI, names one of their orgs, or the name is rare', () => {
    expect(ids('Llion Jones, a co-author of the transformer paper, spoke about AI.')).toEqual(['Llion Jones:llion-jones']);
    expect(ids('Meituan founder Wang Xing spoke to investors.')).toEqual(['Meituan:meituan', 'Wang Xing:wang-xing-meituan']);
    expect(ids('Demis Hassabis played chess as a boy.')).toEqual(['Demis Hassabis:demis-hassabis']);
    expect(ids('清华大学教授刘知远研究大模型。')).toEqual(['清华大学:tsinghua', '刘知远:liu-zhiyuan']);
    // Korean pages name other trades' people with their trade (배우 하정우): the rule reads Latin names only.
    expect(ids('존 슐먼이 떠났다.')).toEqual(['존 슐먼:john-schulman']);
  });
});

describe('a surname two people of the same org share, next to that org', () => {
  it('names neither without a full name (Dario and Daniela Amodei at Anthropic), and the one named in full', () => {
    expect(ids('AnthropicのアモデイCEOは語った。')).toEqual(['Anthropic:anthropic']);
    expect(ids('ダリオ・アモデイが来日した。AnthropicのアモデイCEOは語った。')).toEqual([
      'ダリオ・アモデイ:dario-amodei',
      'Anthropic:anthropic',
      'アモデイ:dario-amodei',
    ]);
  });
});

describe('Korean ordinary pages', () => {
  it('a Naver app is a product, not Naver vouching for its people: the actor 하정우 on 네이버 V앱', () => {
    expect(ids('배우 하정우가 네이버 V앱에 출연했다. 하정우는 영화 홍보를 했다.')).toEqual([]);
  });
  it('a trade after the name makes it another person\'s (김성훈 감독), where the page names his namesake\'s company', () => {
    expect(ids('영화 터널의 김성훈 감독은 네이버 인터뷰에서 웃었다.')).toEqual(['네이버:naver']);
  });
  it('Manus Island is not Manus AI', () => {
    expect(ids('호주 정부가 마누스 섬의 난민 수용소를 닫았다. 마누스에는 아직 300명이 있다. 삼성전자와 네이버도.')).toEqual([
      '삼성전자:samsung',
      '네이버:naver',
    ]);
  });
});

describe('a country, a mountain range or another firm that a name starts', () => {
  it('is not the AI company, on the whole page', () => {
    expect(ids('Sierra Leone launched a national AI strategy. Sierra wants AI in schools.')).toEqual([]);
    expect(ids('Cohere Technologies tests 5G with AI. Cohere said its OTFS waveform scales.')).toEqual([]);
    // The AI companies themselves, elsewhere.
    expect(ids('Sierra, the AI agent start-up of Bret Taylor, raised money; Cohere launched a model.')).toContain('Sierra:sierra');
  });
});

describe('Chinese pages: Taiwan\'s Tsing Hua, the Cambrian period', () => {
  it('are not Tsinghua and Cambricon', () => {
    expect(ids('新竹清華大學的AI研究很強。國立清華大學的教授說。')).toEqual([]);
    expect(ids('清华大学的AI研究团队加入了字节跳动。')).toEqual(['清华大学:tsinghua', '字节跳动:bytedance']);
    expect(ids('寒武纪的三叶虫化石研究用上了人工智能。寒武纪的生物多样。')).toEqual([]);
  });
});

describe('a two-character name inside a longer word (関東大震災, 東大寺, 几百度)', () => {
  it('is that word, where the page speaks of AI too', () => {
    expect(ids('関東大震災で東京大学の図書館が焼けた。東大寺の文書もAIで読む。')).toEqual(['東京大学:university-of-tokyo']);
    expect(ids('AI芯片工作时温度可达几百度，百度的工程师说。')).toEqual([]);
    // The university and the company themselves.
    expect(ids('東大の松尾豊教授はAI研究者だ。')).toEqual(['東大:university-of-tokyo', '松尾豊:yutaka-matsuo']);
    expect(ids('百度发布了文心大模型，百度的李彦宏说。')).toEqual(['百度:baidu', '百度:baidu', '李彦宏:robin-li']);
  });
});

describe('Korean pages that use a name in another sense (audited ordinary pages)', () => {
  it('an ambiguous acronym in brackets after another word abbreviates that word, on the whole page', () => {
    const football = '유럽축구연맹(UEFA) 챔피언스리그(UCL) 우승팀을 AI에게 맡겼다. 오픈AI의 챗GPT는 UCL 우승팀으로 바르셀로나를 꼽았다.';
    expect(ids(football)).toEqual(['오픈AI:openai']);
    // After a name of the org itself, the acronym is the org's.
    expect(ids('유니버시티 칼리지 런던(UCL) 연구진이 AI 모델을 공개했다. UCL은 딥마인드와 협력한다.')).toEqual([
      '유니버시티 칼리지 런던:ucl',
      'UCL:ucl',
      'UCL:ucl',
      '딥마인드:google-deepmind',
    ]);
  });

  it("a share or subscribe button's label is the page's toolbar", () => {
    expect(ids('메타가 AI 연구원을 영입했다. 페이스북 공유하기 트위터로 보내기 Share on Facebook')).toEqual(['메타:meta']);
    // A footer's "Follow us on Facebook" is no evidence for a namesake of a Meta person.
    expect(ids('Chris Cox scored twice for the county side. Follow us on Facebook and Google News.')).toEqual([]);
    // A share bar that lists sites by name: no mentions, and no evidence for the actor's namesake.
    expect(ids('배우 하정우가 손석희 앵커와 만난다. 하정우는 AI 영화를 말했다.\n상단으로 이동 페이스북 트위터 네이버 다음 카카오채널 유튜브')).toEqual([]);
    expect(ids('Share: Facebook | Twitter | LinkedIn | Email. Meta hired AI researchers.')).toEqual(['Meta:meta']);
    // A subscribe button in a sports report's footer is no evidence for Naver's 김광현.
    expect(ids('SSG 김광현이 7이닝 무실점으로 호투했다. 경기 후 AI 분석을 언급했다.\n네이버에서 OSEN 구독하기')).toEqual([]);
    // A subscription the company sells is the company.
    expect(ids('네이버에서 AI 구독 서비스를 출시했다.')).toEqual(['네이버:naver']);
    // A post on X is the platform, named in the text.
    const post = ids('X, formerly Twitter, is owned by xAI. Igor Babuschkin confirmed his departure in a post on X.');
    expect(post.filter((x) => x === 'X:x-corp')).toHaveLength(2);
  });

  it('the moon-landing sense (a policy page on K-문샷) and lower-case "Moonshot thinking" are not Moonshot AI', () => {
    const policy = "정부는 ‘K-문샷 프로젝트 추진 전략’을 발표했다. 문샷은 미국 항공우주국(NASA)의 유인 달 탐사처럼 AI 분야의 큰 도전을 뜻한다.";
    expect(ids(policy)).toEqual([]);
    expect(ids('혁신을 위해 ‘문샷 씽킹(Moonshot thinking)’에 주목하라고 했다. AI 시대다. 문샷은 큰 목표다.')).toEqual([]);
    expect(ids('정부는 AI 문샷 프로젝트를 발표했다. 문샷 프로젝트는 AI 반도체를 키운다.')).toEqual([]);
    expect(ids('중국 AI 스타트업 문샷AI가 키미 K2를 공개했다. 문샷은 알리바바의 투자를 받았다.')).toContain('문샷:moonshot-ai');
  });

  it('a local office after a name (광주시장) makes it a namesake; a minister stays', () => {
    expect(ids('윤장현 광주시장과 삼성전자 부사장이 만났다. 윤장현 시장은 AI 산업을 말했다.')).toEqual(['삼성전자:samsung']);
    expect(ids('삼성리서치 윤장현 CTO는 AI 연구를 이끈다.')).toContain('윤장현:yoon-jang-hyun');
    expect(ids('배경훈 과기정통부 장관은 LG AI연구원장 출신이다.')).toContain('배경훈:bae-kyung-hoon');
  });

  it("케이티 before another word is a given name (Katy Perry), not KT", () => {
    expect(ids('미국 팝 가수 케이티 페리가 AI로 만든 가짜 사진에 속았다. 오픈AI의 모델이 쓰였다.')).toEqual(['오픈AI:openai']);
    expect(ids('KT는 AI 모델을 공개했다. (주)케이티는 이날 발표했다.')).toEqual(['KT:kt', '케이티:kt']);
  });
});

describe('pages that speak of AI in another field (medicine, sport, science policy)', () => {
  it('an acronym spelled out before its brackets is that phrase on the whole page, not the company', () => {
    const eye = 'An AI system can help predict whether people with age-related macular degeneration (AMD) will get worse. Google DeepMind built it; AMD involves the macula.';
    expect(ids(eye)).toEqual(['Google DeepMind:google-deepmind']);
    const pregnancy = 'Machine learning models predict gestational diabetes mellitus (GDM) early. GDM risk was high in the model.';
    expect(ids(pregnancy)).toEqual([]);
    // An acronym that drops one of the words it stands for (Machine Learning, …: META).
    const team = "Twitter's Machine Learning, Ethics, transparency and Accountability (META) team was axed. The META team studied AI bias.";
    expect(ids(team)).toEqual(['Twitter:x-corp']);
    // The company's own name before its acronym, or no spelled-out phrase: the company.
    expect(ids('Advanced Micro Devices (AMD) and Nvidia sell AI chips. AMD hired engineers.')).toEqual([
      'Advanced Micro Devices:amd',
      'AMD:amd',
      'Nvidia:nvidia',
      'AMD:amd',
    ]);
    expect(ids('The chip maker (AMD) hired AI engineers from OpenAI.')).toEqual(['AMD:amd', 'OpenAI:openai']);
    // Spelled out as other words, even an acronym no other sense was listed for.
    const dair = 'IIT Delhi formed Data Analytics & Intelligence Research (DAIR) to study AI. DAIR has five faculty from the University of Washington.';
    expect(ids(dair)).toEqual(['University of Washington:university-of-washington']);
    expect(ids('Timnit Gebru founded the Distributed AI Research Institute (DAIR). DAIR studies AI harms.')).toEqual([
      'Timnit Gebru:timnit-gebru',
      'Distributed AI Research Institute:dair',
      'DAIR:dair',
      'DAIR:dair',
    ]);
  });

  it("Japan's Moonshot programme and a basketball team are not the AI companies", () => {
    expect(ids('CSTI established the Moonshot Research and Development Program to use AI robots. Moonshot goals include AI.')).toEqual([]);
    expect(ids('The Orlando Magic used AI analytics. The Magic beat the Lakers in the NBA playoffs, OpenAI said.')).toEqual(['OpenAI:openai']);
  });
});

describe('ordinary words in pages that name an AI company elsewhere (written probes of an audit)', () => {
  it('meta-analysis, cacao, the mistral wind and real-world data are not the companies', () => {
    expect(ids('오픈AI의 챗GPT 등장 이후 의료 AI 연구가 늘었다. 연구팀은 25개 연구를 메타 분석했다.')).toEqual(['오픈AI:openai']);
    expect(ids('オープンAIのChatGPTを医療に使う研究が増えている。83本の論文をメタ分析した。')).toEqual(['オープンAI:openai']);
    expect(ids('엔비디아와 마이크로소프트의 AI 기술로 카카오 농장의 병해를 예측한다. 카카오 열매 가격이 올랐다.')).toEqual(['엔비디아:nvidia', '마이크로소프트:microsoft']);
    expect(ids('오픈AI의 AI는 미스트랄이 부는 날에는 실내 일정을 추천했다.')).toEqual(['오픈AI:openai']);
    expect(ids('루닛과 뷰노는 리얼월드 데이터(RWD)를 모으고 있다. 리얼월드 데이터는 AI 검증에 쓰인다.')).toEqual(['루닛:lunit', '뷰노:vuno']);
  });

  it('an illness in brackets is that illness, though the company is named farther back', () => {
    const page = '마이크로소프트와 엔비디아가 지원한 AI 모델이 뇌 MRI에서 다발성경화증(MS) 병변을 찾았다. MS 환자에게 쓰인다.';
    expect(ids(page)).toEqual(['마이크로소프트:microsoft', '엔비디아:nvidia']);
    expect(ids('마이크로소프트(MS)는 AI 모델을 공개했다. MS는 오픈AI에 투자했다.')).toEqual(['마이크로소프트:microsoft', 'MS:microsoft', 'MS:microsoft', '오픈AI:openai']);
  });

  it('a Korean list of financial firms, or a group\'s name before an affiliate\'s, names that firm, not the company', () => {
    const etf = '휴머노이드 로봇 AI가 테마다. 삼성·KB·한화 등 주요 운용사가 ETF를 선보였다. 삼성·KB·한화자산운용도 참여했다. 엔비디아가 수혜다.';
    expect(ids(etf)).toEqual(['엔비디아:nvidia']);
    expect(ids('삼성·SK·LG 등 주요 그룹이 AI에 투자한다.')).toEqual(['삼성:samsung', 'SK:sk-group', 'LG:lg']);
    // A group's name before an affiliate's, apart: Samsung Biologics is not Samsung Electronics.
    expect(ids('삼성 바이오로직스 분식회계 논란 속에 삼성전자는 AI 반도체에 투자했다.')).toEqual(['삼성전자:samsung']);
    expect(ids('SK 이노베이션과 LG 화학이 AI 공정을 도입했다.')).toEqual([]);
    // Not after any company: a Google engineering VP, a university's chemistry department.
    expect(ids('아마르 수브라마냐 전 구글 엔지니어링 부사장, 서울대 화학부 교수가 AI 연구를 이끈다.')).toEqual([
      '아마르 수브라마냐:amar-subramanya',
      '구글:google',
      '서울대:seoul-national-university',
    ]);
  });

  it("a university's name that starts another institution's names that institution", () => {
    // Its hospital, a school attached to it, a company it owns, a place or an experiment named after it.
    expect(ids('The University of Tokyo Hospital uses AI. 東大病院の医師がOpenAIのモデルを試した。')).toEqual(['OpenAI:openai']);
    expect(ids('清华附中的学生参观了清华大学的人工智能实验室。清华控股和北大方正的股价上涨。')).toEqual(['清华大学:tsinghua']);
    expect(ids('스탠퍼드 교도소 실험(Stanford Prison Experiment)은 AI 윤리 수업의 교재다. 서울대·세브란스병원 교수들이 AI를 쓴다.')).toEqual([]);
    expect(ids('北大荒农场和北大街上的商店也用上了AI。')).toEqual([]);
    expect(ids('서울대 치과병원 이종호 교수가 AI 진단을 도입했다.')).toEqual([]);
    // The university itself, its schools and its people, stay.
    expect(ids('스탠퍼드 대학의 심리학 교수와 서울대 의대 교수가 오픈AI에 합류했다.')).toEqual([
      '스탠퍼드 대학:stanford',
      '서울대:seoul-national-university',
      '오픈AI:openai',
    ]);
  });

  it("a company's name before its team's squad, club or ground is the team (엔씨 선수들, 楽天打線)", () => {
    expect(ids('김택진 엔씨소프트 대표. 엔씨 선수들은 우승했다. 엔씨 구단은 AI 분석을 쓴다. 엔씨 홈구장도 붐볐다.')).toEqual([
      '김택진:kim-taek-jin',
      '엔씨소프트:ncsoft',
    ]);
    expect(ids('楽天打線が爆発した。楽天グループはAI事業を強化する。')).toEqual(['楽天グループ:rakuten']);
    expect(ids('삼성 응원단과 LG 팬들이 모였다. 삼성전자는 AI 반도체를 만든다.')).toEqual(['삼성전자:samsung']);
    // A player who shares a surname with a Rakuten AI executive is no evidence for the company.
    expect(ids('楽天が逆転勝ち!北川プロ初タイムリー。東北楽天・北川がAIの分析を語った。')).toEqual([]);
  });

  it("a portal's sports or news section is the product, no evidence for a namesake", () => {
    expect(ids('SSG 김광현이 7이닝 무실점으로 호투했다. 이날 경기는 네이버 스포츠에서 생중계됐다.')).toEqual([]);
  });
});
