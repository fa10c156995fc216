import { browser } from 'wxt/browser';
import { handle } from './router';

/** The card UI script's path in the build (entrypoints/card-ui/, an unlisted script). */
const CARD_UI_SCRIPT = '/card-ui.js';

/**
 * Injects the card UI into the frame that asks (why it is not in the content script:
 * lib/content/card-ui.ts). It joins that frame's isolated world, beside the content script.
 */
handle('ui/load-card', async (_req, sender) => {
  if (sender.tabId === undefined) throw new Error('Only a page can load the card.');
  const target =
    sender.documentId !== undefined
      ? { tabId: sender.tabId, documentIds: [sender.documentId] }
      : { tabId: sender.tabId, frameIds: [sender.frameId ?? 0] };
  await browser.scripting.executeScript({ target, files: [CARD_UI_SCRIPT] });
  return true;
});
