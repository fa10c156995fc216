import { i18n } from '#i18n';
import { CardTitle } from './CardTitle';
import type { LabMoveView, OrgView } from '@/lib/messages/dataset';
import { movePath, orgLabel } from './MoveRow';

const KIND_KEYS = {
  lab: 'card.kind.lab',
  company: 'card.kind.company',
  'research-unit': 'card.kind.researchUnit',
  university: 'card.kind.university',
  nonprofit: 'card.kind.nonprofit',
  government: 'card.kind.government',
} as const;

function kindLabel(kind: string): string {
  const key = KIND_KEYS[kind as keyof typeof KIND_KEYS];
  return key ? i18n.t(key) : kind;
}

function PeopleMoves({ rows, testid }: { rows: LabMoveView[]; testid: string }) {
  if (rows.length === 0) return <p class="empty">{i18n.t('card.noneRecorded')}</p>;
  return (
    <ul class="people-moves" data-testid={testid}>
      {rows.map((r) => (
        <li class="move">
          <div class="move-path">
            <strong>{r.person.localName ? `${r.person.name} (${r.person.localName})` : r.person.name}</strong>
          </div>
          <div class="move-meta">
            <span class="move-date">{r.date}</span>
            <span>{movePath(r)}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** A lab or company: what it is, its parent, and who recently came and went. */
export function OrgCard({ view, written }: { view: OrgView; written: string }) {
  return (
    <div class="card-body">
      <header class="card-head">
        <CardTitle name={view.name} localName={view.localName} written={written} />
        <div class="current">
          <span class="label">{kindLabel(view.kind)}</span>
          {view.parent ? (
            <span>
              {' · '}
              {i18n.t('card.partOf')} {orgLabel(view.parent)}
            </span>
          ) : null}
        </div>
        {view.note ? <p class="note">{view.note}</p> : null}
      </header>
      <section>
        <h3>{i18n.t('card.arrivals')}</h3>
        <PeopleMoves rows={view.arrivals} testid="arrivals" />
      </section>
      <section>
        <h3>{i18n.t('card.departures')}</h3>
        <PeopleMoves rows={view.departures} testid="departures" />
      </section>
    </div>
  );
}
