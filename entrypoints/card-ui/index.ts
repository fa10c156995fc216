import { registerCardUi } from '@/lib/content/card-ui';
import { CardHost } from './card-host';

/**
 * The hover card and the flag form, injected by the background into a frame whose content
 * script first needs them (why a script of its own: lib/content/card-ui.ts). It runs in the same
 * isolated world as the content script and only hands over its factory.
 */
export default defineUnlistedScript(() => {
  registerCardUi((ctx, events) => new CardHost(ctx, events));
});
