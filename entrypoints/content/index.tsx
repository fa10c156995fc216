import './style.css';
import aliasIndex from '@/generated/alias-index.json';
import { createMatcher } from '@/lib/match/matcher';
import type { AliasIndex } from '@/lib/match/types';
import { PageApp } from './page-app';

/**
 * Finds AI researchers and labs on the page and highlights them (CSS Custom Highlight API, no
 * DOM changes); hovering a name opens its card. The bundle carries only the compact alias
 * index; full records come from the background when a card opens.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const t0 = performance.now();
    const app = new PageApp(ctx, () => createMatcher(aliasIndex as AliasIndex));
    await app.start();
    const t1 = performance.now();
    // Read by `npm run bench:page` from the page's main world (the timeline is shared).
    try {
      performance.measure('ai-talent-lens:init', { start: t0, end: t1 });
    } catch {
      // measure() options are missing in old engines; only the benchmark reads it.
    }
  },
});
