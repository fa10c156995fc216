import { partialDateKey } from '../dataset/dates';
import { aliasText, type Dataset, type Move, type Org, type Person } from '../dataset/schema';
import type { EntityView, LabMoveView, MoveView, OrgRef, OrgView, PersonView } from '../messages/dataset';
import { CARD_MAX_MOVES, LAB_RECENT_MOVES } from '../content/limits';

/** Lookups over the full dataset, built once in the background. */
export class DatasetViews {
  private readonly people = new Map<string, Person>();
  private readonly orgs = new Map<string, Org>();

  constructor(ds: Dataset) {
    for (const p of ds.people) this.people.set(p.id, p);
    for (const o of ds.orgs) this.orgs.set(o.id, o);
  }

  /** The card's view of one entity, or null for an unknown id. */
  entity(id: string): EntityView | null {
    const p = this.people.get(id);
    if (p) return this.person(p);
    const o = this.orgs.get(id);
    return o ? this.org(o) : null;
  }

  private orgRef(id: string | undefined): OrgRef | undefined {
    if (!id) return undefined;
    const o = this.orgs.get(id);
    return o ? { id, name: o.name, localName: koreanName(o) } : { id, name: id };
  }

  private move(m: Move): MoveView {
    return {
      from: this.orgRef(m.from),
      to: this.orgRef(m.to),
      date: m.date,
      role: m.role,
      // Links were validated as http(s) by the schema; the card checks again before rendering.
      sources: m.sources,
      unsourced: m.sources.length === 0,
      note: m.note,
    };
  }

  private person(p: Person): PersonView {
    return {
      type: 'person',
      id: p.id,
      name: p.name,
      localName: koreanName(p),
      current: p.current ? { org: this.orgRef(p.current.org), role: p.current.role } : undefined,
      moves: p.moves.slice(-CARD_MAX_MOVES).map((m) => this.move(m)),
      note: p.note,
    };
  }

  private org(o: Org): OrgView {
    const ids = new Set([o.id, ...[...this.orgs.values()].filter((c) => c.parent === o.id).map((c) => c.id)]);
    const arrivals: LabMoveView[] = [];
    const departures: LabMoveView[] = [];
    for (const p of this.people.values()) {
      for (const m of p.moves) {
        const row: LabMoveView = {
          person: { id: p.id, name: p.name, localName: koreanName(p) },
          from: this.orgRef(m.from),
          to: this.orgRef(m.to),
          date: m.date,
          role: m.role,
        };
        // A move between two units of the same lab is neither an arrival nor a departure.
        const into = m.to !== undefined && ids.has(m.to);
        const outOf = m.from !== undefined && ids.has(m.from);
        if (into && !outOf) arrivals.push(row);
        if (outOf && !into) departures.push(row);
      }
    }
    const newestFirst = (a: LabMoveView, b: LabMoveView) => partialDateKey(b.date).localeCompare(partialDateKey(a.date));
    return {
      type: 'org',
      id: o.id,
      name: o.name,
      localName: koreanName(o),
      kind: o.kind,
      parent: this.orgRef(o.parent),
      note: o.note,
      arrivals: arrivals.sort(newestFirst).slice(0, LAB_RECENT_MOVES),
      departures: departures.sort(newestFirst).slice(0, LAB_RECENT_MOVES),
    };
  }
}

/** The first Korean alias, shown beside the English name. */
function koreanName(e: Person | Org): string | undefined {
  const a = e.aliases.ko[0];
  return a === undefined ? undefined : aliasText(a);
}
