import { bootStart } from './boot-time';
import { loadAliasTables } from '@/lib/content/alias-tables';
import type { AliasTables } from '@/lib/messages/alias-tables';
import { browser } from '@/lib/content/extension-api';
import { SWITCH_KEYS } from '@/lib/content/switches';
import { ALIAS_TABLES_KEY } from '@/lib/messages/alias-tables';
import { EXCLUDED_FRAME_MATCHES } from '@/lib/content/excluded-frames';
import { MIN_FRAME_HEIGHT_PX, MIN_FRAME_WIDTH_PX } from '@/lib/content/limits';
import { publishMeasure } from '@/lib/content/measure';
import { matcherFromTables } from '@/lib/match/matcher';
import { unpackTables } from '@/lib/match/compile';
import type { AliasRecords } from '@/lib/match/types';
import { PageApp } from './page-app';

/** When the bundle (Preact, the matcher) has been evaluated: bench:page reports it. */
const evaluatedAt = performance.now();

/**
 * Finds AI researchers and labs on the page and highlights them (CSS Custom Highlight API, no
 * DOM changes); hovering a name opens its card. The compact alias index comes from extension
 * storage at start (lib/content/alias-tables.ts); full records from the background when a card opens.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  excludeMatches: EXCLUDED_FRAME_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  // WXT's legacy window.postMessage announcing a new script reaches every page `message`
  // listener (wxt-dev/wxt#1938, #2035) and cost 25-30 ms here; the CustomEvent it keeps suffices.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const t0 = bootStart;
    publishMeasure('ai-talent-lens:evaluate', t0, evaluatedAt);
    if (window !== window.top && (innerWidth < MIN_FRAME_WIDTH_PX || innerHeight < MIN_FRAME_HEIGHT_PX)) {
      publishMeasure('ai-talent-lens:skipped-frame', t0, performance.now());
      return;
    }
    // The switches and the tables in one round trip to the browser process.
    const stored = browser.storage.local.get([...SWITCH_KEYS, ALIAS_TABLES_KEY]);
    // Held until the matcher is built from them, then dropped: the stored JSON and base64 texts
    // (~1.2 MB) are decoded once, and nothing may keep them alive for the life of the page.
    let tables: Promise<AliasTables> | null = stored.then(
      (items) => loadAliasTables(items[ALIAS_TABLES_KEY]),
      () => loadAliasTables(undefined),
    );
    const app = new PageApp(ctx, async () => {
      let read: AliasTables | null = await tables!;
      tables = null;
      return () => {
        const b0 = performance.now();
        const { scan, children } = read!;
        let records: string | null = read!.records;
        read = null;
        // The records are parsed only once a page holds a candidate.
        const matcher = matcherFromTables(unpackTables({ scan, children }), () => {
          const parsed = JSON.parse(records!) as AliasRecords;
          records = null;
          return parsed;
        });
        publishMeasure('ai-talent-lens:matcher-build', b0, performance.now());
        return matcher;
      };
    }, stored);
    const started = app.start();
    // start() runs synchronously up to its first await (reading the switches from storage).
    const setupMs = performance.now() - t0;
    await started;
    // Wall time includes waiting for storage and yields to the page; busyMs is our own main-thread time.
    const scan = app.lastScanStats;
    const busyMs = setupMs + (scan ? scan.totalMs - scan.yieldedMs : 0);
    publishMeasure('ai-talent-lens:init', t0, performance.now(), { busyMs, setupMs, switchesReadMs: app.switchesReadMs, scan });
  },
});
