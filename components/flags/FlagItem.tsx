import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { safeHttpUrl } from '@/lib/content/safe-url';
import type { Flag } from '@/lib/flags/schema';

const BADGE: Record<Flag['status'], () => string> = {
  open: () => i18n.t('flags.status.unconfirmed'),
  confirmed: () => i18n.t('flags.status.confirmed'),
  retracted: () => i18n.t('flags.status.retracted'),
};

/** One flag as text (never innerHTML): the move, its status, the quote, the source and who flagged it. */
export function FlagItem(props: { flag: Flag; showPerson?: boolean; children?: ComponentChildren }) {
  const f = props.flag;
  const move = [f.from?.name ?? '?', f.to?.name ?? '?'].join(' → ');
  return (
    <div class="atl-flag" data-flag-id={f.id}>
      <div>
        {props.showPerson && <span class="atl-flag-move">{f.person.name}: </span>}
        <span class="atl-flag-move">{move}</span>
        <span class={`atl-badge atl-badge-${f.status}`}>{BADGE[f.status]()}</span>
      </div>
      <div class="atl-flag-meta">
        {f.dateKind === 'moved' ? i18n.t('flags.item.moved', { date: f.date }) : i18n.t('flags.item.reported', { date: f.date })}
        {' · '}
        {i18n.t('flags.item.by', { author: f.author })}
      </div>
      {f.evidence.quote && <div class="atl-flag-quote">“{f.evidence.quote.exact}”</div>}
      <div class="atl-flag-meta">
        <a href={safeHttpUrl(f.evidence.url) ?? undefined} target="_blank" rel="noopener noreferrer">
          {f.evidence.title || f.evidence.url}
        </a>
      </div>
      {f.note && <div class="atl-flag-meta">{f.note}</div>}
      {props.children}
    </div>
  );
}
