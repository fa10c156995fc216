import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { FlagForm } from '@/components/flags/FlagForm';
import { FlagItem } from '@/components/flags/FlagItem';
import { describeProblem } from '@/components/flags/problems';
import { subscribeFlagsChanged } from '@/components/flags/subscribe';
import { SyncStatus } from '@/components/flags/SyncStatus';
import {
  getSyncTarget,
  isSyncedMode,
  openFlagsDb,
  setSyncTarget,
  SyncModeSetting,
  type SyncStatus as Status,
} from '@/lib/background/flags-store';
import { ensurePermission } from '@/lib/flags/fs-access-handles';
import { LIMITS } from '@/lib/flags/limits';
import type { Flag, FlagStatus } from '@/lib/flags/schema';
import type { FileProblem } from '@/lib/flags/shared-file';
import { sendRequest } from '@/lib/messages/client';

/** One connection for the page's life, as the background keeps one (flags-handlers.ts). */
let flagsDbPromise: ReturnType<typeof openFlagsDb> | undefined;
const flagsDb = () => (flagsDbPromise ??= openFlagsDb());

/** The File System Access pickers (Chromium only; absent from TypeScript's DOM types). */
interface PickerWindow {
  showDirectoryPicker?: (o?: { id?: string; mode?: 'readwrite' }) => Promise<FileSystemDirectoryHandle>;
  showSaveFilePicker?: (o?: { id?: string; suggestedName?: string; types?: unknown[] }) => Promise<FileSystemFileHandle>;
  showOpenFilePicker?: (o?: { id?: string; types?: unknown[]; multiple?: false }) => Promise<FileSystemFileHandle[]>;
}
const pickers = window as unknown as PickerWindow;
const canPickFolder = typeof pickers.showDirectoryPicker === 'function';
const canPickFile = typeof pickers.showSaveFilePicker === 'function';
const JSON_TYPES = [{ description: 'JSON', accept: { 'application/json': ['.json'] } }];

type Message = { kind: 'error' | 'info'; lines: string[] } | null;

function statusMessage(s: Status): Message {
  const problems = s.problems.map(describeProblem);
  if (s.state === 'ok') return { kind: 'info', lines: [i18n.t('options.sync.done')] };
  if (s.state === 'needs-permission') return { kind: 'error', lines: [i18n.t('flags.sync.stateNeedsPermission')] };
  return { kind: s.state === 'warning' ? 'info' : 'error', lines: [...(s.message ? [s.message] : []), ...problems] };
}

export function App() {
  const [message, setMessage] = useState<Message>(null);
  const [author, setAuthorText] = useState('');
  const [memberFile, setMemberFile] = useState('');
  const [mode, setMode] = useState<SyncModeSetting>('off');
  const [flags, setFlags] = useState<Flag[]>([]);
  const [editing, setEditing] = useState<Flag | null>(null);
  const [refresh, setRefresh] = useState(0);
  const [ready, setReady] = useState(false);

  const loadFlags = () => sendRequest<Flag[]>({ type: 'flags/list' }).then((f) => setFlags(f.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))));

  /** Every action starts by clearing the last message, and ends with its own. */
  async function act(fn: () => Promise<Message | void>) {
    setMessage(null);
    try {
      const m = await fn();
      if (m) setMessage(m);
    } catch (e) {
      if ((e as DOMException).name === 'AbortError') return; // the reader closed the picker
      setMessage({ kind: 'error', lines: [(e as Error).message] });
    }
    setRefresh((n) => n + 1);
  }

  useEffect(() => {
    void act(async () => {
      const s = await sendRequest<{ author: string; memberFile: string }>({ type: 'flags/get-settings' });
      setAuthorText((typed) => typed || s.author); // never undo what the reader typed meanwhile
      setMemberFile(s.memberFile);
      setMode((await getSyncTarget(await flagsDb())).mode);
      await loadFlags();
    }).finally(() => setReady(true));
    return subscribeFlagsChanged(() => void loadFlags().catch(() => {}));
  }, []);

  const saveAuthor = (e: Event) => {
    e.preventDefault();
    void act(async () => {
      const name = author.trim();
      if (!name) return { kind: 'error', lines: [i18n.t('options.author.empty')] };
      await sendRequest({ type: 'flags/set-author', name });
      const s = await sendRequest<{ author: string; memberFile: string }>({ type: 'flags/get-settings' });
      setMemberFile(s.memberFile);
      return { kind: 'info', lines: [i18n.t('options.author.saved')] };
    });
  };

  async function syncNow(): Promise<Message> {
    const target = await getSyncTarget(await flagsDb());
    // Asking needs this click, so the page asks; the background then syncs with the same handle.
    if (target.handle && !(await ensurePermission(target.handle, true))) {
      return { kind: 'error', lines: [i18n.t('options.sync.permissionDenied')] };
    }
    const status = await sendRequest<Status>({ type: 'flags/sync-now' });
    await loadFlags();
    return statusMessage(status);
  }

  async function chooseTarget(newMode: 'folder' | 'file', pick: () => Promise<FileSystemHandle>): Promise<Message> {
    const handle = await pick();
    await setSyncTarget(await flagsDb(), { mode: newMode, handle });
    setMode(newMode);
    await sendRequest({ type: 'flags/sync-target-changed' });
    return syncNow();
  }

  const chooseMode = (m: SyncModeSetting) =>
    act(async () => {
      setMode(m);
      if (m === 'off' || m === 'export') {
        await setSyncTarget(await flagsDb(), { mode: m });
        await sendRequest({ type: 'flags/sync-target-changed' });
      }
    });

  const exportFlags = () =>
    act(async () => {
      const { fileName, text } = await sendRequest<{ fileName: string; text: string }>({ type: 'flags/export' });
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { kind: 'info', lines: [i18n.t('options.transfer.exported', { file: fileName })] };
    });

  const importFile = (input: HTMLInputElement) =>
    act(async () => {
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      if (file.size > LIMITS.sharedFileBytes) {
        return { kind: 'error', lines: [describeProblem({ file: file.name, kind: 'too-large', message: '' })] };
      }
      const r = await sendRequest<{ changed: number; invalidRecords: number; problems: FileProblem[] }>({
        type: 'flags/import',
        fileName: file.name,
        byteSize: file.size,
        text: await file.text(),
      });
      await loadFlags();
      const failed = r.problems.some((p) => p.kind !== 'invalid-records');
      if (failed) return { kind: 'error', lines: r.problems.map(describeProblem) };
      return { kind: 'info', lines: [i18n.t('options.transfer.imported', { file: file.name, count: String(r.changed) }), ...r.problems.map(describeProblem)] };
    });

  const setStatus = (f: Flag, status: FlagStatus) =>
    act(async () => {
      await sendRequest({ type: 'flags/set-status', id: f.id, status });
      await loadFlags();
    });

  const remove = (f: Flag) =>
    act(async () => {
      if (!confirm(i18n.t('options.flags.confirmDelete'))) return;
      await sendRequest({ type: 'flags/delete', id: f.id });
      await loadFlags();
    });

  return (
    <main data-ready={ready ? 'true' : undefined}>
      <h1>{i18n.t('options.title')}</h1>
      {message && (
        <div class={`atl-message atl-message-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="options-message">
          {message.lines.map((l, i) => (
            <div key={i}>{l}</div>
          ))}
        </div>
      )}

      <section>
        <h2>{i18n.t('options.author.heading')}</h2>
        <form onSubmit={saveAuthor}>
          <input type="text" name="author" maxLength={LIMITS.name} value={author} onInput={(e) => setAuthorText(e.currentTarget.value)} />{' '}
          <button type="submit" class="atl-btn atl-btn-primary">
            {i18n.t('options.author.save')}
          </button>
        </form>
        <div class="atl-muted">{i18n.t('options.author.help')}</div>
      </section>

      <section>
        <h2>{i18n.t('options.sync.heading')}</h2>
        <div class="atl-modes" role="radiogroup">
          {SyncModeSetting.options.map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="mode"
                value={m}
                checked={mode === m}
                disabled={(m === 'folder' && !canPickFolder) || (m === 'file' && !canPickFile)}
                onChange={() => void chooseMode(m)}
              />{' '}
              {i18n.t(`options.sync.mode.${m}`)}
            </label>
          ))}
        </div>
        {!canPickFolder && <div class="atl-muted">{i18n.t('options.sync.noApi')}</div>}
        {mode === 'folder' && (
          <div>
            <button type="button" class="atl-btn" onClick={() => void act(() => chooseTarget('folder', () => pickers.showDirectoryPicker!({ id: 'atl-flags', mode: 'readwrite' })))}>
              {i18n.t('options.sync.chooseFolder')}
            </button>
            <div class="atl-muted">{i18n.t('options.sync.folderHelp', { file: memberFile })}</div>
          </div>
        )}
        {mode === 'file' && (
          <div>
            <button
              type="button"
              class="atl-btn"
              onClick={() => void act(() => chooseTarget('file', async () => (await pickers.showOpenFilePicker!({ id: 'atl-flags', types: JSON_TYPES }))[0]))}
            >
              {i18n.t('options.sync.openFile')}
            </button>
            <button
              type="button"
              class="atl-btn"
              onClick={() => void act(() => chooseTarget('file', () => pickers.showSaveFilePicker!({ id: 'atl-flags', suggestedName: 'team-flags.json', types: JSON_TYPES })))}
            >
              {i18n.t('options.sync.createFile')}
            </button>
          </div>
        )}
        {isSyncedMode(mode) && (
          <button type="button" class="atl-btn atl-btn-primary" onClick={() => void act(syncNow)}>
            {i18n.t('options.sync.now')}
          </button>
        )}
        <SyncStatus refresh={refresh} />
        <h2 style={{ marginTop: '12px' }}>{i18n.t('options.transfer.heading')}</h2>
        <button type="button" class="atl-btn" onClick={() => void exportFlags()}>
          {i18n.t('options.transfer.export')}
        </button>
        <label class="atl-btn">
          {i18n.t('options.transfer.import')}
          <input type="file" name="import" accept=".json,application/json" style={{ display: 'none' }} onChange={(e) => void importFile(e.currentTarget)} />
        </label>
      </section>

      <section>
        <h2>{i18n.t('options.flags.heading', { count: String(flags.length) })}</h2>
        {flags.length === 0 && <div class="atl-muted">{i18n.t('options.flags.none')}</div>}
        {flags.map((f) =>
          editing?.id === f.id ? (
            <FlagForm
              key={f.id}
              editing={f}
              initial={{ personId: f.person.id, personName: f.person.name, pageUrl: f.evidence.url, pageTitle: f.evidence.title }}
              onDone={() => {
                setEditing(null);
                void act(loadFlags);
              }}
            />
          ) : (
            <FlagItem key={f.id} flag={f} showPerson>
              <button type="button" class="atl-btn" onClick={() => setEditing(f)}>
                {i18n.t('options.flags.edit')}
              </button>
              {f.status !== 'confirmed' && (
                <button type="button" class="atl-btn" onClick={() => void setStatus(f, 'confirmed')}>
                  {i18n.t('options.flags.confirm')}
                </button>
              )}
              {f.status !== 'retracted' && (
                <button type="button" class="atl-btn" onClick={() => void setStatus(f, 'retracted')}>
                  {i18n.t('options.flags.retract')}
                </button>
              )}
              {f.status !== 'open' && (
                <button type="button" class="atl-btn" onClick={() => void setStatus(f, 'open')}>
                  {i18n.t('options.flags.reopen')}
                </button>
              )}
              <button type="button" class="atl-btn" onClick={() => void remove(f)}>
                {i18n.t('options.flags.delete')}
              </button>
            </FlagItem>
          ),
        )}
      </section>
    </main>
  );
}
