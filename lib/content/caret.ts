/** A DOM position under a viewport point. */
export interface CaretHit {
  node: Node;
  offset: number;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * The one wrapper around the two point-to-caret APIs (the browsers disagree, as 10ten's
 * src/content/get-cursor-position.ts documents):
 * - `caretPositionFromPoint` is the standard (Firefox; Chromium since 128). Prefer it.
 * - `caretRangeFromPoint` is WebKit's older API. Safari returns the end of the *previous* text
 *   node when the point is in the first ~60% of a node's first character, and Chromium's version
 *   does not descend into text inputs (10ten works around both).
 * - Both return the insertion point *nearest* the point: past the middle of a character they
 *   give the next offset, and between lines or beside a short line they can return text far away.
 *   So this position is only a candidate: `pointInRange` must confirm the point really lies on the
 *   name's own glyph boxes before a card opens.
 */
export function caretFromPoint(x: number, y: number, doc: Document = document): CaretHit | null {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p?.offsetNode ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** True when (x, y) is on one of the line boxes of [start, end) — the confirmation step above. */
export function pointInRange(range: AbstractRange, x: number, y: number, doc: Document = document): boolean {
  const live = doc.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  for (const r of live.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/** A live Range copy of a static one (layout queries and Selection need live ranges). */
export function toLiveRange(range: AbstractRange, doc: Document = document): Range {
  const live = doc.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}
