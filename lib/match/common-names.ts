import type { Lang } from '../dataset/schema';
import { CHINESE_SURNAMES, isChineseName } from './chinese-names';
import { ENGLISH_GIVEN_NAMES } from './english-given-names';

/**
 * Person names that thousands of people share. Such an alias is ambiguous: resolve accepts it
 * only where one of the person's own orgs is on the page or next to the name, so a chef called
 * Tony Liu, a football writer called Dominic King, an actor called 하정우 or a novelist called 韩松
 * does not become the researcher in the dataset. News about the researcher names their lab.
 */

/** Korean family names, one syllable (and the common two-syllable ones). */
const KOREAN_SURNAMES = new Set([...'김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부']);
const KOREAN_TWO_SYLLABLE_SURNAMES = new Set(['황보', '남궁', '제갈', '독고', '선우', '사공']);

/**
 * Hangul shaped like a Korean name: family name plus two syllables (배경훈, 김병학); or any name of
 * two syllables (안현, and 장펑 or 양빈, the Korean press's spelling of a two-character Chinese name,
 * which is as common as the Chinese name itself).
 */
function isKoreanNameShape(text: string): boolean {
  if (/^[가-힣]{2}$/.test(text)) return true;
  if (/^[가-힣]{3}$/.test(text)) return KOREAN_SURNAMES.has(text[0]!);
  return /^[가-힣]{4}$/.test(text) && KOREAN_TWO_SYLLABLE_SURNAMES.has(text.slice(0, 2));
}

// The most frequent surnames in English-language records (US census lists); the given names are
// in english-given-names.ts.
const ENGLISH_SURNAMES = new Set(
  `Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson
  Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young
  Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts
  Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez
  Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James
  Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins
  Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Fisher Simmons Romero Jordan Patterson Alexander Hamilton
  Graham Reynolds Griffin Wallace West Cole Hayes Bryant Gibson Ellis Stevens Murray Ford Marshall Owens Harrison
  McDonald Woods Washington Kennedy Wells Henry Freeman Webb Tucker Burns Crawford Olson Simpson Porter Hunter Gordon
  Shaw Snyder Mason Dixon Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Fox Warren Mills Meyer Rice
  Schmidt Daniels Ferguson Nichols Stephens Weaver Ryan Gardner Payne Grant Dunn Spencer Hawkins Arnold Pierce Hansen
  Peters Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Ray Berry Perkins
  Hoffman Johnston Matthews Richards Willis Carpenter Lawrence Dalton Saunders Dean Day Page Miles Wolf Ball Walsh Chan
  Wong Lam Joseph Warner Cannon Harvey Little Burton Stanley George Jacobs Reid Fields Weber Lawson Fuller Wheeler Chapman
  Oliver Montgomery Williamson Banks Bishop McCoy Howell Morrison Fernandez Garza Greene Hopkins Barker Watkins Bates Sims
  Wade Newman Lowe Holland Keller Schneider Fleming Douglas Barrett Bowman Marsh Curtis Norris Powers Sherman Chambers
  Lucas Vaughn Snow Lynch Doyle Quinn Walters Gilbert Garrett Harper Franklin Francis Rhodes Moody Beck Hardy Byrd Hanson
  Wolfe Schwartz Weiss Klein Katz Cohen Levy Levine Goldberg Friedman Feldman Kaplan Shapiro Rosen Stein Bernstein Byrne
  Gallagher Brennan McCarthy Fraser Gill`.split(/\s+/),
);

/** One of the most frequent English-language surnames (Johnson, Harvey). */
export function isCommonEnglishSurname(word: string): boolean {
  return ENGLISH_SURNAMES.has(word);
}

/**
 * The most frequent Indian given names and surnames (Naveen Rao, Rohit Prasad, Sonal Gupta): a
 * name of one of each is shared by very many people, as local news about judges and cricket shows.
 */
const INDIAN_GIVEN_NAMES = new Set(
  `Rahul Rohit Amit Arvind Deepak Naveen Vishal Sachin Karthik Ashish Anil Sunil Rajesh Ramesh Suresh Vijay Ajay Sanjay
  Manish Nitin Pradeep Prakash Ravi Raj Rakesh Vikas Vivek Arjun Aditya Akash Ankit Gaurav Harsh Kunal Mohit Neha Pooja
  Priya Shweta Sonal Anjali Kavita Sunita Amar Shiv Rishabh Varun Nikhil Rohan Siddharth Abhishek Anand Mukesh Dinesh
  Mahesh Ganesh Srinivas Venkat Naresh Sandeep Sudhir Vinod Alok Ashok Hemant Jitendra Lalit Manoj Pankaj Rajiv Sameer
  Tarun Uday Yogesh Arun Kiran Deepa Divya Swati Meera Asha Rekha Usha Krishna Gopal Hari Mohan Ram Shankar Srinivasa`.split(/\s+/),
);
const INDIAN_SURNAMES = new Set(
  `Rao Patil Gupta Shah Sharma Kumar Agarwal Agrawal Prasad Pathak Krishna Singh Reddy Iyer Nair Mehta Jain Das Joshi
  Verma Mishra Pandey Patel Chopra Kapoor Malhotra Bhatia Saxena Srivastava Tiwari Yadav Chauhan Desai Kulkarni Menon
  Pillai Rajan Raman Subramanian Bansal Goyal Mittal Arora Khanna Sinha Chatterjee Banerjee Mukherjee Bose Ghosh Dutta
  Sen Roy Naidu Shetty Hegde Bhat Kamath Murthy Sethi Ahuja Bajaj Trivedi Dubey Tripathi Dixit Shukla Kaur Sandhu`.split(/\s+/),
);
// One-syllable pinyin given names: with a Chinese family name, "Bo Li" and "Li Bo" are each the name of very many people.
const CHINESE_ONE_SYLLABLE_GIVEN = new Set(
  `Wei Bo Yun Kai Hang Tong Lei Jun Jie Yi Hao Tao Jing Yan Ying Min Ming Hui Xin Yu Lu Li Bin Bing Feng Gang Hong Jian
  Lin Long Ning Ping Qiang Rui Tian Xiang Yang Yong Zhen Chao Dong Fei Fan Kun Liang Nan Peng Qi Qing Shan Song Wen Xu
  Yuan Zhi Cheng Chen Dan Hua Jia Jin Lan Le Na Pei Ran Shu Ting Xia Xiao Yue Zheng Ke Ji Hai Yao Ye Zhe He`.split(/\s+/),
);

/**
 * Korean family names as romanised in English. A Korean name in Latin letters (Kim Kwang-hyun,
 * Seok-hyun Ko) is shared by as many people as its Hangul form, which is treated as common too.
 */
const KOREAN_SURNAMES_LATIN = new Set(
  `Kim Lee Yi Rhee Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Suh Shin Kwon
  Hwang Ahn An Song Yoo Yu Hong Ko Koh Moon Mun Yang Son Sohn Bae Baek Paik Heo Huh Nam Sim Shim Noh Roh Ha Kwak Sung Cha
  Joo Ju Woo Koo Ku Min Ryu Na Jin Ji Um Eom Chae Won Chun Jun Bang Kong Hyun Hahm Byun Yeom Choo Do Seok`.split(/\s+/),
);
/** A two-syllable Korean given name as romanised, with its hyphen (Kwang-hyun, Seok-hyun). */
const KOREAN_GIVEN_LATIN = /^[A-Z][a-z]{1,5}-[a-z]{2,5}$/;

function isRomanisedKoreanName(a: string, b: string): boolean {
  return (KOREAN_SURNAMES_LATIN.has(a) && KOREAN_GIVEN_LATIN.test(b)) || (KOREAN_GIVEN_LATIN.test(a) && KOREAN_SURNAMES_LATIN.has(b));
}

/** A name of exactly two words, as its two words; null for any other. */
function twoWords(text: string): [string, string] | null {
  const words = text.trim().split(/\s+/);
  return words.length === 2 ? (words as [string, string]) : null;
}

function isCommonEnglishName(text: string): boolean {
  const words = twoWords(text);
  if (!words) return false;
  const [a, b] = words;
  if (isRomanisedKoreanName(a, b)) return true;
  if (ENGLISH_GIVEN_NAMES.has(a) && (ENGLISH_SURNAMES.has(b) || CHINESE_SURNAMES.has(b))) return true;
  if (INDIAN_GIVEN_NAMES.has(a) && INDIAN_SURNAMES.has(b)) return true;
  // Given name first (Bo Li) or family name first (Li Bo).
  return (CHINESE_ONE_SYLLABLE_GIVEN.has(a) && CHINESE_SURNAMES.has(b)) || (CHINESE_SURNAMES.has(a) && CHINESE_ONE_SYLLABLE_GIVEN.has(b));
}

/** Korean family names as Japanese pages write them in katakana (キム, イ, パク, ペ…). */
const KOREAN_SURNAMES_KANA = new Set(
  `キム イ リ パク チェ チョン カン チョ ユン チャン イム ハン オ ソ シン クォン ファン アン ソン ユ コ ムン ヤン ペ ペク ベク
  ホ ナム ノ ハ クァク チャ チュ ウ ク ミン リュ ナ チン チ オム ウォン パン コン ヒョン ピョン ヨム ヨ ト ソク ソル マ キル
  ヨン ウィ ピョ ミョン キ ワン クム オク ユク イン メン モ タク クク ウン`.split(/\s+/),
);

/** A Korean family name in katakana (チョン, キム): shared by millions, like 자오 or Chen. */
export function isKoreanSurnameInKana(text: string): boolean {
  return KOREAN_SURNAMES_KANA.has(text);
}

/** A Korean name in katakana, family name first (ハ・ジョンウ, パク・ミヌ): as common as its Hangul form. */
function isKoreanNameInKana(text: string): boolean {
  const m = /^([\u30a1-\u30fc]+)[・･·]([\u30a1-\u30fc]{1,6})$/.exec(text);
  return m !== null && KOREAN_SURNAMES_KANA.has(m[1]!);
}

/** Two ideographs: a Chinese family name and a one-character given name (李航, 王伟, 周暢). */
const TWO_IDEOGRAPHS = /^[\u4e00-\u9fff]{2}$/;

/** Three ideographs, a Korean name as Chinese and Japanese pages write it in Hanja (李海珍). */
const THREE_IDEOGRAPHS = /^[\u4e00-\u9fff]{3}$/;

/**
 * Whether a Chinese or Japanese alias is a Korean person's name in Hanja (李海珍 for Lee Hae-jin):
 * as common as its Hangul form. The person is Korean when they have both a romanised Korean name
 * (Lee Hae-jin) and a Korean-shaped Hangul one (이해진); Kai-Fu Lee's Hangul is 리카이푸.
 */
export function isKoreanNameInHanja(text: string, englishAliases: string[], koreanAliases: string[]): boolean {
  if (!THREE_IDEOGRAPHS.test(text) || !koreanAliases.some(isKoreanNameShape)) return false;
  return englishAliases.some((a) => {
    const words = twoWords(a);
    return words !== null && isRomanisedKoreanName(...words);
  });
}

/**
 * Whether a person's name, by their English aliases, is Chinese (Shengjia Zhao, Lin Junyang), a
 * romanised Korean one (Hae-jin Lee) or ends in a Chinese family name after an English given name
 * (Mark Chen): their surname, in any script (Zhao, 자오, チョウ; Lee; Chen), is shared by tens of
 * millions, so it says who it is only after the full name, not even beside their org ("OpenAI
 * researcher Chen" may be any of its Chens).
 */
export function hasWidelySharedSurname(englishAliases: string[]): boolean {
  return englishAliases.some((a) => {
    const words = twoWords(a);
    if (!words) return false;
    const [a0, a1] = words;
    return CHINESE_SURNAMES.has(a1) || HISPANIC_SURNAMES.has(a1) || isChineseName(a0, a1) || isRomanisedKoreanName(a0, a1);
  });
}

/**
 * The most frequent Spanish and Portuguese surnames, each shared by millions: after another given
 * name on a page about AI (오렐리안 로드리게스 at Cohere) the surname is someone else's, so it
 * names the dataset's person only after their full name.
 */
const HISPANIC_SURNAMES = new Set(
  `Rodriguez Rodrigues Garcia Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz
  Silva Santos Oliveira Costa Pereira Fernandez Fernandes Alvarez Ruiz Jimenez Moreno Romero Alves Souza Lima Gutierrez
  Castillo Ortiz Morales Reyes Cruz Mendoza Vargas Castro Herrera Medina Aguilar Ramos Chavez Vasquez Ferreira Carvalho
  Gomes Martins Ribeiro`.split(/\s+/),
);

/** Whether a person's alias in `lang` is a name very many people share. */
export function isCommonPersonName(lang: Lang, text: string): boolean {
  if (lang === 'ko') return isKoreanNameShape(text);
  if (lang === 'en') return isCommonEnglishName(text);
  return TWO_IDEOGRAPHS.test(text) || (lang === 'ja' && isKoreanNameInKana(text));
}

/**
 * Whether a person's name, by their English aliases, is one that namesakes share: a common given
 * name (Josh Woodward, Colin Murdoch) or a common surname, English, Chinese or Korean (Llion
 * Jones, Wang Xing, Erik de Jong).
 */
export function mayHaveNamesakes(englishAliases: string[]): boolean {
  return (
    hasWidelySharedSurname(englishAliases) ||
    englishAliases.some((a) => {
      const words = a.trim().split(/\s+/);
      if (words.length < 2) return false;
      const last = words[words.length - 1]!;
      return ENGLISH_GIVEN_NAMES.has(words[0]!) || ENGLISH_SURNAMES.has(last) || CHINESE_SURNAMES.has(last) || CHINESE_SURNAMES.has(words[0]!);
    })
  );
}
