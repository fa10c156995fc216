import { z } from 'zod';
import type { Source } from '../dataset/schema';

/** Requests answered from the full dataset the background holds (owned by the in-page subsystem). */
export const DatasetRequest = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('dataset/get-entity'), id: z.string().max(100) }),
  // The alias tables, when a content script did not find them in extension storage (reply: AliasTables).
  z.strictObject({ type: z.literal('dataset/alias-tables') }),
  // Inject the card UI script into the sending frame (lib/content/card-ui.ts says why it is separate).
  z.strictObject({ type: z.literal('ui/load-card') }),
]);

/** An org as a card names it: English name plus its Korean form when the dataset has one. */
export interface OrgRef {
  id: string;
  name: string;
  localName?: string;
}

export interface MoveView {
  from?: OrgRef;
  to?: OrgRef;
  date: string;
  role?: string;
  sources: Source[];
  unsourced: boolean;
  /** What the sources leave out or disagree on ("the source gives no year"). */
  note?: string;
}

/** The reply to `dataset/get-entity` for a person: everything the hover card shows. */
export interface PersonView {
  type: 'person';
  id: string;
  name: string;
  localName?: string;
  current?: { org?: OrgRef; role?: string };
  /** Oldest first, as in the dataset. */
  moves: MoveView[];
  note?: string;
}

export interface LabMoveView {
  person: { id: string; name: string; localName?: string };
  from?: OrgRef;
  to?: OrgRef;
  date: string;
  role?: string;
}

/** The reply to `dataset/get-entity` for a lab or company. */
export interface OrgView {
  type: 'org';
  id: string;
  name: string;
  localName?: string;
  kind: string;
  parent?: OrgRef;
  note?: string;
  /** Newest first, capped. */
  arrivals: LabMoveView[];
  departures: LabMoveView[];
}

export type EntityView = PersonView | OrgView;
