import type { EntityType } from '../match/types';

/** Names in the page's CSS.highlights registry (tests read them from the page's main world). */
export const HIGHLIGHT_NAMES: Record<EntityType, string> = {
  person: 'ai-talent-lens-person',
  org: 'ai-talent-lens-org',
};

/**
 * True where the CSS Custom Highlight API exists (Chromium 105+, Safari 17.2+, Firefox 140+; each
 * shipped Highlight and CSS.highlights together). Asked with `in`: reading window.Highlight or
 * window.CSS makes the content script's world build those objects on every page load, which a
 * page with no names never needs.
 */
export function highlightsSupported(win: Window = window): boolean {
  return 'Highlight' in win && 'CSS' in win;
}

/**
 * Paints ranges through CSS.highlights, never by wrapping text in elements (10ten's approach).
 * The `::highlight()` styles come from entrypoints/highlight.content.css, injected by the manifest.
 */
export class Highlighter {
  /** Whether anything was painted since the last clear: until then the registry is not touched. */
  private painted = false;

  constructor(private readonly doc: Document = document) {}

  paint(byType: Record<EntityType, AbstractRange[]>): void {
    if (!this.painted && byType.person.length === 0 && byType.org.length === 0) return;
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!win || !highlightsSupported(win)) return;
    this.painted = byType.person.length > 0 || byType.org.length > 0;
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
    if (!this.painted) return;
    this.painted = false;
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!win || !highlightsSupported(win)) return;
    for (const name of Object.values(HIGHLIGHT_NAMES)) win.CSS.highlights.delete(name);
  }
}
