import { describe, expect, it } from 'vitest';
import { isCommonPersonName } from '../../lib/match/common-names';

describe('names very many people share', () => {
  it('are Korean-shaped Hangul names, common English given name + surname, and short pinyin names', () => {
    const common = (lang: 'en' | 'ko' | 'zh' | 'ja', names: string[]) => names.filter((n) => isCommonPersonName(lang, n));
    expect(common('ko', ['김병학', '남궁훈', '샘 올트먼', '량원펑'])).toEqual(['김병학', '남궁훈']);
    expect(common('en', ['Tony Liu', 'Jeff Dean', 'Dominic King', 'Bo Li', 'Li Bo', 'Kai Yu'])).toEqual([
      'Tony Liu',
      'Jeff Dean',
      'Dominic King',
      'Bo Li',
      'Li Bo',
      'Kai Yu',
    ]);
    // Rarer combinations, two-syllable pinyin given names, and three-word names are not.
    expect(common('en', ['Ilya Sutskever', 'Liang Wenfeng', 'Shunyu Yao', 'Mira Murati', 'Tony Wu Jr', 'Demis Hassabis'])).toEqual([]);
    expect(common('zh', ['李航', '王伟', '姚顺雨', '孙正义'])).toEqual(['李航', '王伟']);
    expect(common('ja', ['周暢', '松尾豊'])).toEqual(['周暢']);
  });
});
