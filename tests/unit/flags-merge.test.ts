import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions, mergeFlags } from '@/lib/flags/merge';
import { Flag } from '@/lib/flags/schema';
import { sampleFlag } from './flags-fixtures';

const IDS = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'];
const TIMES = ['2026-11-24T01:00:00.000Z', '2026-11-24T01:00:00.001Z', '2026-11-24T02:00:00.000Z'];

// Few ids and few timestamps, so generated sets collide on id and tie on time often.
const arbFlag = fc
  .record({
    id: fc.constantFrom(...IDS),
    updatedAt: fc.constantFrom(...TIMES),
    deleted: fc.boolean(),
    status: fc.constantFrom('open', 'confirmed', 'retracted' as const),
    note: fc.string({ maxLength: 5 }),
  })
  .map((r) => sampleFlag(r));
const arbSet = fc.array(arbFlag, { maxLength: 6 });

describe('mergeFlags', () => {
  it('generated flags are valid flags', () => {
    fc.assert(fc.property(arbFlag, (f) => Flag.safeParse(f).success));
  });

  it('is commutative', () => {
    fc.assert(fc.property(arbSet, arbSet, (a, b) => {
        expect(mergeFlags(a, b)).toEqual(mergeFlags(b, a));
      }),
    );
  });

  it('is associative', () => {
    fc.assert(fc.property(arbSet, arbSet, arbSet, (a, b, c) => {
        expect(mergeFlags(mergeFlags(a, b), c)).toEqual(mergeFlags(a, mergeFlags(b, c)));
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(arbSet, arbSet, (a, b) => {
        const ab = mergeFlags(a, b);
        expect(mergeFlags(ab, ab)).toEqual(ab);
        expect(mergeFlags(ab, b)).toEqual(ab);
      }),
    );
  });

  it('is a union by id that keeps, per id, a version no other version beats', () => {
    fc.assert(
      fc.property(arbSet, arbSet, (a, b) => {
        const m = mergeFlags(a, b);
        expect(m.map((f) => f.id)).toEqual([...new Set([...a, ...b].map((f) => f.id))].sort());
        for (const f of m) for (const g of [...a, ...b]) if (g.id === f.id) expect(compareVersions(f, g)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('later updatedAt wins', () => {
    const old = sampleFlag({ note: 'old' });
    const edit = sampleFlag({ note: 'new', updatedAt: '2026-11-24T01:00:05.000Z' });
    expect(mergeFlags([edit], [old])[0].note).toBe('new');
    expect(mergeFlags([old], [edit])[0].note).toBe('new');
  });

  it('a tombstone wins over older edits and over an edit at the same time, but not over a later edit', () => {
    const t = '2026-11-24T03:00:00.000Z';
    const tomb = sampleFlag({ deleted: true, updatedAt: t });
    expect(mergeFlags([sampleFlag({ status: 'confirmed', updatedAt: '2026-11-24T02:00:00.000Z' })], [tomb])[0].deleted).toBe(true);
    expect(mergeFlags([sampleFlag({ status: 'confirmed', updatedAt: t })], [tomb])[0].deleted).toBe(true);
    expect(mergeFlags([sampleFlag({ status: 'confirmed', updatedAt: '2026-11-24T04:00:00.000Z' })], [tomb])[0].deleted).toBe(false);
  });

  it('breaks a tie at equal updatedAt the same way whatever the order', () => {
    const a = sampleFlag({ status: 'confirmed' });
    const b = sampleFlag({ status: 'retracted' });
    expect(mergeFlags([a], [b])).toEqual(mergeFlags([b], [a]));
    expect(mergeFlags([a], [b])).toHaveLength(1);
  });
});
