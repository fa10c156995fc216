// zod/mini, not zod: these schemas run in the content script on every page, where full zod
// would add about 65 kB and its start-up cost. The senders use the same schemas' types.
import * as z from 'zod/mini';
import { LIMITS } from '../flags/limits';
import { lazySchema } from './lazy-schema';

/**
 * Messages the background sends to content scripts (browser.tabs.sendMessage). The content
 * script validates them with these schemas before acting: any extension page could send one.
 */

/** The "Flag as a new person" context-menu item was clicked on a selection in this tab. */
const openFlagFormMessage = () =>
  z.strictObject({
    type: z.literal('content/open-flag-form'),
    selectionText: z.string().check(z.maxLength(LIMITS.quoteExact)),
  });
export const OpenFlagFormMessage = lazySchema(openFlagFormMessage);
export type OpenFlagFormMessage = z.infer<ReturnType<typeof openFlagFormMessage>>;

/** Flags about these people changed (a local edit or a sync): open cards refresh. Empty means "refresh all". */
const flagsChangedMessage = () =>
  z.strictObject({
    type: z.literal('content/flags-changed'),
    personIds: z.array(z.string().check(z.maxLength(LIMITS.name + 'name:'.length))).check(z.maxLength(10_000)), // see lib/flags/person-key.ts
  });
export const FlagsChangedMessage = lazySchema(flagsChangedMessage);
export type FlagsChangedMessage = z.infer<ReturnType<typeof flagsChangedMessage>>;
