import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SyncStatus } from '@/components/flags/SyncStatus';
import { personFlagsCss } from '@/components/flags/styles';
import { POPUP_MAX_ENTITIES } from '@/lib/content/limits';
import type { FoundEntity } from '@/lib/content/page-scanner';
import { disabledSites, globalEnabled, setSiteEnabled } from '@/lib/content/settings';
import type { FoundReply, PageMessage } from '@/lib/messages/page';

type PageState = { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; reply: FoundReply };

/**
 * The tab the popup is about: the active tab, or `?tabId=` (tests and the demo open the popup as
 * a page, where the active tab would be the popup itself).
 */
async function targetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The top frame's content script answers; other frames stay silent. */
function ask<T>(tabId: number, msg: PageMessage): Promise<T> {
  return browser.tabs.sendMessage(tabId, msg, { frameId: 0 }) as Promise<T>;
}

export function App() {
  const [tabId, setTabId] = useState<number | undefined>();
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [globalOn, setGlobalOn] = useState(true);
  const [siteOn, setSiteOn] = useState(true);

  const refresh = async (id: number | undefined) => {
    if (id === undefined) return setPage({ status: 'unavailable' });
    try {
      const reply = await ask<FoundReply | undefined>(id, { type: 'page/get-found' });
      if (!reply) return setPage({ status: 'unavailable' });
      setPage({ status: 'ready', reply });
      setSiteOn(!(await disabledSites.getValue()).includes(reply.site));
    } catch {
      // No content script there: browser pages, the Web Store, PDFs, or a tab opened before install.
      setPage({ status: 'unavailable' });
    }
  };

  useEffect(() => {
    void (async () => {
      const id = await targetTabId();
      setTabId(id);
      setGlobalOn(await globalEnabled.getValue());
      await refresh(id);
    })();
  }, []);

  const site = page.status === 'ready' ? page.reply.site : null;

  const toggleGlobal = async (on: boolean) => {
    setGlobalOn(on);
    await globalEnabled.setValue(on);
    await refresh(tabId);
  };
  const toggleSite = async (on: boolean) => {
    if (!site) return;
    setSiteOn(on);
    await setSiteEnabled(site, on);
    await refresh(tabId);
  };
  const scrollTo = (id: string) => {
    if (tabId !== undefined) void ask(tabId, { type: 'page/scroll-to', id });
  };

  const entities = page.status === 'ready' ? page.reply.entities.slice(0, POPUP_MAX_ENTITIES) : [];
  const people = entities.filter((e) => e.type === 'person');
  const labs = entities.filter((e) => e.type === 'org');

  return (
    <main class="popup">
      <h1>{i18n.t('popup.title')}</h1>
      <div class="switches">
        <label class="switch">
          <input type="checkbox" data-testid="global-switch" checked={globalOn} onChange={(e) => void toggleGlobal(e.currentTarget.checked)} />
          {i18n.t('popup.globalSwitch')}
        </label>
        {site ? (
          <label class="switch">
            <input type="checkbox" data-testid="site-switch" checked={siteOn} disabled={!globalOn} onChange={(e) => void toggleSite(e.currentTarget.checked)} />
            {i18n.t('popup.siteSwitch', { site })}
          </label>
        ) : null}
      </div>
      {page.status === 'unavailable' ? <p class="muted">{i18n.t('popup.unavailable')}</p> : null}
      {page.status === 'ready' && page.reply.problem ? (
        <p class="error" role="alert" data-testid="page-problem">
          {i18n.t(page.reply.problem === 'page-outdated' ? 'popup.pageOutdated' : 'popup.tablesUnavailable')}
        </p>
      ) : null}
      {page.status === 'ready' && page.reply.cardProblem ? (
        <p class="error" role="alert" data-testid="card-problem">
          {i18n.t('popup.cardUnavailable', { message: page.reply.cardProblem })}
        </p>
      ) : null}
      {page.status === 'ready' && !page.reply.active && !page.reply.problem ? <p class="muted">{i18n.t('popup.switchedOff')}</p> : null}
      {page.status === 'ready' && page.reply.active && entities.length === 0 ? <p class="muted">{i18n.t('popup.nothingFound')}</p> : null}
      <EntityList title={i18n.t('popup.people')} items={people} onPick={scrollTo} testid="people" />
      <EntityList title={i18n.t('popup.labs')} items={labs} onPick={scrollTo} testid="labs" />
      <style>{personFlagsCss}</style>
      <section class="sync" data-testid="sync-status">
        <SyncStatus />
      </section>
    </main>
  );
}

function EntityList(props: { title: string; items: FoundEntity[]; onPick: (id: string) => void; testid: string }) {
  if (props.items.length === 0) return null;
  return (
    <section>
      <h2>{props.title}</h2>
      <ul class="entities" data-testid={props.testid}>
        {props.items.map((e) => (
          <li>
            <button type="button" class="entity" data-id={e.id} title={i18n.t('popup.scrollTo')} onClick={() => props.onPick(e.id)}>
              <span class="name">{e.name}</span>
              {e.text !== e.name ? <span class="written">{e.text}</span> : null}
              <span class="count">{i18n.t('popup.mentions', e.count)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
