// zod/mini, not zod: validated in the content script on every page (see content.ts).
import * as z from 'zod/mini';
import type { TablesProblem } from '../content/alias-tables';
import type { FoundEntity } from '../content/page-scanner';
import { lazySchema } from './lazy-schema';

/**
 * Messages the popup sends to a tab's content script (browser.tabs.sendMessage, top frame).
 * The content script validates each one before acting: any extension page could send one.
 */
const pageMessage = () =>
  z.discriminatedUnion('type', [
    /** What the page shows: its site (for the per-site switch) and the names found. */
    z.strictObject({ type: z.literal('page/get-found') }),
    /** Scroll the tab to the first mention of this entity. */
    z.strictObject({ type: z.literal('page/scroll-to'), id: z.string().check(z.maxLength(100)) }),
  ]);
export const PageMessage = lazySchema(pageMessage);
export type PageMessage = z.infer<ReturnType<typeof pageMessage>>;

export interface FoundReply {
  site: string;
  /** False while the page is switched off (site or global switch), or the browser lacks highlights. */
  active: boolean;
  entities: FoundEntity[];
  /** Set when the page cannot be scanned at all (see lib/content/alias-tables.ts). */
  problem?: TablesProblem;
}
