import { i18n } from '#i18n';
import { CardTitle } from './CardTitle';
import type { ComponentChildren } from 'preact';
import type { PersonView } from '@/lib/messages/dataset';
import { MoveRow, orgLabel } from './MoveRow';

export interface PersonCardProps {
  view: PersonView;
  /** The name exactly as the page wrote it. */
  written: string;
  /** The team's flags for this person (rendered by the flags subsystem). */
  flags?: ComponentChildren;
}

export function PersonCard({ view, written, flags }: PersonCardProps) {
  const moves = [...view.moves].reverse(); // newest first: the latest move is why the reader hovered
  return (
    <div class="card-body">
      <header class="card-head">
        <CardTitle name={view.name} localName={view.localName} written={written} />
        {view.current ? (
          <div class="current" data-testid="card-current">
            <span class="label">{i18n.t('card.now')}</span>{' '}
            {[view.current.role, view.current.org ? orgLabel(view.current.org) : undefined].filter(Boolean).join(', ')}
          </div>
        ) : null}
      </header>
      <section>
        <h3>{i18n.t('card.moves')}</h3>
        {moves.length === 0 ? (
          <p class="empty">{i18n.t('card.noMoves')}</p>
        ) : (
          <ol class="timeline" data-testid="timeline">
            {moves.map((m) => (
              <MoveRow move={m} />
            ))}
          </ol>
        )}
      </section>
      {flags}
    </div>
  );
}
