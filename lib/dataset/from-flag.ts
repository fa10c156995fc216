import type { Flag } from '../flags/schema';
import { partialDateKey } from './dates';
import { Move, type Dataset, type Person } from './schema';

export type FlagToMoveResult = { ok: true; person: Person; move: Move; merged: boolean } | { ok: false; error: string };

/**
 * Turns a confirmed team flag into a dataset move, inserted in date order into a copy of the
 * person's record. Refuses anything a reviewer would have to fix by hand first: an unconfirmed
 * or deleted flag, a person or org the dataset lacks.
 */
export function flagToMove(flag: Flag, ds: Dataset): FlagToMoveResult {
  if (flag.deleted) return { ok: false, error: `flag ${flag.id} was deleted` };
  if (flag.status !== 'confirmed') return { ok: false, error: `flag ${flag.id} is ${flag.status}; only confirmed flags become moves` };
  const person = flag.person.id ? ds.people.find((p) => p.id === flag.person.id) : undefined;
  if (!person) return { ok: false, error: `"${flag.person.name}" is not in the dataset yet: add seeds/people/<id>.json first (see seeds/README.md)` };
  const orgIds = new Set(ds.orgs.map((o) => o.id));
  for (const ref of [flag.from, flag.to]) {
    if (ref && (!ref.id || !orgIds.has(ref.id))) return { ok: false, error: `org "${ref.name}" is not in the dataset yet: add seeds/orgs/<id>.json first` };
  }
  const source = { url: flag.evidence.url, ...(flag.evidence.title ? { title: flag.evidence.title } : {}) };
  const existing = person.moves.findIndex((m) => m.from === flag.from?.id && m.to === flag.to?.id && m.date === flag.date);
  const moves = person.moves.map((m) => ({ ...m, sources: [...m.sources] }));
  let move: Move;
  if (existing >= 0) {
    const m = moves[existing];
    if (!m.sources.some((s) => s.url === source.url)) m.sources.push(source);
    delete m.unsourced;
    move = m;
  } else {
    move = Move.parse({
      ...(flag.from?.id ? { from: flag.from.id } : {}),
      ...(flag.to?.id ? { to: flag.to.id } : {}),
      date: flag.date,
      ...(flag.dateKind === 'reported' ? { note: `date is when it was reported` } : {}),
      sources: [source],
    });
    const at = moves.findIndex((m) => partialDateKey(m.date) > partialDateKey(flag.date));
    moves.splice(at < 0 ? moves.length : at, 0, move);
  }
  return { ok: true, person: { ...person, moves }, move, merged: existing >= 0 };
}
