/**
 * Reads our highlights from the page's main world: CSS.highlights is one registry per document,
 * shared by the page and the content script's isolated world.
 */
import type { Page } from 'playwright-core';

export interface PaintedRange {
  type: 'person' | 'org';
  text: string;
  /** id of the nearest element with an id, for locating a range in a fixture. */
  at: string | null;
}

export const HIGHLIGHT_PERSON = 'ai-talent-lens-person';
export const HIGHLIGHT_ORG = 'ai-talent-lens-org';

export function paintedRanges(page: Page, frame?: { evaluate: Page['evaluate'] }): Promise<PaintedRange[]> {
  const target = frame ?? page;
  return target.evaluate(
    ([person, org]) => {
      const out: { type: 'person' | 'org'; text: string; at: string | null }[] = [];
      for (const [name, type] of [
        [person, 'person'],
        [org, 'org'],
      ] as const) {
        const h = CSS.highlights.get(name);
        if (!h) continue;
        for (const r of h as unknown as Iterable<AbstractRange>) {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          const el = (r.startContainer.nodeType === 1 ? (r.startContainer as Element) : r.startContainer.parentElement)?.closest('[id]');
          out.push({ type, text: live.toString(), at: el?.id ?? null });
        }
      }
      return out;
    },
    [HIGHLIGHT_PERSON, HIGHLIGHT_ORG] as const,
  );
}

/** Waits until the highlight registry satisfies `pred` (the scan runs in idle-time chunks). */
export async function waitForPainted(
  page: Page,
  pred: (ranges: PaintedRange[]) => boolean,
  timeoutMs = 15_000,
  frame?: { evaluate: Page['evaluate'] },
): Promise<PaintedRange[]> {
  const until = Date.now() + timeoutMs;
  let last: PaintedRange[] = [];
  while (Date.now() < until) {
    last = await paintedRanges(page, frame);
    if (pred(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`highlights never matched; last seen: ${JSON.stringify(last.slice(0, 20))}`);
}
