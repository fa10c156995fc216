/**
 * A performance measure the page's main world can read: `npm run bench:page` and the e2e tests
 * read the content script's timings there (content scripts share the page's performance timeline).
 */
export function publishMeasure(name: string, start: number, end: number, detail?: unknown): void {
  try {
    performance.measure(name, { start, end, detail });
  } catch {
    // Old engines without the options form: the measures are for benchmarks only.
  }
}
