import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../lib/dataset/integrity';
import { Dataset } from '../../lib/dataset/schema';

const none = { en: [], ko: [], zh: [], ja: [] };

function dataset(over: Partial<Dataset> = {}): Dataset {
  return Dataset.parse({
    schemaVersion: 1,
    updated: '2026-11',
    orgs: [
      { id: 'openai', name: 'OpenAI', kind: 'lab', aliases: { ...none, en: ['OpenAI'], ko: ['오픈AI'] } },
      { id: 'anthropic', name: 'Anthropic', kind: 'lab', aliases: { ...none, en: [{ text: 'Anthropic', keepCase: true }], ko: ['앤트로픽'] } },
    ],
    people: [
      {
        id: 'john-schulman',
        name: 'John Schulman',
        aliases: { ...none, en: ['John Schulman'], ko: ['존 슐먼'] },
        moves: [{ from: 'openai', to: 'anthropic', date: '2024-08', unsourced: true }],
      },
    ],
    ...over,
  });
}

describe('checkIntegrity', () => {
  it('accepts a consistent dataset', () => {
    expect(checkIntegrity(dataset())).toEqual({ errors: [], collisions: [] });
  });

  it('reports unknown orgs, moves out of date order and duplicate names', () => {
    const ds = dataset();
    ds.people[0].moves.unshift({ from: 'openai', to: 'deepmind', date: '2025-01', sources: [], unsourced: true });
    ds.people.push({ ...ds.people[0], id: 'john-schulman-2', moves: [] });
    const { errors } = checkIntegrity(ds);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('unknown org deepmind'),
        expect.stringContaining('not in date order'),
        expect.stringContaining('share the name John Schulman'),
      ]),
    );
  });

  it('reports an alias two entities share unless both mark it ambiguous', () => {
    const ds = dataset();
    ds.orgs[1].aliases.ko.push('오픈AI');
    expect(checkIntegrity(ds).collisions).toEqual([{ alias: '오픈ai', ids: ['openai', 'anthropic'] }]);
    ds.orgs[0].aliases.ko = [{ text: '오픈AI', ambiguous: true }];
    ds.orgs[1].aliases.ko = [{ text: '오픈AI', ambiguous: true }];
    expect(checkIntegrity(ds).collisions).toEqual([]);
  });

  it('reports an alias listed twice in one language of an entity', () => {
    const ds = dataset();
    ds.people[0].aliases.ko.push(ds.people[0].aliases.ko[0]!);
    expect(checkIntegrity(ds).errors).toEqual([expect.stringContaining('is listed twice in ko')]);
  });

  it('reports one alias text carrying different flags within an entity', () => {
    const ds = dataset();
    ds.orgs[1].aliases.zh.push('Anthropic');
    expect(checkIntegrity(ds).errors).toEqual([expect.stringContaining('alias "Anthropic" has different flags')]);
  });
});
