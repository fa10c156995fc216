import { LIMITS } from '../flags/limits';
import type { TablesProblem } from '../content/alias-tables';
import type { FoundEntity } from '../content/page-scanner';

/**
 * Messages a tab's content script acts on (browser.tabs.sendMessage): from the popup, to the top
 * frame, and from the background's context menu, to the frame of the selection.
 */
export type PageMessage =
  /** What the page shows: its site (for the per-site switch) and the names found. */
  | { type: 'page/get-found' }
  /** Scroll the tab to the first mention of this entity. */
  | { type: 'page/scroll-to'; id: string }
  /** "Flag as a new person" was clicked on this selection: open the flag form with it. */
  | { type: 'content/open-flag-form'; selectionText: string };

const MAX_ENTITY_ID = 100;
const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const hasKeys = (m: object, keys: string[]) => Object.keys(m).length === keys.length && keys.every((k) => Object.hasOwn(m, k));

/**
 * The content script's one check of a message before acting on it: any extension page could
 * send one. Exact keys, capped strings, null for anything else. A plain guard, not a zod/mini
 * schema: zod/mini was a fifth of the script V8 compiles and evaluates on every page load.
 */
export function pageMessageOf(message: unknown): PageMessage | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'page/get-found':
      return hasKeys(m, ['type']) ? { type: m.type } : null;
    case 'page/scroll-to':
      return hasKeys(m, ['type', 'id']) && isString(m.id, MAX_ENTITY_ID) ? { type: m.type, id: m.id } : null;
    case 'content/open-flag-form':
      return hasKeys(m, ['type', 'selectionText']) && isString(m.selectionText, LIMITS.quoteExact)
        ? { type: m.type, selectionText: m.selectionText }
        : null;
    default:
      return null;
  }
}

export interface FoundReply {
  site: string;
  /** False while the page is switched off (site or global switch), or the browser lacks highlights. */
  active: boolean;
  entities: FoundEntity[];
  /** Set when the page cannot be scanned at all (see lib/content/alias-tables.ts). */
  problem?: TablesProblem;
  /** Why the card UI could not be loaded into this frame at the last try (lib/content/card-ui.ts). */
  cardProblem?: string;
}
