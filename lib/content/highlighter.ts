import type { EntityType } from '../match/types';

/** Names in the page's CSS.highlights registry (tests read them from the page's main world). */
export const HIGHLIGHT_NAMES: Record<EntityType, string> = {
  person: 'ai-talent-lens-person',
  org: 'ai-talent-lens-org',
};

/*
 * ::highlight() rules must live in the page's own document: the ranges belong to it, and styles
 * inside our shadow root never reach page text. An adopted stylesheet adds them without adding
 * a node to the page's DOM. Only color/background/text-decoration apply to highlights, so marking
 * cannot change layout.
 */
const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.person}) {
  background-color: rgba(255, 200, 60, 0.32);
  text-decoration: underline dotted rgba(190, 120, 0, 0.95);
}
::highlight(${HIGHLIGHT_NAMES.org}) {
  background-color: rgba(90, 170, 255, 0.22);
  text-decoration: underline dotted rgba(40, 110, 200, 0.85);
}`;

/** True where the CSS Custom Highlight API exists (Chromium 105+, Safari 17.2+, Firefox 140+). */
export function highlightsSupported(win: Window = window): boolean {
  const w = win as Window & typeof globalThis;
  return typeof w.Highlight === 'function' && typeof w.CSS !== 'undefined' && 'highlights' in w.CSS;
}

/** Paints ranges through CSS.highlights, never by wrapping text in elements (10ten's approach). */
export class Highlighter {
  private sheet: CSSStyleSheet | null = null;

  constructor(private readonly doc: Document = document) {}

  paint(byType: Record<EntityType, AbstractRange[]>): void {
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!win || !highlightsSupported(win)) return;
    this.ensureSheet(win);
    for (const type of ['person', 'org'] as const) {
      const ranges = byType[type];
      if (ranges.length === 0) {
        win.CSS.highlights.delete(HIGHLIGHT_NAMES[type]);
        continue;
      }
      const h = new win.Highlight(...ranges);
      // Above the page's own highlights (e.g. search-result marking), below the selection.
      h.priority = 1;
      win.CSS.highlights.set(HIGHLIGHT_NAMES[type], h);
    }
  }

  clear(): void {
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!win || !highlightsSupported(win)) return;
    for (const name of Object.values(HIGHLIGHT_NAMES)) win.CSS.highlights.delete(name);
    const sheet = this.sheet;
    if (sheet && this.doc.adoptedStyleSheets.includes(sheet)) {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  }

  /** Re-adds our sheet if the page replaced document.adoptedStyleSheets wholesale. */
  private ensureSheet(win: Window & typeof globalThis): void {
    if (!this.sheet) {
      this.sheet = new win.CSSStyleSheet();
      this.sheet.replaceSync(HIGHLIGHT_CSS);
    }
    const list = this.doc.adoptedStyleSheets;
    if (!list.includes(this.sheet)) this.doc.adoptedStyleSheets = [...list, this.sheet];
  }
}
