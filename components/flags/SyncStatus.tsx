import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { SyncStatus as Status } from '@/lib/background/flags-store';
import { sendRequest } from '@/lib/messages/client';
import { describeProblem } from './problems';
import { subscribeFlagsChanged } from './subscribe';

const MODE: Record<Status['mode'], () => string> = {
  off: () => i18n.t('flags.sync.modeOff'),
  folder: () => i18n.t('flags.sync.modeFolder'),
  file: () => i18n.t('flags.sync.modeFile'),
  export: () => i18n.t('flags.sync.modeExport'),
};

const STATE: Record<Status['state'], () => string> = {
  never: () => i18n.t('flags.sync.stateNever'),
  ok: () => i18n.t('flags.sync.stateOk'),
  warning: () => i18n.t('flags.sync.stateWarning'),
  error: () => i18n.t('flags.sync.stateError'),
  'needs-permission': () => i18n.t('flags.sync.stateNeedsPermission'),
};

/** Polling keeps the popup and options page honest about timer syncs that ran in the background. */
const POLL_MS = 5000;

/** Sync mode, state, last sync time and any file problems. `refresh` changes force a reload. */
export function SyncStatus(props: { refresh?: number } = {}) {
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    const load = () =>
      sendRequest<Status>({ type: 'flags/sync-status' })
        .then((s) => {
          setStatus(s);
          setError('');
        })
        .catch((e: Error) => setError(e.message));
    void load();
    const timer = setInterval(load, POLL_MS);
    const off = subscribeFlagsChanged(() => void load());
    return () => {
      clearInterval(timer);
      off();
    };
  }, [props.refresh]);

  if (error) return <div class="atl-error" role="alert">{error}</div>;
  if (!status) return null;
  const syncing = status.mode === 'folder' || status.mode === 'file';
  return (
    <div class="atl-sync-status" data-testid="sync-status" data-state={status.state}>
      <div>
        {i18n.t('flags.sync.mode')}: <strong>{MODE[status.mode]()}</strong>
        {status.target && <span class="atl-muted"> ({status.target})</span>}
      </div>
      {syncing && (
        <div>
          {i18n.t('flags.sync.state')}: <strong>{STATE[status.state]()}</strong>
        </div>
      )}
      {syncing && (
        <div class="atl-muted" data-testid="last-sync">
          {i18n.t('flags.sync.lastSync')}: {status.lastSyncAt ? new Date(status.lastSyncAt).toLocaleString() : i18n.t('flags.sync.neverSynced')}
        </div>
      )}
      {status.message && <div class="atl-error">{status.message}</div>}
      {status.problems.length > 0 && (
        <ul class="atl-errors">
          {status.problems.map((p, i) => (
            <li key={i}>{describeProblem(p)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
