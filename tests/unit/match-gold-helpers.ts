import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Mention } from '../../lib/match/types';

export interface GoldMention {
  start: number;
  end: number;
  text: string;
  type: 'person' | 'org';
  id: string;
}

export interface GoldFile {
  file: string;
  text: string;
  mentions: GoldMention[];
}

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

export function loadGold(): GoldFile[] {
  return readdirSync(join(FIXTURES, 'gold'))
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => {
      const g = JSON.parse(readFileSync(join(FIXTURES, 'gold', n), 'utf8')) as { file: string; mentions: GoldMention[] };
      return { file: g.file, text: readFileSync(join(FIXTURES, 'seeds', g.file), 'utf8'), mentions: g.mentions };
    });
}

export interface Score {
  tp: number;
  fp: { file: string; m: Mention }[];
  fn: { file: string; g: GoldMention }[];
}

/**
 * A found mention counts when it names the same entity as a gold mention and the spans overlap
 * (one-to-one): "메타 AI" vs "메타" is a span judgement, not a detection error.
 */
export function score(file: string, found: Mention[], gold: GoldMention[], into: Score): void {
  const used = new Set<number>();
  for (const m of found) {
    const gi = gold.findIndex((g, i) => !used.has(i) && g.id === m.id && g.start < m.end && m.start < g.end);
    if (gi >= 0) {
      used.add(gi);
      into.tp++;
    } else into.fp.push({ file, m });
  }
  gold.forEach((g, i) => {
    if (!used.has(i)) into.fn.push({ file, g });
  });
}
