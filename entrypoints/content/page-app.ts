import { browser } from '@/lib/content/extension-api';
import type { Runtime } from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { AliasTablesError, type TablesProblem } from '@/lib/content/alias-tables';
import { LazyCardUi, isCardHost } from '@/lib/content/card-ui';
import { caretFromPoint, pointInRange } from '@/lib/content/caret';
import { Highlighter, highlightsSupported } from '@/lib/content/highlighter';
import { HoverIntent } from '@/lib/content/hover-intent';
import { RESCAN_DEBOUNCE_MS } from '@/lib/content/limits';
import { PageScanner, type MentionHit, type ScanStats } from '@/lib/content/page-scanner';
import { DISABLED_SITES_KEY, ENABLED_KEY, SWITCH_KEYS, siteOf, switchedOn } from '@/lib/content/switches';
import { quoteAround } from '@/lib/flags/quote';
import type { PageMatcher } from '@/lib/match/matcher';
import { pageMessageOf, type FoundReply } from '@/lib/messages/page';

function quietly(fn: () => void): void {
  try {
    fn();
  } catch {
    // see the caller
  }
}

const sameHit = (a: MentionHit, b: MentionHit) => a.range === b.range;

/** Alt+Shift+L: show the card for the name at the selection or caret. */
function isShortcut(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyL';
}

/**
 * Everything the content script does on one page (one frame): scan and highlight, keep up with
 * mutations and SPA navigation, hover and keyboard cards, the popup's questions, the switches.
 */
export class PageApp {
  private readonly site = siteOf(location);
  private readonly highlighter = new Highlighter(document);
  private readonly scanner: PageScanner;
  private readonly card: LazyCardUi;
  private readonly hover: HoverIntent<MentionHit>;
  private observer: MutationObserver | null = null;
  private active = false;
  private pendingNodes = new Set<Node>();
  private debounceTimer: number | null = null;
  private firstPendingAt = 0;
  private pointer: { x: number; y: number } | null = null;
  private pointerFrame = false;
  /** Builds the matcher unless built; true if it did. */
  private readonly prepareMatcher: () => boolean;
  /** The matcher's builder, once its tables have arrived (see start()). */
  private buildMatcher: (() => PageMatcher) | null = null;

  /**
   * @param loadMatcher fetches what the matcher needs and resolves to its builder: the build
   *   itself is one synchronous step, which the scanner gives a task of its own.
   * @param firstRead the switches as read from storage.local at start, in the same round trip as
   *   the alias tables (entrypoints/content/index.tsx); later changes are read again.
   */
  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly loadMatcher: () => Promise<() => PageMatcher>,
    private firstRead: Promise<Record<string, unknown>> | null,
  ) {
    this.card = new LazyCardUi(ctx, {
      onPointerOnCard: (on) => this.hover.pointerOnCard(on),
      onClose: () => this.hover.dismiss(),
    });
    // Built on first use: the scanner builds it in a task of its own once the tables have arrived.
    let built: PageMatcher | null = null;
    const get = () => {
      if (built) return built;
      if (!this.buildMatcher) throw new Error('The matcher was used before its tables arrived.');
      return (built = this.buildMatcher());
    };
    this.prepareMatcher = () => {
      if (built) return false;
      get();
      return true;
    };
    this.scanner = new PageScanner(
      { findCandidates: (t) => get().findCandidates(t), resolveInSteps: (b) => get().resolveInSteps(b) },
      this.highlighter,
      isCardHost,
      () => !this.active || ctx.isInvalid,
      document,
      this.prepareMatcher,
    );
    this.hover = new HoverIntent<MentionHit>(
      sameHit,
      (hit) => this.card.show(hit, false),
      () => this.card.hide(),
      { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
    );
  }

  /** Wires listeners and runs the first scan; resolves when that scan has painted. */
  async start(): Promise<void> {
    const ctx = this.ctx;
    ctx.onInvalidated(() => this.stop());
    ctx.addEventListener(document, 'mousemove', (e) => this.onPointerMove(e), { passive: true });
    // The pointer left the window: relatedTarget is null only then.
    ctx.addEventListener(document, 'mouseout', (e) => {
      if (!e.relatedTarget) this.hover.pointerAt(null);
    }, { passive: true });
    ctx.addEventListener(document, 'keydown', (e) => this.onKeyDown(e), { capture: true });
    ctx.addEventListener(window, 'scroll', (e) => this.onScroll(e), { capture: true, passive: true });
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (this.active) void this.scanner.scanAll();
    });
    browser.runtime.onMessage.addListener(this.onMessage);
    browser.storage.onChanged.addListener(this.onStorageChanged);
    ctx.onInvalidated(() => {
      // Extension APIs throw "Extension context invalidated" once the extension reloaded; the
      // listeners die with the old context anyway, so a failed removal is nothing to report.
      quietly(() => browser.runtime.onMessage.removeListener(this.onMessage));
      quietly(() => browser.storage.onChanged.removeListener(this.onStorageChanged));
    });
    this.startedAt = performance.now();
    const switches = this.readSwitches();
    // Both come from extension storage, round trips to the browser process that overlap.
    this.matcherReady = this.loadMatcher().then((build) => {
      this.buildMatcher = build;
    });
    await this.applySwitches(switches);
  }

  /** Settles when the matcher can be built; a rejection says why it cannot (shown once, in the console). */
  private matcherReady: Promise<void> = Promise.resolve();

  private readonly onStorageChanged = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && (ENABLED_KEY in changes || DISABLED_SITES_KEY in changes)) void this.applySwitches();
  };

  private async readSwitches(): Promise<boolean> {
    if (!highlightsSupported()) return false;
    const read = this.firstRead ?? browser.storage.local.get([...SWITCH_KEYS]);
    this.firstRead = null;
    // Storage that cannot be read leaves the switches at their defaults: on.
    return switchedOn(await read.catch(() => ({})), this.site);
  }

  /** Turns scanning on or off to match the global and per-site switches. */
  private async applySwitches(switches: Promise<boolean> = this.readSwitches()): Promise<void> {
    if (this.ctx.isInvalid) return;
    const turn = ++this.switchTurns;
    const on = await switches;
    this.switchesReadMs ??= performance.now() - this.startedAt;
    if (on === this.active) return;
    if (!on) {
      this.stop();
      return;
    }
    try {
      await this.matcherReady;
    } catch (e) {
      // The page stays as it was; the popup says why, and the console once.
      if (!this.loadProblem) console.warn(e instanceof Error ? e.message : e);
      this.loadProblem = e instanceof AliasTablesError ? e.problem : 'tables-unavailable';
      return;
    }
    // A later switch change (or an update) wins over this one.
    if (turn !== this.switchTurns || this.ctx.isInvalid || this.active) return;
    this.active = true;
    this.observe();
    await this.scanner.scanAll();
  }

  private switchTurns = 0;
  private loadProblem: TablesProblem | undefined;

  private stop(): void {
    this.active = false;
    this.observer?.disconnect();
    this.observer = null;
    this.pendingNodes.clear();
    this.hover.dismiss();
    this.scanner.clear();
    this.card.destroy();
  }

  /** Resolves once every queued scan has painted (tests and the benchmark wait on it). */
  settled(): Promise<void> {
    return this.scanner.settled();
  }

  /** Wall time from start() until the switches were known (and the matcher built), for the benchmark. */
  switchesReadMs: number | undefined;
  private startedAt = 0;

  /** Figures of the last full scan, or null if none ran (switched off). */
  get lastScanStats(): ScanStats | null {
    return this.scanner.lastStats;
  }

  // --- mutations -------------------------------------------------------------------------

  private observe(): void {
    if (this.observer || !document.body) return;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      // Our own UI (the card host and everything in it) never causes a rescan.
      if (this.card.isOurs(r.target)) continue;
      if (r.type === 'characterData') {
        this.pendingNodes.add(r.target);
        continue;
      }
      r.addedNodes.forEach((n) => {
        if (!this.card.isOurs(n)) this.pendingNodes.add(n);
      });
      if (r.removedNodes.length > 0) {
        let ours = true;
        r.removedNodes.forEach((n) => {
          if (!(n instanceof Element && isCardHost(n))) ours = false;
        });
        if (!ours) this.pendingNodes.add(r.target);
      }
    }
    if (this.pendingNodes.size === 0) return;
    // Debounced, with a ceiling so that a page mutating every few ms (a ticker) still gets scanned.
    const now = performance.now();
    if (this.debounceTimer === null) this.firstPendingAt = now;
    else clearTimeout(this.debounceTimer);
    const wait = Math.max(0, Math.min(RESCAN_DEBOUNCE_MS, this.firstPendingAt + 4 * RESCAN_DEBOUNCE_MS - now));
    this.debounceTimer = this.ctx.setTimeout(() => {
      this.debounceTimer = null;
      const nodes = [...this.pendingNodes];
      this.pendingNodes.clear();
      if (this.active) void this.scanner.rescan(nodes);
    }, wait);
  }

  // --- hover -----------------------------------------------------------------------------

  private onPointerMove(e: MouseEvent): void {
    // Reading isInvalid is what notices an extension update or removal (it fires onInvalidated,
    // which stops everything); the first pointer move after one is enough.
    if (!this.active || this.ctx.isInvalid) return;
    if (this.card.isOurs(e.target)) return; // the card's own pointerenter/leave handle it
    this.pointer = { x: e.clientX, y: e.clientY };
    if (this.pointerFrame) return;
    this.pointerFrame = true;
    // One hit test per frame at most: mousemove can fire several times per frame.
    this.ctx.requestAnimationFrame(() => {
      this.pointerFrame = false;
      const p = this.pointer;
      if (!p) return;
      const hit = this.hitAt(p.x, p.y);
      if (hit) void this.card.prefetch();
      this.hover.pointerAt(hit);
    });
  }

  private hitAt(x: number, y: number): MentionHit | null {
    if (this.scanner.mentionCount === 0) return null;
    const caret = caretFromPoint(x, y);
    if (!caret) return null;
    for (const hit of this.scanner.mentionsAt(caret.node, caret.offset)) {
      if (pointInRange(hit.range, x, y)) return hit;
    }
    return null;
  }

  private onScroll(e: Event): void {
    if (this.card.isOurs(e.target)) return; // scrolling inside the card keeps it
    this.hover.dismiss();
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (!this.active || this.ctx.isInvalid) return;
    if (e.key === 'Escape' && this.hover.current) {
      this.hover.dismiss();
      return;
    }
    if (!isShortcut(e)) return;
    const hit = this.hitAtSelection();
    if (!hit) return;
    e.preventDefault();
    e.stopPropagation();
    this.hover.markShown(hit);
    this.card.show(hit, true);
  }

  /** The name at the selection's start (or end), or at the caret when nothing is selected. */
  private hitAtSelection(): MentionHit | null {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0) return null;
    const r = sel.getRangeAt(0);
    for (const [node, offset] of [
      [r.startContainer, r.startOffset],
      [r.endContainer, r.endOffset],
    ] as const) {
      const hits = this.scanner.mentionsAt(node, offset);
      if (hits.length > 0) return hits[0];
    }
    return null;
  }

  // --- messages --------------------------------------------------------------------------

  /**
   * Answers through sendResponse (and `true`) rather than a returned promise: the one form that
   * both the browser's own `browser` and MV3's `chrome` accept (lib/content/extension-api.ts).
   * A message it does not answer returns undefined, so that another frame may (the type allows
   * only `true`).
   */
  private readonly onMessage = ((message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): true | undefined => {
    const reply = this.replyTo(message);
    if (!reply) return undefined;
    void reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  }) as Runtime.OnMessageListenerCallback;

  private replyTo(message: unknown): Promise<unknown> | undefined {
    if (this.ctx.isInvalid) return undefined;
    const msg = pageMessageOf(message);
    if (!msg) return undefined;
    if (msg.type === 'content/open-flag-form') {
      this.openFlagForm(msg.selectionText);
      return Promise.resolve({ ok: true });
    }
    // The popup talks to the top frame only; iframes stay silent so the top frame answers.
    if (window !== window.top) return undefined;
    if (msg.type === 'page/get-found') {
      return this.scanner.settled().then((): FoundReply => ({ site: this.site, active: this.active, entities: this.active ? this.scanner.found() : [], problem: this.loadProblem, cardProblem: this.card.problem ?? undefined }));
    }
    return Promise.resolve(this.scrollTo(msg.id));
  }

  private scrollTo(id: string): boolean {
    const first = this.scanner.firstMention(id);
    if (!first) return false;
    const el = first.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    return true;
  }

  private openFlagForm(selectionText: string): void {
    const sel = document.getSelection();
    let quote;
    if (sel && sel.rangeCount > 0) {
      const r = sel.getRangeAt(0);
      const text = r.startContainer.textContent ?? '';
      if (r.startContainer === r.endContainer && text.slice(r.startOffset, r.endOffset) === selectionText && selectionText.length > 0) {
        quote = quoteAround(text, r.startOffset, r.endOffset);
      }
    }
    this.card.openFlagForm(selectionText.trim(), quote);
  }
}


