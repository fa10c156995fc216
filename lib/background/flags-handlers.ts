/**
 * The flags subsystem's message handlers, sync timer and the broadcast that refreshes open
 * cards. Registered by importing lib/background/flags.ts.
 */
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { createFlag, deleteFlag, editFlag, setFlagStatus } from '../flags/edit';
import { guessOrgs, orgNamesFromDataset, type OrgNames } from '../flags/guess-orgs';
import { LIMITS } from '../flags/limits';
import { personKey } from '../flags/person-key';
import { FlagDraft, type Flag } from '../flags/schema';
import { serializeSharedFile } from '../flags/shared-file';
import { importSharedText } from '../flags/sync';
import type { FlagsChangedMessage } from '../messages/content';
import { handle, parseOrReject } from './router';
import {
  getAuthor,
  getFlag,
  getSyncStatus,
  getSyncTarget,
  isSyncedMode,
  listFlags,
  mergeIntoStore,
  openFlagsDb,
  ownMemberFileName,
  setAuthor,
} from './flags-store';
import { runSync } from './flags-sync';
import { getDataset } from './dataset';

const SYNC_ALARM = 'flags-sync';

// Built on first use: most service-worker wakes never open a flag form.
let orgs: { names: OrgNames[]; options: { id: string; name: string }[] } | undefined;
function orgIndex() {
  if (!orgs) {
    const names = orgNamesFromDataset(getDataset());
    orgs = { names, options: names.map((o) => ({ id: o.id, name: o.name })).sort((a, b) => a.name.localeCompare(b.name)) };
  }
  return orgs;
}

let dbPromise: ReturnType<typeof openFlagsDb> | undefined;
const db = () => (dbPromise ??= openFlagsDb());

/** Sends one message, ignoring receivers that are not there (tabs without our content script, no page open). */
async function tell(send: () => Promise<unknown>): Promise<void> {
  try {
    await send();
  } catch {
    // nobody listening: nothing to refresh
  }
}

/**
 * Tells every tab (and extension page) which people's flags changed, so open cards refresh at
 * once. Never fails the change that caused it.
 */
async function broadcast(changed: readonly Flag[]): Promise<void> {
  if (!changed.length) return;
  const ids = [...new Set(changed.map((f) => personKey(f.person)))];
  // A big sync names too many people for one message: [] means "refresh every card".
  const msg: FlagsChangedMessage = { type: 'content/flags-changed', personIds: ids.length > 1000 ? [] : ids };
  await tell(async () => {
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : tell(() => browser.tabs.sendMessage(t.id!, msg)))));
  });
  await tell(() => browser.runtime.sendMessage(msg));
}

async function requireFlag(id: string): Promise<Flag> {
  const f = await getFlag(await db(), id);
  if (!f || f.deleted) throw new Error(i18n.t('flags.errors.notFound'));
  return f;
}

async function saveAndBroadcast(f: Flag): Promise<Flag> {
  await broadcast(await mergeIntoStore(await db(), [f]));
  return f;
}

async function scheduleSync(): Promise<void> {
  const { mode } = await getSyncTarget(await db());
  if (isSyncedMode(mode)) {
    const have = await browser.alarms.get(SYNC_ALARM);
    if (!have) await browser.alarms.create(SYNC_ALARM, { periodInMinutes: LIMITS.syncPeriodMinutes, delayInMinutes: 1 });
  } else {
    await browser.alarms.clear(SYNC_ALARM);
  }
}

async function syncAndBroadcast() {
  const run = await runSync(await db());
  await broadcast(run.changed);
  return run.status;
}

handle('flags/list-for-person', async (req) => {
  const keys = new Set([req.personId, ...(req.personName ? [personKey({ name: req.personName })] : [])]);
  return (await listFlags(await db())).filter((f) => keys.has(personKey(f.person)));
});

handle('flags/list', async () => listFlags(await db()));

// The draft is checked here, not at the boundary, so the reply can name each wrong field for the
// form (which has no zod in the content script); first, so those show even without a display name.
handle('flags/create', async (req) => {
  const draft = parseOrReject(FlagDraft, req.draft);
  const author = await getAuthor(await db());
  if (!author) throw new Error(i18n.t('flags.errors.noAuthor'));
  return saveAndBroadcast(createFlag(draft, author, new Date()));
});

handle('flags/edit', async (req) => {
  const draft = parseOrReject(FlagDraft, req.draft);
  return saveAndBroadcast(editFlag(await requireFlag(req.id), draft, new Date()));
});

handle('flags/set-status', async (req) => saveAndBroadcast(setFlagStatus(await requireFlag(req.id), req.status, new Date())));

handle('flags/delete', async (req) => {
  await saveAndBroadcast(deleteFlag(await requireFlag(req.id), new Date()));
  return null;
});

handle('flags/form-context', (req) => ({ orgs: orgIndex().options, guess: guessOrgs(req.sentence, orgIndex().names) }));

handle('flags/get-settings', async () => {
  const d = await db();
  return { author: await getAuthor(d), memberFile: await ownMemberFileName(d) };
});

handle('flags/set-author', async (req) => {
  await setAuthor(await db(), req.name);
  return null;
});

handle('flags/sync-target-changed', async () => {
  await scheduleSync();
  return getSyncStatus(await db());
});

handle('flags/sync-now', () => syncAndBroadcast());

handle('flags/sync-status', async () => getSyncStatus(await db()));

handle('flags/export', async () => ({
  fileName: `ai-talent-lens-flags-${new Date().toISOString().slice(0, 10)}.json`,
  text: serializeSharedFile(await listFlags(await db(), { includeDeleted: true })),
}));

handle('flags/import', async (req) => {
  const d = await db();
  const outcome = importSharedText(req.fileName, req.text, req.byteSize, await listFlags(d, { includeDeleted: true }));
  const changed = outcome.merged ? await mergeIntoStore(d, outcome.merged) : [];
  await broadcast(changed);
  return { changed: changed.length, invalidRecords: outcome.invalidRecords, problems: outcome.problems };
});

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === SYNC_ALARM) void syncAndBroadcast();
});

void scheduleSync();
