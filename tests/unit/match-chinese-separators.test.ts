/**
 * Chinese pages join the parts of a transliterated name with whatever dot the writer has at hand:
 * the middle dot the dataset lists (戴维·津斯纳), but also a bullet (戴维•津斯纳), a full-width full
 * stop (喬許．伍德瓦德) or an ASCII full stop (德米斯.哈薩比斯). Inside a name they are dropped like the
 * middle dot; a full stop anywhere else stays a full stop (Character.AI, Character．AI). Real dataset.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../lib/match/matcher';
import { normalizeKey } from '../../lib/match/normalize';
import { seedIndex } from './match-dataset-helpers';

const matcher = createMatcher(seedIndex());
const found = (text: string) => matcher.scan(text).map((m) => [m.text, m.id]);
/** The same text after an NFD word, which sends it through the full Aho-Corasick pass. */
const viaFullPass = (text: string) => found(`Cafe\u0301 ${text}`);

describe('name separators inside Chinese names', () => {
  it('a bullet, a full-width or an ASCII full stop joins the parts of a name', () => {
    for (const scan of [found, viaFullPass]) {
      expect(scan('英特尔首席财务官戴维•津斯纳表示，公司将继续投资。')).toContainEqual(['戴维•津斯纳', 'david-zinsner']);
      expect(scan('Google Gemini 應用負責人喬許．伍德瓦德說')).toContainEqual(['喬許．伍德瓦德', 'josh-woodward']);
      expect(scan('谷歌DeepMind執行長德米斯.哈薩比斯表示')).toContainEqual(['德米斯.哈薩比斯', 'demis-hassabis']);
    }
  });

  it('normalises like the middle dot between ideographs, and keeps an ASCII full stop elsewhere', () => {
    const key = normalizeKey('德米斯·哈薩比斯', true);
    for (const written of ['德米斯.哈薩比斯', '德米斯．哈薩比斯', '德米斯•哈薩比斯']) expect(normalizeKey(written, true)).toBe(key);
    expect(normalizeKey('Character.AI', true)).toBe('character.ai');
    expect(normalizeKey('Character．AI', true)).toBe('character.ai');
    expect(normalizeKey('哈薩比斯.com', true)).toBe('哈薩比斯.com');
    for (const scan of [found, viaFullPass]) {
      expect(scan('谷歌旗下的Character.AI发布新模型')).toContainEqual(['Character.AI', 'character-ai']);
      expect(scan('Character．AIが新モデルを発表')).toContainEqual(['Character．AI', 'character-ai']);
      // A sentence's full stop after a name is not part of it, and does not join it to the next sentence.
      expect(scan('他见了哈薩比斯. 然后离开')).toContainEqual(['哈薩比斯', 'demis-hassabis']);
    }
  });
});

describe('a middle dot after a Japanese title', () => {
  it('separates the title from the name (社長・孫正義氏), where between two transliterated parts it joins one name', () => {
    for (const scan of [found, viaFullPass]) {
      expect(scan('ソフトバンクグループ社長・孫正義氏は語った。')).toContainEqual(['孫正義', 'masayoshi-son']);
      expect(scan('ソフトバンクグループの会長·孫正義氏')).toContainEqual(['孫正義', 'masayoshi-son']);
      // Still not the second part of another transliterated name.
      expect(scan('凯西·吴是研究员')).toEqual([]);
    }
  });
});

describe('a Japanese middle dot between two kanji words of a Japanese sentence', () => {
  it('is a list mark: the university and the professor after it are both found', () => {
    for (const scan of [found, viaFullPass]) {
      expect(scan('東京大学・松尾豊教授は、AI研究の第一人者だ。')).toEqual([
        ['東京大学', 'university-of-tokyo'],
        ['松尾豊', 'yutaka-matsuo'],
      ]);
      // In Chinese text (no hiragana) the same dot still joins a transliterated name.
      expect(scan('埃隆・马斯克创办了xAI。')).toEqual([
        ['埃隆・马斯克', 'elon-musk'],
        ['xAI', 'xai'],
      ]);
    }
  });
});
