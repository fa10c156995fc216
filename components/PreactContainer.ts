import { render, type ComponentChild } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { AsyncMount } from '@/lib/content/async-mount';

type Ui = ShadowRootContentScriptUi<void>;

/**
 * One shadow-root UI with a Preact tree in it (Hypothesis' PreactContainer, on WXT's
 * createShadowRootUi). The host is created and added to the page only on the first render of
 * something, so a page where no card ever opens keeps its DOM untouched; `destroy()` removes it
 * again. Renders that overtake the asynchronous creation are settled by AsyncMount.
 */
export class PreactContainer {
  private readonly mount: AsyncMount<Ui, ComponentChild>;

  constructor(
    ctx: ContentScriptContext,
    /** Custom element name of the host; the scanner skips it (lib/content/card-ui.ts names ours). */
    readonly name: string,
    /** The UI's styles, given to its shadow root only. */
    css: string,
  ) {
    this.mount = new AsyncMount<Ui, ComponentChild>({
      create: () =>
        createShadowRootUi<void>(ctx, {
          name,
          css,
          position: 'inline',
          anchor: 'body',
          append: 'last',
          // Keys typed in our card (the flag form) must not reach the page's own shortcuts.
          isolateEvents: ['keydown', 'keyup', 'keypress'],
          onMount: () => {},
        }),
      mount: (ui) => ui.mount(),
      show: (ui, vnode) => render(vnode, ui.uiContainer),
      remove: (ui) => ui.remove(),
    });
  }

  /** The host element once mounted (the page sees only this one element of ours). */
  get host(): HTMLElement | null {
    return this.mount.current?.shadowHost ?? null;
  }

  /** Renders `vnode` (null: nothing, and adds nothing to a page we have not shown anything on). */
  render(vnode: ComponentChild | null): Promise<void> {
    return this.mount.set(vnode);
  }

  destroy(): void {
    this.mount.destroy();
  }
}
