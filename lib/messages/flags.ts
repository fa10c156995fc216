import { z } from 'zod';
import { LIMITS } from '../flags/limits';
import { FlagStatus } from '../flags/schema';

const FlagId = z.uuid();

/** Requests to the flag store in the background (owned by the flags subsystem; handlers in lib/background/flags.ts). */
export const FlagRequest = z.discriminatedUnion('type', [
  /** Live flags about one person: by dataset id, or by name for people the dataset lacks. */
  z.strictObject({ type: z.literal('flags/list-for-person'), personId: z.string().max(100), personName: z.string().max(LIMITS.name).optional() }),
  z.strictObject({ type: z.literal('flags/list') }),
  /**
   * `draft` is checked against FlagDraft by the handler, not here, so the reply can name each
   * wrong field for the form (which has no zod of its own in the content script).
   */
  z.strictObject({ type: z.literal('flags/create'), draft: z.unknown() }),
  z.strictObject({ type: z.literal('flags/edit'), id: FlagId, draft: z.unknown() }),
  z.strictObject({ type: z.literal('flags/set-status'), id: FlagId, status: FlagStatus }),
  z.strictObject({ type: z.literal('flags/delete'), id: FlagId }),
  /** The dataset's orgs for the form's pickers, plus from/to guesses from the quoted sentence. */
  z.strictObject({ type: z.literal('flags/form-context'), sentence: z.string().max(LIMITS.quoteExact + 2 * LIMITS.quoteContext) }),
  z.strictObject({ type: z.literal('flags/get-settings') }),
  z.strictObject({ type: z.literal('flags/set-author'), name: z.string().trim().min(1).max(LIMITS.name) }),
  /** Sent by the options page after it stored a new sync mode or handle in IndexedDB. */
  z.strictObject({ type: z.literal('flags/sync-target-changed') }),
  z.strictObject({ type: z.literal('flags/sync-now') }),
  z.strictObject({ type: z.literal('flags/sync-status') }),
  z.strictObject({ type: z.literal('flags/export') }),
  /** The page refuses files over the limit before reading them; the background checks again. */
  z.strictObject({
    type: z.literal('flags/import'),
    fileName: z.string().min(1).max(255),
    byteSize: z.number().int().min(0),
    text: z.string().max(LIMITS.sharedFileBytes),
  }),
]);
