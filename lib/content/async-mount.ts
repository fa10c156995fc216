/** How a UI is made, added to the page, given content and taken away again. */
export interface MountHooks<Ui, Content> {
  /** Makes the UI without adding it to the page (WXT's createShadowRootUi loads its CSS first). */
  create(): Promise<Ui>;
  mount(ui: Ui): void;
  show(ui: Ui, content: Content | null): void;
  remove(ui: Ui): void;
}

/**
 * The lifecycle of a UI that is created asynchronously and always shows the content asked for
 * last. Why: a hide or a destroy can arrive while the creation is still pending. Showing what was
 * asked when the creation started would open a card the reader has already left, and mounting
 * after a destroy would add our host to a page where we were just switched off.
 */
export class AsyncMount<Ui, Content> {
  private created: Ui | null = null;
  private mounted = false;
  private pending: Promise<void> | null = null;
  private latest: Content | null = null;
  /** Bumped by destroy(), so a creation that resolves later knows it is stale. */
  private epoch = 0;

  constructor(private readonly hooks: MountHooks<Ui, Content>) {}

  /** The UI while it is in the page. */
  get current(): Ui | null {
    return this.mounted ? this.created : null;
  }

  /**
   * Shows `content`, or nothing for null. The UI is created and mounted on the first content;
   * null alone never adds anything to the page. Resolves when the content asked for last is shown.
   */
  set(content: Content | null): Promise<void> {
    this.latest = content;
    if (this.created) {
      this.apply(this.created);
      return Promise.resolve();
    }
    if (content === null) return this.pending ?? Promise.resolve();
    return (this.pending ??= this.createNow());
  }

  /** Removes the UI; a creation still pending is dropped when it resolves. */
  destroy(): void {
    this.epoch++;
    this.pending = null;
    this.latest = null;
    const ui = this.created;
    const wasMounted = this.mounted;
    this.created = null;
    this.mounted = false;
    if (ui && wasMounted) {
      this.hooks.show(ui, null);
      this.hooks.remove(ui);
    }
  }

  private async createNow(): Promise<void> {
    const epoch = this.epoch;
    let ui: Ui;
    try {
      ui = await this.hooks.create();
    } finally {
      if (epoch === this.epoch) this.pending = null;
    }
    if (epoch !== this.epoch) return;
    this.created = ui;
    this.apply(ui);
  }

  private apply(ui: Ui): void {
    if (this.latest === null && !this.mounted) return;
    if (!this.mounted) {
      this.hooks.mount(ui);
      this.mounted = true;
    }
    this.hooks.show(ui, this.latest);
  }
}
