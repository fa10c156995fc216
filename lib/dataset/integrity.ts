import { LANGS, aliasText, type Dataset, type Person } from './schema';
import { partialDateKey } from './dates';

export interface IntegrityReport {
  /** Broken references, moves out of order, duplicates: these fail the data-quality test. */
  errors: string[];
  /** The same alias text on two entities where neither marks it ambiguous. */
  collisions: { alias: string; ids: string[] }[];
}

function fold(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[\s·・]+/g, '');
}

export function checkIntegrity(ds: Dataset): IntegrityReport {
  const errors: string[] = [];
  const orgIds = new Set(ds.orgs.map((o) => o.id));
  const personIds = new Set<string>();
  for (const p of ds.people) {
    if (personIds.has(p.id)) errors.push(`duplicate person id ${p.id}`);
    personIds.add(p.id);
  }
  for (const o of ds.orgs) {
    if (o.parent && !orgIds.has(o.parent)) errors.push(`org ${o.id}: unknown parent ${o.parent}`);
    if (personIds.has(o.id)) errors.push(`id ${o.id} is both a person and an org`);
  }
  const names = new Map<string, string>();
  for (const p of ds.people) {
    const key = fold(p.name);
    if (names.has(key)) errors.push(`people ${names.get(key)} and ${p.id} share the name ${p.name}`);
    names.set(key, p.id);
    if (p.current?.org && !orgIds.has(p.current.org)) errors.push(`person ${p.id}: unknown current org ${p.current.org}`);
    p.moves.forEach((m, i) => {
      for (const ref of [m.from, m.to]) if (ref && !orgIds.has(ref)) errors.push(`person ${p.id} move ${i}: unknown org ${ref}`);
    });
    if (!movesInOrder(p)) errors.push(`person ${p.id}: moves are not in date order`);
  }

  for (const e of [...ds.people, ...ds.orgs]) {
    const seen = new Map<string, string>();
    for (const lang of LANGS) {
      for (const a of [...e.aliases[lang], ...e.shortNames[lang]]) {
        // The matcher reads one alias text one way: the same text with other flags is a data slip.
        const text = aliasText(a);
        const flags = typeof a === 'string' ? '' : `${a.ambiguous ? 'ambiguous' : ''}${a.keepCase ? ' keepCase' : ''}`;
        const prev = seen.get(text);
        if (prev !== undefined && prev !== flags) errors.push(`${e.id}: alias "${text}" has different flags in different places`);
        seen.set(text, flags);
      }
      // Written twice in one list: a copy-and-paste slip that makes the file lie about its spellings.
      for (const list of [e.aliases[lang], e.shortNames[lang]]) {
        const texts = list.map(aliasText);
        const twice = texts.find((t, i) => texts.indexOf(t) !== i);
        if (twice !== undefined) errors.push(`${e.id}: alias "${twice}" is listed twice in ${lang}`);
      }
    }
  }

  const owners = new Map<string, { id: string; ambiguous: boolean }[]>();
  for (const e of [...ds.people, ...ds.orgs]) {
    for (const lang of LANGS) {
      for (const a of [...e.aliases[lang], ...e.shortNames[lang]]) {
        const key = fold(aliasText(a));
        const ambiguous = typeof a !== 'string' && a.ambiguous === true;
        const list = owners.get(key) ?? [];
        if (!list.some((x) => x.id === e.id)) list.push({ id: e.id, ambiguous });
        owners.set(key, list);
      }
    }
  }
  const collisions: IntegrityReport['collisions'] = [];
  for (const [alias, list] of owners) {
    if (list.length > 1 && list.some((x) => !x.ambiguous)) collisions.push({ alias, ids: list.map((x) => x.id) });
  }
  return { errors, collisions };
}

export function movesInOrder(p: Person): boolean {
  for (let i = 1; i < p.moves.length; i++) {
    if (partialDateKey(p.moves[i - 1].date) > partialDateKey(p.moves[i].date)) return false;
  }
  return true;
}
