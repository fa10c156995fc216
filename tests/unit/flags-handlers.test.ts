import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { subscribeFlagsChanged } from '@/components/flags/subscribe';
import { dispatch } from '@/lib/background/router';
import { parseSharedFile } from '@/lib/flags/shared-file';
import type { Flag } from '@/lib/flags/schema';
import '@/lib/background/flags-handlers';
import { draftOf } from '@/lib/flags/draft';
import { sampleFlag } from './flags-fixtures';

const send = (m: unknown) => dispatch(m, { tabId: 1 });
const draft = draftOf(sampleFlag());

async function list(): Promise<Flag[]> {
  const r = await send({ type: 'flags/list' });
  if (!r.ok) throw new Error(r.error);
  return r.data as Flag[];
}

describe('flags background handlers', () => {
  beforeAll(() => {
    // The fake browser has no i18n catalog; answer with the key so errors stay readable.
    (fakeBrowser.i18n as unknown as { getMessage: (k: string) => string }).getMessage = (k: string) => k;
  });

  it('refuses to create a flag before a display name is set', async () => {
    const r = await send({ type: 'flags/create', draft });
    expect(r.ok).toBe(false);
    expect(await list()).toEqual([]);
  });

  it('rejects drafts that fail validation, naming the wrong fields for the form, and stores nothing', async () => {
    // Checked before the display name: the form shows field errors even when none is set yet.
    const noAuthor = await send({ type: 'flags/create', draft: { ...draft, date: 'yesterday' } });
    expect(noAuthor).toMatchObject({ ok: false, problems: [{ path: ['date'] }] });

    await send({ type: 'flags/set-author', name: 'Kim' });
    for (const [bad, path] of [
      [{ ...draft, evidence: { url: 'javascript:alert(1)', title: '' } }, ['evidence', 'url']],
      [{ ...draft, from: undefined, to: undefined }, ['to']],
      [{ ...draft, date: 'yesterday' }, ['date']],
      [{ ...draft, person: { name: '   ' } }, ['person', 'name']],
    ] as const) {
      const r = await send({ type: 'flags/create', draft: bad });
      expect(r).toMatchObject({ ok: false, error: 'Rejected a malformed message.' });
      const problems = r.ok ? [] : (r.problems ?? []);
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) {
        expect(p.path).toEqual(path);
        expect(p.message).not.toBe('');
      }
    }
    expect(await list()).toEqual([]);

    // The rest of the request is still checked at the boundary, without field problems.
    expect(await send({ type: 'flags/edit', id: 'not-a-uuid', draft })).toEqual({ ok: false, error: 'Rejected a malformed message.' });
  });

  it('creates, lists per person, confirms and deletes, broadcasting each change', async () => {
    const seen: string[][] = [];
    const off = subscribeFlagsChanged((ids) => seen.push(ids));
    const created = await send({ type: 'flags/create', draft });
    expect(created).toMatchObject({ ok: true });
    const flag = (created as { data: Flag }).data;
    expect(flag).toMatchObject({ author: 'Kim', status: 'open', deleted: false });
    const forPerson = await send({ type: 'flags/list-for-person', personId: 'john-schulman' });
    expect(forPerson).toEqual({ ok: true, data: [flag] });
    expect(await send({ type: 'flags/list-for-person', personId: 'someone-else' })).toEqual({ ok: true, data: [] });

    const badEdit = await send({ type: 'flags/edit', id: flag.id, draft: { ...draft, evidence: { url: 'ftp://example.com/a', title: 'A' } } });
    expect(badEdit).toMatchObject({ ok: false, problems: expect.arrayContaining([expect.objectContaining({ path: ['evidence', 'url'] })]) });
    const edited = await send({ type: 'flags/edit', id: flag.id, draft: { ...draft, date: '2024-09', note: 'later date' } });
    expect(edited).toMatchObject({ ok: true, data: { id: flag.id, date: '2024-09', note: 'later date' } });

    await send({ type: 'flags/set-status', id: flag.id, status: 'confirmed' });
    expect((await list())[0].status).toBe('confirmed');
    await send({ type: 'flags/delete', id: flag.id });
    expect(await list()).toEqual([]);
    off();
    expect(seen).toEqual([['john-schulman'], ['john-schulman'], ['john-schulman'], ['john-schulman']]);

    const exported = await send({ type: 'flags/export' });
    const p = parseSharedFile('x.json', (exported as { data: { text: string } }).data.text);
    expect(p.ok && p.flags.map((f) => f.deleted)).toEqual([true]);
  });

  it('finds flags about a person the dataset lacks by name', async () => {
    const r = await send({ type: 'flags/create', draft: { ...draft, person: { name: '홍길동' } } });
    expect(r.ok).toBe(true);
    const got = await send({ type: 'flags/list-for-person', personId: 'unknown-id', personName: '홍길동' });
    expect(got.ok && (got.data as Flag[]).map((f) => f.person.name)).toEqual(['홍길동']);
  });

  it('imports a bad file without touching local flags', async () => {
    const before = await list();
    const r = await send({ type: 'flags/import', fileName: 'bad.json', byteSize: 7, text: '{"flags' });
    expect(r).toMatchObject({ ok: true, data: { changed: 0, problems: [{ kind: 'truncated', file: 'bad.json' }] } });
    expect(await list()).toEqual(before);
  });

  it('guesses orgs for the form from the sentence', async () => {
    const r = await send({ type: 'flags/form-context', sentence: '존 슐먼이 오픈AI를 떠나 앤트로픽에 합류했다.' });
    expect(r).toMatchObject({ ok: true, data: { guess: { from: { id: 'openai' }, to: { id: 'anthropic' } } } });
  });
});
