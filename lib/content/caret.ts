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
 * The one wrapper around the two point-to-caret APIs; the browsers disagree:
 * - `caretPositionFromPoint` is the standard (Firefox; Chromium since 128). Prefer it. WebKit's
 *   returned null over SVG and `-webkit-user-select: none` content (WebKit/WebKit PR #48997).
 * - `caretRangeFromPoint` is WebKit's older API, only specified in 2025 (w3c/csswg-drafts PR
 *   #12362). Safari has returned null between two characters of one text node
 *   (ashchan/safarikai#24) and the end of the previous text node for a point in the first ~60% of
 *   a node's first character (10ten's src/content/get-cursor-position.ts works around it); offsets
 *   are clamped to the node in case an engine reports one past its end.
 * - Both return the insertion point *nearest* the point: past the middle of a character they
 *   give the next offset, and between lines or beside a short line they can return text far away.
 * So the position is clamped to its node and is only a candidate: `pointInRange` must confirm that
 * the point really lies on the name's own glyph boxes before a card opens.
 */
export function caretFromPoint(x: number, y: number, doc: Document = document): CaretHit | null {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p?.offsetNode ? clamp(p.offsetNode, p.offset) : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? clamp(r.startContainer, r.startOffset) : null;
  }
  return null;
}

function clamp(node: Node, offset: number): CaretHit {
  const max = node.nodeType === Node.TEXT_NODE ? (node as Text).length : node.childNodes.length;
  return { node, offset: Math.max(0, Math.min(offset, max)) };
}

/** True when (x, y) is on one of the line boxes of [start, end) — the confirmation step above. */
export function pointInRange(range: AbstractRange, x: number, y: number, doc: Document = document): boolean {
  for (const r of toLiveRange(range, doc).getClientRects()) {
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
