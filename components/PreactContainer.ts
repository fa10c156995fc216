import { render, type ComponentChild } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';

/**
 * One shadow-root UI with a Preact tree in it (Hypothesis' PreactContainer, on WXT's
 * createShadowRootUi). The host is created and added to the page only on the first render, so a
 * page where no card ever opens keeps its DOM untouched; `destroy()` removes it again.
 */
export class PreactContainer {
  private ui: Promise<ShadowRootContentScriptUi<void>> | null = null;
  private mountedUi: ShadowRootContentScriptUi<void> | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    /** Custom element name of the host; the scanner skips it. */
    readonly name: string,
  ) {}

  /** The host element once mounted (the page sees only this one element of ours). */
  get host(): HTMLElement | null {
    return this.mountedUi?.shadowHost ?? null;
  }

  /** True for our host element: the scanner and the MutationObserver ignore it. */
  owns(el: Element): boolean {
    return el.localName === this.name;
  }

  async render(vnode: ComponentChild): Promise<void> {
    const ui = await this.ensure();
    render(vnode, ui.uiContainer);
  }

  destroy(): void {
    const ui = this.mountedUi;
    this.mountedUi = null;
    this.ui = null;
    if (ui) {
      render(null, ui.uiContainer);
      ui.remove();
    }
  }

  private ensure(): Promise<ShadowRootContentScriptUi<void>> {
    this.ui ??= createShadowRootUi<void>(this.ctx, {
      name: this.name,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // Keys typed in our card (the flag form) must not reach the page's own shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: () => {},
    }).then((ui) => {
      ui.mount();
      this.mountedUi = ui;
      return ui;
    });
    return this.ui;
  }
}
