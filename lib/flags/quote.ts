import { LIMITS } from './limits';
import type { TextQuote } from './schema';

/** Context kept either side of a quote (Hypothesis keeps 32). */
export const QUOTE_CONTEXT = 32;

/** A TextQuote selector for text[start, end), with up to `context` characters either side. */
export function quoteAround(text: string, start: number, end: number, context = QUOTE_CONTEXT): TextQuote {
  const exact = text.slice(start, end).slice(0, LIMITS.quoteExact);
  return {
    exact,
    prefix: text.slice(Math.max(0, start - context), start).slice(-LIMITS.quoteContext),
    suffix: text.slice(end, end + context).slice(0, LIMITS.quoteContext),
  };
}

/** Where a quote sits in a text now: its exact text, preferring the occurrence whose context matches best. -1 when gone. */
export function findQuote(text: string, q: TextQuote): number {
  let best = -1;
  let bestScore = -1;
  for (let i = text.indexOf(q.exact); i !== -1; i = text.indexOf(q.exact, i + 1)) {
    const before = text.slice(Math.max(0, i - q.prefix.length), i);
    const after = text.slice(i + q.exact.length, i + q.exact.length + q.suffix.length);
    let score = 0;
    while (score < before.length && before[before.length - 1 - score] === q.prefix[q.prefix.length - 1 - score]) score++;
    let s2 = 0;
    while (s2 < after.length && after[s2] === q.suffix[s2]) s2++;
    if (score + s2 > bestScore) {
      best = i;
      bestScore = score + s2;
    }
  }
  return best;
}

/**
 * The sentence a quote sits in, cut from its context at sentence ends (. ! ? 。 and the
 * Korean "다."), for guessing the orgs of a move.
 */
export function sentenceOf(q: TextQuote): string {
  const ends = /[.!?。！？](?=\s|$)/g;
  let prefix = q.prefix;
  let lastEnd = -1;
  for (const m of prefix.matchAll(ends)) lastEnd = m.index! + 1;
  if (lastEnd >= 0) prefix = prefix.slice(lastEnd);
  const m = ends.exec(q.suffix);
  const suffix = m ? q.suffix.slice(0, m.index + 1) : q.suffix;
  return `${prefix}${q.exact}${suffix}`.replace(/\s+/g, ' ').trim();
}
