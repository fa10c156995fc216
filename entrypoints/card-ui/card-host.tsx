import { i18n } from '#i18n';
import type { VirtualElement } from '@floating-ui/dom';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { EntityCard, type CardState } from '@/components/card/EntityCard';
import { PreactContainer } from '@/components/PreactContainer';
import { FlagForm } from '@/components/flags/FlagForm';
import { PersonFlags } from '@/components/flags/PersonFlags';
import { personFlagsCss } from '@/components/flags/styles';
import { toLiveRange } from '@/lib/content/caret';
import { CARD_HOST_NAME, type CardUi, type CardUiEvents } from '@/lib/content/card-ui';
import { ENTITY_CACHE_SIZE } from '@/lib/content/limits';
import type { MentionHit } from '@/lib/content/page-scanner';
import { sendRequest } from '@/lib/messages/client';
import type { EntityView } from '@/lib/messages/dataset';
import { quoteAround } from '@/lib/flags/quote';
import type { TextQuote } from '@/lib/flags/schema';
import cardCss from './style.css?inline';

interface OpenCard {
  hit: MentionHit;
  focus: boolean;
  state: CardState;
  reference: VirtualElement;
}

interface OpenForm {
  personName: string;
  quote?: TextQuote;
}

/**
 * The card and the flag form, rendered with Preact into one shadow root. Entity details come from
 * the background by message and are cached (10ten's query cache), so re-hovering is instant.
 */
export class CardHost implements CardUi {
  readonly container: PreactContainer;
  private cache = new Map<string, EntityView>();
  private card: OpenCard | null = null;
  private form: OpenForm | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly events: CardUiEvents,
  ) {
    this.container = new PreactContainer(ctx, CARD_HOST_NAME, cardCss);
  }

  /** True when an event came from inside our UI (events from a shadow root retarget to its host). */
  isOurs(target: EventTarget | null): boolean {
    const host = this.container.host;
    return !!host && target instanceof Node && (target === host || host.contains(target));
  }

  show(hit: MentionHit, focus: boolean): void {
    const live = toLiveRange(hit.range);
    const reference: VirtualElement = {
      getBoundingClientRect: () => live.getBoundingClientRect(),
      getClientRects: () => live.getClientRects(),
      contextElement: live.startContainer.parentElement ?? undefined,
    };
    const cached = this.cache.get(hit.mention.id);
    this.card = { hit, focus, reference, state: cached ? { status: 'ready', view: cached } : { status: 'loading' } };
    this.draw();
    if (!cached) void this.load(hit.mention.id);
  }

  hide(): void {
    if (!this.card) return;
    this.card = null;
    this.draw();
  }

  /** The flag form, opened from the context menu on a selection (the flags subsystem's form). */
  openFlagForm(personName: string, quote?: TextQuote): void {
    this.form = { personName, quote };
    this.draw();
  }

  private closeForm(): void {
    this.form = null;
    this.draw();
  }

  destroy(): void {
    this.card = null;
    this.form = null;
    this.container.destroy();
  }

  private async load(id: string): Promise<void> {
    let state: CardState;
    try {
      const view = await sendRequest<EntityView>({ type: 'dataset/get-entity', id });
      this.remember(id, view);
      state = { status: 'ready', view };
    } catch (e) {
      state = {
        status: 'error',
        message: this.ctx.isInvalid ? i18n.t('card.invalidated') : i18n.t('card.error', { message: e instanceof Error ? e.message : String(e) }),
      };
    }
    if (this.card?.hit.mention.id !== id) return;
    this.card = { ...this.card, state };
    this.draw();
  }

  private remember(id: string, view: EntityView): void {
    this.cache.delete(id);
    this.cache.set(id, view);
    if (this.cache.size > ENTITY_CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
  }

  private draw(): void {
    const card = this.card;
    const form = this.form;
    if (!card && !form) {
      void this.container.render(null);
      return;
    }
    void this.container.render(
      <>
        <style>{personFlagsCss}</style>
        {card ? (
          <EntityCard
            key={`${card.hit.mention.id}:${card.hit.mention.start}`}
            state={card.state}
            written={card.hit.mention.text}
            reference={card.reference}
            focus={card.focus}
            onClose={this.events.onClose}
            onPointerEnter={() => this.events.onPointerOnCard(true)}
            onPointerLeave={() => this.events.onPointerOnCard(false)}
            personFlags={(view) => (
              <PersonFlags
                personId={view.id}
                personName={view.name}
                quote={quoteAround(card.hit.blockText, card.hit.mention.start, card.hit.mention.end)}
                pageUrl={location.href}
                pageTitle={document.title}
              />
            )}
          />
        ) : null}
        {form ? (
          <div
            class="flag-panel"
            role="dialog"
            onKeyDown={(e) => {
              if (e.key === 'Escape') this.closeForm();
            }}
          >
            <FlagForm
              initial={{ personName: form.personName, quote: form.quote, pageUrl: location.href, pageTitle: document.title }}
              onDone={() => this.closeForm()}
            />
          </div>
        ) : null}
      </>,
    );
  }
}
