import { describe, expect, it } from 'vitest';
import { Flag, FlagDraft, SHARED_FILE_FORMAT } from '@/lib/flags/schema';
import { parseSharedFile, serializeSharedFile } from '@/lib/flags/shared-file';
import { sampleFlag } from './flags-fixtures';

const good = serializeSharedFile([sampleFlag()]);

describe('parseSharedFile', () => {
  it('reads back what serializeSharedFile wrote', () => {
    const p = parseSharedFile('team.json', good);
    expect(p).toMatchObject({ ok: true, invalidRecords: 0 });
    if (p.ok) expect(p.flags).toEqual([sampleFlag()]);
  });

  it('treats an empty file (just created by a save picker) as no flags', () => {
    expect(parseSharedFile('new.json', '')).toMatchObject({ ok: true, flags: [] });
  });

  const cases: [string, string, string, number?][] = [
    ['not JSON', 'hello, this is a note', 'not-json'],
    ['truncated', good.slice(0, Math.floor(good.length / 2)), 'truncated'],
    ['wrong format tag', JSON.stringify({ format: 'something-else', schemaVersion: 1, flags: [] }), 'wrong-format'],
    ['a bare array', JSON.stringify([sampleFlag()]), 'wrong-format'],
    ['newer schemaVersion', JSON.stringify({ format: SHARED_FILE_FORMAT, schemaVersion: 99, flags: [] }), 'newer-version'],
    ['over 5 MB', good, 'too-large', 5 * 1024 * 1024 + 1],
  ];
  it.each(cases)('refuses a file that is %s, naming the file', (_what, text, kind, size) => {
    const p = parseSharedFile('team-flags.json', text, size);
    expect(p.ok).toBe(false);
    if (!p.ok) {
      expect(p.problem.kind).toBe(kind);
      expect(p.problem.file).toBe('team-flags.json');
      expect(p.problem.message).toContain('team-flags.json');
    }
  });

  it('skips and counts invalid records, keeping the valid ones', () => {
    const bad = [
      { ...sampleFlag({ id: '22222222-2222-4222-8222-222222222222' }), evidence: { url: 'javascript:alert(1)', title: 'x' } },
      { ...sampleFlag({ id: '33333333-3333-4333-8333-333333333333' }), evidence: { url: 'data:text/html,hi', title: 'x' } },
      { ...sampleFlag({ id: '44444444-4444-4444-8444-444444444444' }), date: 'last week' },
      { ...sampleFlag({ id: 'not-a-uuid' }) },
      { ...sampleFlag({ id: '55555555-5555-4555-8555-555555555555' }), from: undefined, to: undefined },
      'a string',
    ];
    const text = JSON.stringify({ format: SHARED_FILE_FORMAT, schemaVersion: 1, flags: [sampleFlag(), ...bad] });
    const p = parseSharedFile('team.json', text);
    expect(p.ok).toBe(true);
    if (p.ok) {
      expect(p.flags.map((f) => f.id)).toEqual([sampleFlag().id]);
      expect(p.invalidRecords).toBe(bad.length);
      expect(p.invalidReasons[0]).toMatch(/record 2/);
    }
  });
});

describe('flag schema', () => {
  it('accepts only http(s) evidence URLs', () => {
    for (const url of ['https://example.com/a', 'http://example.com/b']) expect(Flag.safeParse(sampleFlag({ evidence: { url, title: '' } })).success).toBe(true);
    for (const url of ['javascript:alert(1)', 'ftp://example.com/x', 'https://', 'file:///etc/passwd', 'example.com'])
      expect(Flag.safeParse(sampleFlag({ evidence: { url, title: '' } })).success, url).toBe(false);
  });

  it('needs a from or a to org, and a partial date', () => {
    const draft = { person: { name: 'A' }, to: { name: 'B' }, date: '2026-11', dateKind: 'reported', evidence: { url: 'https://example.com', title: '' }, note: '' };
    expect(FlagDraft.safeParse(draft).success).toBe(true);
    expect(FlagDraft.safeParse({ ...draft, to: undefined }).success).toBe(false);
    expect(FlagDraft.safeParse({ ...draft, date: '2026-13' }).success).toBe(false);
    expect(FlagDraft.safeParse({ ...draft, person: { name: '   ' } }).success).toBe(false);
  });
});
