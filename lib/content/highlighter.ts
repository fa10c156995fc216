import type { EntityType } from '../match/types';

/** Names in the page's CSS.highlights registry (tests read them from the page's main world). */
export const HIGHLIGHT_NAMES: Record<EntityType, string> = {
  person: 'ai-talent-lens-person',
  org: 'ai-talent-lens-org',
};

/** True where the CSS Custom Highlight API exists (Chromium 105+, Safari 17.2+, Firefox 140+). */
export function highlightsSupported(win: Window = window): boolean {
  const w = win as Window & typeof globalThis;
  return typeof w.Highlight === 'function' && typeof w.CSS !== 'undefined' && 'highlights' in w.CSS;
}

/**
 * Paints ranges through CSS.highlights, never by wrapping text in elements (10ten's approach).
 * The `::highlight()` styles come from entrypoints/highlight.content.css, injected by the manifest.
 */
export class Highlighter {
  constructor(private readonly doc: Document = document) {}

  paint(byType: Record<EntityType, AbstractRange[]>): void {
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!win || !highlightsSupported(win)) return;
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
  }
}
