import { i18n } from '#i18n';
import { computePosition, flip, inline, offset, shift, type VirtualElement } from '@floating-ui/dom';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { EntityView } from '@/lib/messages/dataset';
import { CARD_OFFSET_PX, CARD_VIEWPORT_PADDING_PX } from '@/lib/content/limits';
import { OrgCard } from './OrgCard';
import { PersonCard } from './PersonCard';

export type CardState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; view: EntityView };

export interface EntityCardProps {
  state: CardState;
  written: string;
  /** The highlighted name the card points at (a live range's geometry). */
  reference: VirtualElement;
  /** Opened from the keyboard: take focus so Tab and Escape work inside the card. */
  focus: boolean;
  onClose: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  /** Rendered under a person's timeline: the team's flags. */
  personFlags?: (view: Extract<EntityView, { type: 'person' }>) => ComponentChildren;
}

/** The hover card: positioned beside the name, flipping and shifting at the viewport edges. */
export function EntityCard(props: EntityCardProps) {
  const root = useRef<HTMLDivElement>(null);
  const focused = useRef(false);

  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    let cancelled = false;
    void computePosition(props.reference, el, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [inline(), offset(CARD_OFFSET_PX), flip({ padding: CARD_VIEWPORT_PADDING_PX }), shift({ padding: CARD_VIEWPORT_PADDING_PX })],
    }).then(({ x, y }) => {
      if (cancelled) return;
      el.style.left = `${Math.round(x)}px`;
      el.style.top = `${Math.round(y)}px`;
      el.style.visibility = 'visible';
      // Focus only once visible: a visibility:hidden element cannot take focus.
      if (props.focus && !focused.current) {
        focused.current = true;
        el.focus();
      }
    });
    return () => {
      cancelled = true;
    };
  });

  const { state } = props;
  return (
    <div
      ref={root}
      class="card"
      role="dialog"
      aria-label={state.status === 'ready' ? state.view.name : props.written}
      tabIndex={-1}
      data-testid="card"
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onClose();
        }
      }}
    >
      <button type="button" class="close" aria-label={i18n.t('card.close')} title={i18n.t('card.close')} onClick={props.onClose}>
        ×
      </button>
      {state.status === 'loading' ? <div class="status">{i18n.t('card.loading')}</div> : null}
      {state.status === 'error' ? (
        <div class="status error" role="alert">
          {state.message}
        </div>
      ) : null}
      {state.status === 'ready' && state.view.type === 'person' ? (
        <PersonCard view={state.view} written={props.written} flags={props.personFlags?.(state.view)} />
      ) : null}
      {state.status === 'ready' && state.view.type === 'org' ? <OrgCard view={state.view} written={props.written} /> : null}
    </div>
  );
}
