// zod/mini, not zod: this schema runs in the card UI a page loads (entrypoints/card-ui/), where
// full zod would add about 65 kB and its start-up cost. The sender uses the same schema's type.
import * as z from 'zod/mini';
import { LIMITS } from '../flags/limits';
import { lazySchema } from './lazy-schema';

/**
 * Messages the background sends to a page's card UI (browser.tabs.sendMessage), validated before
 * acting: any extension page could send one. The content script's own: lib/messages/page.ts.
 */

/** Flags about these people changed (a local edit or a sync): open cards refresh. Empty means "refresh all". */
const flagsChangedMessage = () =>
  z.strictObject({
    type: z.literal('content/flags-changed'),
    personIds: z.array(z.string().check(z.maxLength(LIMITS.name + 'name:'.length))).check(z.maxLength(10_000)), // see lib/flags/person-key.ts
  });
export const FlagsChangedMessage = lazySchema(flagsChangedMessage);
export type FlagsChangedMessage = z.infer<ReturnType<typeof flagsChangedMessage>>;
