import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetViews } from '@/lib/background/dataset-view';
import { Dataset } from '@/lib/dataset/schema';
import { dispatch } from '@/lib/background/router';
import { LAB_RECENT_MOVES } from '@/lib/content/limits';
import type { OrgView, PersonView } from '@/lib/messages/dataset';
import '@/lib/background/dataset';

// The real compiled dataset (npm run build:data), as the background serves it.
const ds = Dataset.parse(JSON.parse(readFileSync('generated/dataset.json', 'utf8')));
const views = new DatasetViews(ds);

describe('dataset views for the card', () => {
  it('a person: English and Korean name, current org, and moves with org names resolved', () => {
    const v = views.entity('john-schulman') as PersonView;
    expect(v.type).toBe('person');
    expect(v.name).toBe('John Schulman');
    expect(v.localName).toBe('존 슐먼');
    const move = v.moves.find((m) => m.from?.id === 'openai' && m.to?.id === 'anthropic');
    expect(move).toBeDefined();
    expect(move!.from!.name).toBe('OpenAI');
    expect(move!.to!.name).toBe('Anthropic');
    expect(move!.date).toMatch(/^2024/);
    // "unsourced" is derived from the data, never assumed.
    for (const m of v.moves) expect(m.unsourced).toBe(m.sources.length === 0);
  });

  it('a move carries its note: what the sources leave out', () => {
    const v = views.entity('niki-parmar') as PersonView;
    const toAnthropic = v.moves.find((m) => m.to?.id === 'anthropic');
    expect(toAnthropic?.note).toMatch(/not its date/);
  });

  it('a lab: its arrivals and departures, newest first, capped', () => {
    const v = views.entity('anthropic') as OrgView;
    expect(v.type).toBe('org');
    expect(v.arrivals.length).toBeGreaterThan(0);
    expect(v.arrivals.length).toBeLessThanOrEqual(LAB_RECENT_MOVES);
    for (const r of v.arrivals) expect(r.to?.id).toBe('anthropic');
    for (const r of v.departures) expect(r.from?.id).toBe('anthropic');
    const dates = v.arrivals.map((r) => r.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    // The departures are the newest ones in the dataset (people who had also arrived included); a
    // new role inside the lab or one of its units (CTO to Chief Architect, to the Anthropic
    // Institute) is neither an arrival nor a departure.
    const lab = new Set(['anthropic', ...ds.orgs.filter((o) => o.parent === 'anthropic').map((o) => o.id)]);
    const newestDepartures = ds.people
      .flatMap((p) => p.moves.filter((m) => m.from === 'anthropic' && !(m.to && lab.has(m.to))).map((m) => `${m.date} ${p.id}`))
      .sort()
      .reverse()
      .slice(0, LAB_RECENT_MOVES);
    expect(v.departures.map((r) => `${r.date} ${r.person.id}`).sort().reverse()).toEqual(newestDepartures);
  });

  it('a lab with a parent names it', () => {
    const child = ds.orgs.find((o) => o.parent);
    expect(child).toBeDefined();
    const v = views.entity(child!.id) as OrgView;
    expect(v.parent?.id).toBe(child!.parent);
    expect(v.parent?.name).toBe(ds.orgs.find((o) => o.id === child!.parent)!.name);
  });

  it('the background answers dataset/get-entity, and rejects unknown ids and malformed requests', async () => {
    const ok = await dispatch({ type: 'dataset/get-entity', id: 'john-schulman' }, {});
    expect(ok.ok && (ok.data as PersonView).name).toBe('John Schulman');
    const unknown = await dispatch({ type: 'dataset/get-entity', id: 'no-such-person' }, {});
    expect(unknown.ok).toBe(false);
    const malformed = await dispatch({ type: 'dataset/get-entity', id: 'x'.repeat(500) }, {});
    expect(malformed.ok).toBe(false);
  });
});
