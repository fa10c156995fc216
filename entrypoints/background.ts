import { dispatch } from '@/lib/background/router';
import '@/lib/background/alias-tables';
import '@/lib/background/card-ui';
import '@/lib/background/dataset';
import '@/lib/background/flags';

export default defineBackground(() => {
  // Subsystems register their handlers with `handle()` from lib/background/router.ts;
  // import their registration modules here.
  browser.runtime.onMessage.addListener((message, sender) =>
    dispatch(message, { tabId: sender.tab?.id, frameId: sender.frameId, documentId: sender.documentId, url: sender.url }),
  );
});
