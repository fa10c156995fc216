import { HOVER_INTENT_MS, HOVER_LEAVE_GRACE_MS } from './limits';

export interface Timers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/**
 * Hover intent for the card, as a small state machine so it can be tested with fake timers:
 * - the pointer must rest on a name for HOVER_INTENT_MS before its card opens (passing over
 *   text does not flash cards);
 * - leaving the name or the card starts a grace period, so moving from the name onto its card
 *   (or across the gap between them) never closes and reopens it (no flicker);
 * - a different name replaces the open card only after its own intent delay.
 */
export class HoverIntent<K> {
  private shown: K | null = null;
  private pending: K | null = null;
  private openTimer: number | null = null;
  private closeTimer: number | null = null;
  private overCard = false;

  constructor(
    private readonly same: (a: K, b: K) => boolean,
    private readonly open: (key: K) => void,
    private readonly close: () => void,
    private readonly timers: Timers,
    private readonly intentMs = HOVER_INTENT_MS,
    private readonly graceMs = HOVER_LEAVE_GRACE_MS,
  ) {}

  /** The pointer is over `key` (a name), or over no name (null). */
  pointerAt(key: K | null): void {
    if (this.overCard) return;
    if (key === null) {
      this.cancelOpen();
      if (this.shown !== null) this.scheduleClose();
      return;
    }
    if (this.shown !== null && this.same(this.shown, key)) {
      this.cancelOpen();
      this.cancelClose();
      return;
    }
    if (this.pending !== null && this.same(this.pending, key)) return;
    this.cancelOpen();
    this.pending = key;
    this.openTimer = this.timers.setTimeout(() => {
      this.openTimer = null;
      const k = this.pending;
      this.pending = null;
      if (k === null) return;
      this.cancelClose();
      this.shown = k;
      this.open(k);
    }, this.intentMs);
  }

  pointerOnCard(on: boolean): void {
    this.overCard = on;
    if (on) {
      this.cancelOpen();
      this.cancelClose();
    } else if (this.shown !== null) {
      this.scheduleClose();
    }
  }

  /** Opened from elsewhere (keyboard shortcut): the card counts as shown for `key`. */
  markShown(key: K): void {
    this.cancelOpen();
    this.cancelClose();
    this.shown = key;
  }

  /** Closes now (Escape, scroll, switch off). */
  dismiss(): void {
    this.cancelOpen();
    this.cancelClose();
    this.overCard = false;
    if (this.shown !== null) {
      this.shown = null;
      this.close();
    }
  }

  get current(): K | null {
    return this.shown;
  }

  private scheduleClose(): void {
    if (this.closeTimer !== null) return;
    this.closeTimer = this.timers.setTimeout(() => {
      this.closeTimer = null;
      this.shown = null;
      this.close();
    }, this.graceMs);
  }

  private cancelOpen(): void {
    if (this.openTimer !== null) this.timers.clearTimeout(this.openTimer);
    this.openTimer = null;
    this.pending = null;
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) this.timers.clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }
}
