import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TextQuote } from '../flags/schema';
import { sendRequest } from '../messages/client';
import type { MentionHit } from './page-scanner';

/**
 * The card and flag form live in a script of their own (entrypoints/card-ui/), which the
 * background injects into a frame the first time a reader points at a name there.
 *
 * Why not in the content script: V8 compiles a content script on every page load (no code cache
 * for them; traced), and the card's UI (Preact, floating-ui, the flag form, zod/mini) was about
 * half of the bundle. Most pages never open a card; the ones that do pay for it once, during the
 * hover delay. Both scripts run in the extension's isolated world, which pages cannot reach, so
 * the injected script hands its factory over on that world's global object.
 */

/** The custom element name of our one host element; the scanner and the observer skip it. */
export const CARD_HOST_NAME = 'ai-talent-lens-ui';

/** Our host element, whether or not the card UI has loaded: the scanner and the observer skip it. */
export const isCardHost = (el: Element): boolean => el.localName === CARD_HOST_NAME;

export interface CardUiEvents {
  onPointerOnCard: (on: boolean) => void;
  onClose: () => void;
}

/** What the content script asks of the card UI (entrypoints/card-ui/card-host.tsx implements it). */
export interface CardUi {
  /** True when an event or node is inside our UI (events from a shadow root retarget to its host). */
  isOurs(target: EventTarget | null): boolean;
  show(hit: MentionHit, focus: boolean): void;
  hide(): void;
  openFlagForm(personName: string, quote?: TextQuote): void;
  destroy(): void;
}

export type CreateCardUi = (ctx: ContentScriptContext, events: CardUiEvents) => CardUi;

const REGISTRY_KEY = '__aiTalentLensCardUi';
type Registry = { [REGISTRY_KEY]?: CreateCardUi };

/** Called by the injected card UI script. */
export function registerCardUi(create: CreateCardUi): void {
  (globalThis as Registry)[REGISTRY_KEY] = create;
}

/** The background injects the card UI script into the asking frame (lib/background/card-ui.ts). */
const askBackgroundToInject = () => sendRequest<boolean>({ type: 'ui/load-card' });

/** The card UI's factory, injecting its script first unless this frame has it already. */
export async function loadCardUi(inject: () => Promise<unknown> = askBackgroundToInject): Promise<CreateCardUi> {
  const registry = globalThis as Registry;
  if (!registry[REGISTRY_KEY]) await inject();
  const create = registry[REGISTRY_KEY];
  if (!create) throw new Error('The card script was injected but did not start.');
  return create;
}

/**
 * The card UI as the content script uses it: loaded on first need, and always doing what was
 * asked last. A card asked for while the script loads opens once it has loaded, unless a hide
 * came meanwhile (the pointer left). A failed load is reported once per try, and tried again
 * when the next card or form is asked for.
 */
export class LazyCardUi {
  private ui: CardUi | null = null;
  private loading: Promise<void> | null = null;
  /** The card and the form asked for while loading; null once hidden or done. */
  private pendingCard: ((ui: CardUi) => void) | null = null;
  private pendingForm: ((ui: CardUi) => void) | null = null;
  /** The last failure, for the popup; cleared by a successful load. */
  problem: string | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly events: CardUiEvents,
    private readonly load: () => Promise<CreateCardUi> = () => loadCardUi(),
  ) {}

  /**
   * Starts loading ahead of need (the pointer has reached a name; the hover delay covers the
   * rest). Not again after a failure: the pointer crossing names would retry on every frame; a
   * card or form asked for does retry.
   */
  prefetch(): Promise<void> {
    if (this.problem !== null) return Promise.resolve();
    return this.startLoad();
  }

  private startLoad(): Promise<void> {
    if (this.ui || this.ctx.isInvalid) return Promise.resolve();
    return (this.loading ??= this.load().then(
      (create) => {
        this.loading = null;
        this.problem = null;
        if (this.ctx.isInvalid) return;
        const ui = (this.ui = create(this.ctx, this.events));
        const card = this.pendingCard;
        const form = this.pendingForm;
        this.pendingCard = this.pendingForm = null;
        card?.(ui);
        form?.(ui);
      },
      (e: unknown) => {
        this.loading = null;
        this.pendingCard = this.pendingForm = null;
        this.problem = e instanceof Error ? e.message : String(e);
        console.warn(`AI Talent Lens could not open its card: ${this.problem}`);
      },
    ));
  }

  isOurs(target: EventTarget | null): boolean {
    return this.ui?.isOurs(target) ?? false;
  }

  show(hit: MentionHit, focus: boolean): void {
    this.whenLoaded('card', (ui) => ui.show(hit, focus));
  }

  hide(): void {
    this.pendingCard = null;
    this.ui?.hide();
  }

  openFlagForm(personName: string, quote?: TextQuote): void {
    this.whenLoaded('form', (ui) => ui.openFlagForm(personName, quote));
  }

  destroy(): void {
    this.pendingCard = this.pendingForm = null;
    this.ui?.destroy();
  }

  private whenLoaded(what: 'card' | 'form', call: (ui: CardUi) => void): void {
    if (this.ui) {
      call(this.ui);
      return;
    }
    if (what === 'card') this.pendingCard = call;
    else this.pendingForm = call;
    void this.startLoad();
  }
}
