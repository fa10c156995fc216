/**
 * Which Han characters the matcher reads as one: the traditional and simplified forms (and the
 * Taiwan, Hong Kong and Japanese variants) of every ideograph our aliases use, from OpenCC's
 * tables. A Taiwanese or Hong Kong page writes 騰訊, 字節跳動 and 閆俊杰 where the dataset has 腾讯,
 * 字节跳动 and 闫俊杰, a Japanese one 騰訊優図実験室 (実, 図); listing every variant spelling by
 * hand would miss the mixed ones.
 *
 * Build-time only (alias-index.ts): the result travels in the compiled tables, so the content
 * script never loads OpenCC.
 */
import * as OpenCC from 'opencc-js';
import { CLASS, C_HAN } from './normalize';

type Convert = (text: string) => string;

let converters: { toSimplified: Convert[]; fromSimplified: Convert[] } | null = null;

function load(): NonNullable<typeof converters> {
  return (converters ??= {
    toSimplified: (['t', 'tw', 'hk', 'jp'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' })),
    fromSimplified: (['t', 'tw', 'hk', 'jp'] as const).map((to) => OpenCC.Converter({ from: 'cn', to })),
  });
}

/**
 * Pairs of UTF-16 units, variant then canonical (simplified) form, for the ideographs in
 * `texts`: the AliasIndex's `hanFolds`. Only one-to-one character mappings are kept.
 */
export function hanFoldsFor(texts: Iterable<string>): string {
  const { toSimplified, fromSimplified } = load();
  const canonical = new Map<number, number>();
  const seen = new Set<number>();
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (CLASS[c] !== C_HAN || seen.has(c)) continue;
      seen.add(c);
      const ch = String.fromCharCode(c);
      const simplified = toSimplified.map((f) => f(ch)).find((s) => s.length === 1 && s !== ch) ?? ch;
      const s = simplified.charCodeAt(0);
      for (const variant of [ch, ...fromSimplified.map((f) => f(simplified))]) {
        const v = variant.charCodeAt(0);
        if (variant.length === 1 && v !== s && CLASS[v] === C_HAN && !canonical.has(v)) canonical.set(v, s);
      }
    }
  }
  let out = '';
  for (const [v, s] of [...canonical].sort((a, b) => a[0] - b[0])) out += String.fromCharCode(v, s);
  return out;
}
