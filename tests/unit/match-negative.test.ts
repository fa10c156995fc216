import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../lib/match/matcher';
import { seedIndex } from './match-dataset-helpers';

const dir = fileURLToPath(new URL('../fixtures/negative/', import.meta.url));
const files = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();

describe('pages that use the ambiguous words in other senses', () => {
  it('cover Korean, English, Chinese and Japanese', () => {
    expect(new Set(files.map((f) => f.slice(0, 2)))).toEqual(new Set(['en', 'ko', 'zh', 'ja']));
  });

  const matcher = createMatcher(seedIndex());
  for (const file of files) {
    it(`${file}: zero hits`, () => {
      const text = readFileSync(dir + file, 'utf8');
      expect(matcher.scan(text).map((m) => `${m.id} "${m.text}"@${m.start}`)).toEqual([]);
    });
  }
});
