import { describe, expect, it } from 'vitest';
import { isCommonPersonName, isKoreanNameInHanja } from '../../lib/match/common-names';
import { createMatcher } from '../../lib/match/matcher';
import { seedIndex } from './match-dataset-helpers';

/** Entity ids the real dataset's matcher finds in a text (built once for the file: it is slow to build). */
let seedMatcher: ReturnType<typeof createMatcher> | null = null;
const ids = (text: string) => (seedMatcher ??= createMatcher(seedIndex())).scan(text).map((m) => m.id);

describe('names very many people share', () => {
  it('are Korean-shaped Hangul names, common English given name + surname, and short pinyin names', () => {
    const common = (lang: 'en' | 'ko' | 'zh' | 'ja', names: string[]) => names.filter((n) => isCommonPersonName(lang, n));
    expect(common('ko', ['김병학', '남궁훈', '샘 올트먼', '량원펑'])).toEqual(['김병학', '남궁훈']);
    // Two syllables: a Korean name with a one-syllable given name, or a two-character Chinese name in Hangul.
    expect(common('ko', ['안현', '장펑', '야오순위'])).toEqual(['안현', '장펑']);
    expect(common('en', ['Tony Liu', 'Jeff Dean', 'Dominic King', 'Bo Li', 'Li Bo', 'Kai Yu'])).toEqual([
      'Tony Liu',
      'Jeff Dean',
      'Dominic King',
      'Bo Li',
      'Li Bo',
      'Kai Yu',
    ]);
    // Common Indian given names and surnames, and the everyday short forms of English given names.
    expect(common('en', ['Naveen Rao', 'Rohit Prasad', 'Sonal Gupta', 'Tim Cook', 'Andrew Feldman', 'Trapit Bansal', 'Aravind Srinivas'])).toEqual([
      'Naveen Rao',
      'Rohit Prasad',
      'Sonal Gupta',
      'Tim Cook',
      'Andrew Feldman',
    ]);
    // Rarer combinations, two-syllable pinyin given names, and three-word names are not.
    expect(common('en', ['Ilya Sutskever', 'Liang Wenfeng', 'Shunyu Yao', 'Mira Murati', 'Tony Wu Jr', 'Demis Hassabis'])).toEqual([]);
    expect(common('zh', ['李航', '王伟', '姚顺雨', '孙正义'])).toEqual(['李航', '王伟']);
    expect(common('ja', ['周暢', '松尾豊'])).toEqual(['周暢']);
    // A Korean name in katakana, family name first, as Japanese pages write it (ハ・ジョンウ is also an actor).
    expect(common('ja', ['ハ・ジョンウ', 'パク・ミヌ', 'ペ・ギョンフン', 'サム・アルトマン', 'イーロン・マスク', 'イリヤ・サツケバー'])).toEqual([
      'ハ・ジョンウ',
      'パク・ミヌ',
      'ペ・ギョンフン',
    ]);
    // A Korean name in Latin letters, either order, is as common as its Hangul form.
    expect(common('en', ['Kim Kwang-hyun', 'Seok-hyun Ko', 'Lee Kang-wook', 'Hyung Won Chung', 'Jensen Huang'])).toEqual([
      'Kim Kwang-hyun',
      'Seok-hyun Ko',
      'Lee Kang-wook',
    ]);
  });

  it('a Korean name in Latin letters is the researcher only where their own org is on the page', () => {
    expect(ids('UFC: Ko Seok-hyun wins by decision in Las Vegas; Ko Seok-hyun thanked his coach.')).toEqual([]);
    expect(ids('Sionic AI CEO Ko Seok-hyun said the company will hire more engineers.')).toContain('ko-seok-hyun');
  });

  it("a Korean person's name in Hanja is as common as in Hangul (李海珍), a Taiwanese name is not (李开复)", () => {
    expect(isKoreanNameInHanja('李海珍', ['Lee Hae-jin'], ['이해진'])).toBe(true);
    expect(isKoreanNameInHanja('李开复', ['Kai-Fu Lee'], ['리카이푸'])).toBe(false);
    expect(ids('李海珍是一位中国画家，他的作品在北京展出。')).toEqual([]);
    expect(ids('Naver创始人李海珍表示AI很重要。')).toContain('lee-hae-jin');
  });

  it('a Japanese name that begins longer names (島田明 in 島田明日香, 島田明宏) is the person only beside their own org', () => {
    expect(ids('島田明日香さんと島田明宏さんがAI競馬予想を語った。')).toEqual([]);
    expect(ids('NTTの島田明社長はAI戦略を語った。')).toContain('akira-shimada');
  });

  it('a common Indian or English name is the person only beside their own org (Naveen Rao the judge, Tim Cook the historian)', () => {
    expect(ids('Justice Naveen Rao will supervise the cricket association elections. Tim Cook, the war historian, died.')).toEqual([]);
    expect(ids('Apple CEO Tim Cook unveiled a new AI model.')).toContain('tim-cook');
  });
});
