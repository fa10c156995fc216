import { i18n } from '#i18n';
import type { MoveView, OrgRef } from '@/lib/messages/dataset';
import { safeHttpUrl, sourceLabel } from '@/lib/content/safe-url';

export function orgLabel(o: OrgRef | undefined): string {
  if (!o) return i18n.t('card.unknownOrg');
  return o.localName ? `${o.name} (${o.localName})` : o.name;
}

/** "OpenAI → Anthropic": a move's path; a first job or a departure to nowhere reads as joined/left. */
export function movePath(m: { from?: OrgRef; to?: OrgRef }): string {
  if (m.from && m.to) return `${m.from.name} → ${m.to.name}`;
  if (m.to) return `${i18n.t('card.joined')} ${m.to.name}`;
  return `${i18n.t('card.left')} ${m.from?.name ?? i18n.t('card.unknownOrg')}`;
}

/** One timeline row: path, date, role, what the sources leave out, and its sources or an "unsourced" badge. */
export function MoveRow({ move }: { move: MoveView }) {
  const links = move.sources
    .map((s) => ({ href: safeHttpUrl(s.url), label: sourceLabel(s.url, s.publisher), title: s.title }))
    .filter((l): l is { href: string; label: string; title: string | undefined } => l.href !== null);
  return (
    <li class="move" data-testid="move">
      <div class="move-path">{movePath(move)}</div>
      <div class="move-meta">
        <span class="move-date">{move.date}</span>
        {move.role ? <span class="move-role">{move.role}</span> : null}
      </div>
      {move.note ? <div class="move-note">{move.note}</div> : null}
      <div class="move-sources">
        {links.length === 0 ? (
          <span class="badge badge-unsourced" title={i18n.t('card.unsourcedTitle')}>
            {i18n.t('card.unsourced')}
          </span>
        ) : (
          links.map((l) => (
            <a class="source" href={l.href} target="_blank" rel="noopener noreferrer" title={l.title ?? l.href}>
              {l.label}
            </a>
          ))
        )}
      </div>
    </li>
  );
}
