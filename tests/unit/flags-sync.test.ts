import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listFlags, mergeIntoStore, openFlagsDb } from '@/lib/background/flags-store';
import { applyOutcome } from '@/lib/background/flags-sync';
import { createFlag, deleteFlag, setFlagStatus } from '@/lib/flags/edit';
import { nodeFile, nodeFolder } from '@/lib/flags/node-handles';
import { SHARED_FILE_FORMAT, type Flag } from '@/lib/flags/schema';
import { parseSharedFile, serializeSharedFile } from '@/lib/flags/shared-file';
import { importSharedText, memberFileName, syncFolder, syncSingleFile } from '@/lib/flags/sync';
import { sampleFlag } from './flags-fixtures';

let dir: string;
let dbCount = 0;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'flags-sync-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const NOW = new Date('2026-11-24T03:00:00.000Z');
const freshDb = () => openFlagsDb(`flags-test-${++dbCount}`);
const draft = (name: string) => ({
  person: { name },
  to: { id: 'openai', name: 'OpenAI' },
  date: '2026-11',
  dateKind: 'reported' as const,
  evidence: { url: 'https://example.com/a', title: 'A' },
  note: '',
});

/** A member: its own database and the same sync calls the background makes. */
async function member(name: string) {
  const db = await freshDb();
  const own = memberFileName(name, name.slice(0, 4) + '0000');
  const local = () => listFlags(db, { includeDeleted: true });
  return {
    db,
    own,
    local,
    add: async (person: string) => (await mergeIntoStore(db, [createFlag(draft(person), name, new Date())]))[0],
    syncFolder: async () => applyOutcome(db, await syncFolder(nodeFolder(dir), own, await local()), NOW),
    syncFile: async () => applyOutcome(db, await syncSingleFile(nodeFile(join(dir, 'team.json')), await local()), NOW),
  };
}

function snapshot(): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n), 'latin1')]));
}

describe('folder sync', () => {
  it('each member writes only their own file and sees everyone’s flags', async () => {
    const kim = await member('Kim');
    const lee = await member('Lee');
    const a = await kim.add('Person A');
    const b = await lee.add('Person B');
    await kim.syncFolder();
    await lee.syncFolder();
    await kim.syncFolder();
    expect((await kim.local()).map((f) => f.id).sort()).toEqual([a.id, b.id].sort());
    expect((await lee.local()).map((f) => f.id).sort()).toEqual([a.id, b.id].sort());
    expect(readdirSync(dir).sort()).toEqual([kim.own, lee.own].sort());
  });

  it('spreads an edit and a deletion (tombstone) to teammates', async () => {
    const kim = await member('Kim');
    const lee = await member('Lee');
    const a = await kim.add('Person A');
    await kim.syncFolder();
    await lee.syncFolder();
    const later = new Date(Date.parse(a.updatedAt) + 1000);
    await mergeIntoStore(lee.db, [setFlagStatus((await lee.local())[0], 'confirmed', later)]);
    await lee.syncFolder();
    await kim.syncFolder();
    expect((await kim.local())[0].status).toBe('confirmed');
    await mergeIntoStore(kim.db, [deleteFlag((await kim.local())[0], new Date(later.getTime() + 1000))]);
    await kim.syncFolder();
    await lee.syncFolder();
    expect(await listFlags(lee.db)).toEqual([]);
    expect((await listFlags(lee.db, { includeDeleted: true }))[0].deleted).toBe(true);
  });
});

describe('single file sync', () => {
  it('merges both members into the one file and verifies it', async () => {
    const kim = await member('Kim');
    const lee = await member('Lee');
    await kim.add('Person A');
    await lee.add('Person B');
    await kim.syncFile();
    const run = await lee.syncFile();
    expect(run.status.state).toBe('ok');
    const p = parseSharedFile('team.json', readFileSync(join(dir, 'team.json'), 'utf8'));
    expect(p.ok && p.flags.length).toBe(2);
    await kim.syncFile();
    expect(await kim.local()).toHaveLength(2);
  });

  it('starts from an empty file made by a save picker', async () => {
    writeFileSync(join(dir, 'team.json'), '');
    const kim = await member('Kim');
    await kim.add('Person A');
    expect((await kim.syncFile()).status.state).toBe('ok');
    expect(readFileSync(join(dir, 'team.json'), 'utf8')).toContain(SHARED_FILE_FORMAT);
  });

  it('recovers when another writer replaced the file between its write and its check', async () => {
    const kim = await member('Kim');
    const a = await kim.add('Person A');
    const path = join(dir, 'team.json');
    const real = nodeFile(path);
    let raced = false;
    // A teammate's write lands right after Kim's first write, without Kim's flag.
    const racy = {
      name: real.name,
      read: real.read,
      write: async (text: string) => {
        await real.write(text);
        if (!raced) {
          raced = true;
          await real.write(serializeSharedFile([sampleFlag()]));
        }
      },
    };
    const out = await syncSingleFile(racy, await kim.local());
    expect(out.retries).toBe(1);
    const p = parseSharedFile('team.json', readFileSync(path, 'utf8'));
    expect(p.ok && p.flags.map((f) => f.id).sort()).toEqual([a.id, sampleFlag().id].sort());
  });
});

describe('bad input leaves local and shared data unchanged', () => {
  const valid = serializeSharedFile([sampleFlag()]);
  const bad: [string, string, string][] = [
    ['not JSON', 'id,person\n1,Kim\n', 'not-json'],
    ['truncated', valid.slice(0, valid.length - 40), 'truncated'],
    ['of the wrong format', JSON.stringify({ format: 'other-tool', schemaVersion: 1, flags: [sampleFlag()] }), 'wrong-format'],
    ['of a newer schemaVersion', JSON.stringify({ format: SHARED_FILE_FORMAT, schemaVersion: 2, flags: [sampleFlag()] }), 'newer-version'],
    ['over 5 MB', JSON.stringify({ format: SHARED_FILE_FORMAT, schemaVersion: 1, flags: [], pad: 'x'.repeat(5 * 1024 * 1024) }), 'too-large'],
    [
      'holding only invalid records',
      JSON.stringify({ format: SHARED_FILE_FORMAT, schemaVersion: 1, flags: [{ ...sampleFlag(), evidence: { url: 'javascript:alert(1)', title: '' } }, { id: 'x' }] }),
      'invalid-records',
    ],
  ];

  async function kimWithOneFlag() {
    const kim = await member('Kim');
    await kim.add('Person A');
    return kim;
  }

  it.each(bad)('folder: a teammate file %s', async (_what, text, kind) => {
    const kim = await kimWithOneFlag();
    await kim.syncFolder();
    writeFileSync(join(dir, 'flags-lee-1234.json'), text);
    const before = { local: await kim.local(), files: snapshot() };
    const run = await kim.syncFolder();
    expect(await kim.local()).toEqual(before.local);
    expect(snapshot()).toEqual(before.files);
    expect(run.status.problems).toEqual([expect.objectContaining({ kind, file: 'flags-lee-1234.json' })]);
    expect(run.status.problems[0].message).toContain('flags-lee-1234.json');
  });

  it.each(bad)('folder: my own file %s is not overwritten', async (_what, text, kind) => {
    const kim = await kimWithOneFlag();
    writeFileSync(join(dir, kim.own), text);
    const before = { local: await kim.local(), files: snapshot() };
    const run = await kim.syncFolder();
    expect(await kim.local()).toEqual(before.local);
    expect(snapshot()).toEqual(before.files);
    expect(run.status.problems[0]).toMatchObject({ kind, file: kim.own });
  });

  it.each(bad)('single file: a shared file %s', async (_what, text, kind) => {
    const kim = await kimWithOneFlag();
    writeFileSync(join(dir, 'team.json'), text);
    const before = { local: await kim.local(), files: snapshot() };
    const run = await kim.syncFile();
    expect(await kim.local()).toEqual(before.local);
    expect(snapshot()).toEqual(before.files);
    expect(run.status.problems[0]).toMatchObject({ kind, file: 'team.json' });
    expect(run.status.state).not.toBe('ok');
  });

  it.each(bad)('import: a file %s', async (_what, text, kind) => {
    const kim = await kimWithOneFlag();
    const before = await kim.local();
    const out = importSharedText('export.json', text, Buffer.byteLength(text), before);
    if (out.merged) await mergeIntoStore(kim.db, out.merged);
    expect(await kim.local()).toEqual(before);
    expect(out.problems[0]).toMatchObject({ kind, file: 'export.json' });
  });

  it('a file mixing valid and invalid records: valid ones merge, invalid ones are counted, the file is kept', async () => {
    const kim = await kimWithOneFlag();
    const text = JSON.stringify({ format: SHARED_FILE_FORMAT, schemaVersion: 1, flags: [sampleFlag(), { ...sampleFlag(), id: 'nope' }] });
    writeFileSync(join(dir, 'team.json'), text);
    const run = await kim.syncFile();
    expect(run.status.invalidRecords).toBe(1);
    expect((await kim.local()).map((f: Flag) => f.id)).toContain(sampleFlag().id);
    expect(readFileSync(join(dir, 'team.json'), 'utf8')).toBe(text);
  });
});

describe('export and import', () => {
  it('a fresh profile imports the same flags another exported', async () => {
    const kim = await member('Kim');
    await kim.add('Person A');
    await mergeIntoStore(kim.db, [deleteFlag(await kim.add('Person B'), new Date(Date.now() + 5))]);
    const text = serializeSharedFile(await kim.local());
    const fresh = await member('Park');
    const out = importSharedText('export.json', text, Buffer.byteLength(text), await fresh.local());
    await mergeIntoStore(fresh.db, out.merged!);
    expect(await fresh.local()).toEqual(await kim.local());
    expect((await listFlags(fresh.db)).map((f) => f.person.name)).toEqual(['Person A']);
  });
});

describe('memberFileName', () => {
  it('keeps Hangul names readable and stays a member file', () => {
    expect(memberFileName('김 철수', 'ab12cd34')).toBe('flags-김-철수-ab12cd34.json');
    expect(memberFileName('../../etc', 'ab12cd34')).toBe('flags-etc-ab12cd34.json');
    expect(memberFileName('', 'x')).toBe('flags-member-x.json');
  });
});

