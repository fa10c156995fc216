import { describe, expect, it } from 'vitest';
import { flagToMove } from '../../lib/dataset/from-flag';
import { loadSeeds } from '../../lib/dataset/load-node';
import { movesInOrder } from '../../lib/dataset/integrity';
import { Person } from '../../lib/dataset/schema';
import { Flag } from '../../lib/flags/schema';
import { sampleFlag } from './flags-fixtures';

const { dataset } = loadSeeds('seeds');

function flag(overrides: Partial<Flag> = {}): Flag {
  return Flag.parse(sampleFlag({ date: '2099-01', evidence: { url: 'https://news.example.org/story', title: 'A story' }, status: 'confirmed', ...overrides }));
}

describe('flagToMove', () => {
  it('adds a confirmed flag as a sourced move, in date order, to a copy of the person', () => {
    const before = dataset.people.find((p) => p.id === 'john-schulman')!;
    const r = flagToMove(flag(), dataset);
    if (!r.ok) throw new Error(r.error);
    expect(r.merged).toBe(false);
    expect(r.person.moves).toHaveLength(before.moves.length + 1);
    expect(r.person.moves.at(-1)).toMatchObject({ from: 'openai', to: 'anthropic', date: '2099-01', sources: [{ url: 'https://news.example.org/story' }] });
    expect(movesInOrder(r.person)).toBe(true);
    expect(Person.safeParse(r.person).success).toBe(true);
    expect(before.moves).toHaveLength(r.person.moves.length - 1);
  });

  it('adds the evidence as a source to a move the dataset already has instead of duplicating it', () => {
    const known = dataset.people.find((p) => p.id === 'john-schulman')!.moves.find((m) => m.from === 'openai' && m.to === 'anthropic')!;
    const r = flagToMove(flag({ date: known.date }), dataset);
    if (!r.ok) throw new Error(r.error);
    expect(r.merged).toBe(true);
    expect(r.move.sources.map((s) => s.url)).toContain('https://news.example.org/story');
    expect(r.move.unsourced).toBeUndefined();
  });

  it('refuses open, retracted and deleted flags, unknown people and unknown orgs', () => {
    expect(flagToMove(flag({ status: 'open' }), dataset)).toMatchObject({ ok: false });
    expect(flagToMove(flag({ status: 'retracted' }), dataset)).toMatchObject({ ok: false });
    expect(flagToMove(flag({ deleted: true }), dataset)).toMatchObject({ ok: false });
    expect(flagToMove(flag({ person: { name: 'Nobody Known' } }), dataset)).toMatchObject({ ok: false });
    expect(flagToMove(flag({ to: { name: 'Some Garage Startup' } }), dataset)).toMatchObject({ ok: false, error: expect.stringContaining('Some Garage Startup') });
  });
});
