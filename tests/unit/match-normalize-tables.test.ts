import { describe, expect, it } from 'vitest';
import { foldLower, HANDLING, H_PLAIN, SPECIAL_UNITS } from '@/lib/match/normalize';

/** The start-up shortcuts in normalize.ts must build exactly the tables the plain definitions give. */
describe('normalisation tables', () => {
  it('SPECIAL_UNITS lists every unit with special handling, and only those', () => {
    const expected: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (HANDLING[c] !== H_PLAIN) expected.push(c);
    expect(Array.from(SPECIAL_UNITS)).toEqual(expected);
    expect(SPECIAL_UNITS).toContain(0x3000); // ideographic space
    expect(SPECIAL_UNITS).toContain(0x30fb); // katakana middle dot
  });

  it('foldLower below U+0530 is the one-unit lower case of each unit', () => {
    for (let c = 0; c < 0x530; c++) {
      const lower = String.fromCharCode(c).toLowerCase();
      const want = c >= 0x41 && c <= 0x5a ? c + 32 : c >= 0xc0 && lower.length === 1 ? lower.charCodeAt(0) : c;
      expect(foldLower(c), `U+${c.toString(16)}`).toBe(want);
    }
    expect(foldLower(0x3a3)).toBe(0x3c3); // Σ → σ, never the final form ς
    expect(foldLower(0x130)).toBe(0x130); // İ lower-cases to two units: kept
    expect(foldLower(0xff21)).toBe(0x61); // full-width Ａ → a
  });
});
