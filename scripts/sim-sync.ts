/**
 * Multi-writer sync simulation (issue #5): `npm run sim:sync -- --writers W --flags F`.
 *
 * W writers run concurrently in one process, each creating F flags and now and then
 * confirming a flag it has seen (its own or a teammate's), syncing after every few changes.
 * Every file read and write yields to the other writers at random, so reads and writes
 * interleave as on a shared drive. It runs once against a shared folder and once against a
 * single shared file, through the same engine the extension uses (lib/flags/sync.ts) with
 * node:fs handles. After the concurrent phase each writer syncs once more, one after the
 * other, as their next timer tick would.
 *
 * Last lines: one JSON object per mode, {"mode": "folder"|"file", "written": N, "present": M}.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createFlag, setFlagStatus } from '../lib/flags/edit';
import { compareVersions, mergeFlags } from '../lib/flags/merge';
import { nodeFile, nodeFolder } from '../lib/flags/node-handles';
import type { Flag, FlagDraft } from '../lib/flags/schema';
import { parseSharedFile } from '../lib/flags/shared-file';
import { MEMBER_FILE_PATTERN, memberFileName, syncFolder, syncSingleFile, type SyncOutcome } from '../lib/flags/sync';
import { readFile, readdir } from 'node:fs/promises';

const { values } = parseArgs({
  options: { writers: { type: 'string', default: '5' }, flags: { type: 'string', default: '200' }, seed: { type: 'string', default: '1' } },
});
const W = Number(values.writers);
const F = Number(values.flags);
if (!(W >= 1 && F >= 1)) throw new Error('--writers and --flags must be positive integers');

// Small deterministic PRNG (mulberry32) so a failing run can be repeated with --seed.
let state = Number(values.seed) >>> 0;
function rand(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pause = () => new Promise<void>((r) => (rand() < 0.5 ? setImmediate(r) : setTimeout(r, Math.floor(rand() * 3))));

function draft(w: number, i: number): FlagDraft {
  return {
    person: { name: `Writer ${w} person ${i}` },
    from: { name: 'Org A' },
    to: { id: 'openai', name: 'OpenAI' },
    date: '2026-11',
    dateKind: 'reported',
    evidence: { url: `https://example.com/w${w}/${i}`, title: `Article ${i}` },
    note: '',
  };
}

interface Writer {
  name: string;
  local: Flag[];
}

/** Every version any writer ever made, so the check can tell a lost edit from a lost flag. */
const newest = new Map<string, Flag>();
function remember(f: Flag) {
  const have = newest.get(f.id);
  if (!have || compareVersions(f, have) > 0) newest.set(f.id, f);
}

async function runMode(mode: 'folder' | 'file') {
  newest.clear();
  const dir = mkdtempSync(join(tmpdir(), `sim-sync-${mode}-`));
  const folder = nodeFolder(dir, { pause });
  const shared = nodeFile(join(dir, 'team-flags.json'), { pause });
  const sync = (w: Writer): Promise<SyncOutcome> =>
    mode === 'folder' ? syncFolder(folder, memberFileName(w.name, w.name.slice(-1).padStart(4, '0')), w.local) : syncSingleFile(shared, w.local);
  const stats = { syncs: 0, retries: 0, problems: 0, edits: 0 };
  const writers: Writer[] = Array.from({ length: W }, (_, w) => ({ name: `writer${w}`, local: [] }));
  const written = new Set<string>();

  async function apply(w: Writer, o: SyncOutcome) {
    stats.syncs++;
    stats.retries += o.retries;
    stats.problems += o.problems.length;
    for (const p of o.problems) console.error(`  ${w.name}: ${p.message}`);
    // As the store does: merge in, so anything made meanwhile is kept.
    if (o.merged) w.local = mergeFlags(w.local, o.merged);
  }

  await Promise.all(
    writers.map(async (w, wi) => {
      let sinceSync = 0;
      let every = 1 + Math.floor(rand() * 20);
      for (let i = 0; i < F; i++) {
        const f = createFlag(draft(wi, i), w.name, new Date());
        written.add(f.id);
        remember(f);
        w.local = mergeFlags(w.local, [f]);
        if (rand() < 0.1 && w.local.length) {
          const target = w.local[Math.floor(rand() * w.local.length)];
          const edited = setFlagStatus(target, rand() < 0.5 ? 'confirmed' : 'retracted', new Date());
          remember(edited);
          w.local = mergeFlags(w.local, [edited]);
          stats.edits++;
        }
        if (++sinceSync >= every) {
          await apply(w, await sync(w));
          sinceSync = 0;
          every = 1 + Math.floor(rand() * 20);
        }
        await pause();
      }
      await apply(w, await sync(w));
    }),
  );
  const before = await sharedState(mode, dir);
  for (const w of writers) await apply(w, await sync(w)); // the next timer tick, one after another
  const after = await sharedState(mode, dir);
  const present = [...written].filter((id) => after.has(id)).length;
  const lostEdits = [...newest.values()].filter((f) => {
    const got = after.get(f.id);
    return got && compareVersions(got, f) < 0;
  }).length;
  console.log(
    `${mode}: ${W} writers x ${F} flags, ${stats.edits} status edits, ${stats.syncs} syncs, ${stats.retries} single-file retries, ` +
      `${stats.problems} problems; present after the concurrent phase ${[...written].filter((id) => before.has(id)).length}, ` +
      `after one more sync each ${present}; edits lost ${lostEdits}`,
  );
  rmSync(dir, { recursive: true, force: true });
  return { mode, written: written.size, present };
}

/** What the shared storage holds now: every member file (folder) or the one file, read through the same parser. */
async function sharedState(mode: 'folder' | 'file', dir: string): Promise<Map<string, Flag>> {
  const names = mode === 'folder' ? (await readdir(dir)).filter((n) => MEMBER_FILE_PATTERN.test(n)) : ['team-flags.json'];
  const sets: Flag[][] = [];
  for (const n of names) {
    const p = parseSharedFile(n, await readFile(join(dir, n), 'utf8'));
    if (!p.ok) throw new Error(p.problem.message);
    sets.push(p.flags);
  }
  return new Map(mergeFlags(...sets).map((f) => [f.id, f]));
}

const results = [];
for (const mode of ['folder', 'file'] as const) results.push(await runMode(mode));
for (const r of results) console.log(JSON.stringify(r));
