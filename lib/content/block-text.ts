import { BLOCK_TAGS, SKIPPED_TAGS, SKIPPING_ATTRIBUTES_SELECTOR, isSkippedByAttributes } from '../text/dom-rules';
import { MAX_BLOCK_CHARS, SCAN_CLOCK_EVERY } from './limits';

/**
 * The text of one block element (or of one run of it between nested blocks), concatenated across
 * its inline children so that `<b>존</b> 슐먼` or a link around half a name reads as one string.
 * `starts[i]` is the offset of `nodes[i]` inside `text`.
 */
export interface TextBlock {
  /** Nearest block-level ancestor: a rescan of that element replaces this block. */
  element: Element;
  /** The block's text; the scanner empties it once the block is known to hold no names. */
  text: string;
  nodes: Text[];
  starts: number[];
}

/** Read once: `Node.TEXT_NODE` is a property lookup on a global in the walk's hottest line. */
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Same test as `text.trim() !== ''`, without building the trimmed copy. */
const NON_SPACE = /\S/;

interface Budget {
  due(): boolean;
}

/** Is this element (with its subtree) outside what we read: scripts, form fields, editors, our own UI. */
function isSkippedElement(el: Element, isOurs: (el: Element) => boolean): boolean {
  const name = el.localName;
  if (SKIPPED_TAGS.has(name)) return true;
  // Our host is a custom element; only names with a dash can be one, which spares the call.
  if (name.includes('-') && isOurs(el)) return true;
  // `hidden` and the editing host's contenteditable drop the whole subtree. hasAttributes() first:
  // most elements have none, and it creates no NamedNodeMap wrapper.
  return el.hasAttributes() && isSkippedByAttributes((attr) => el.getAttribute(attr));
}

/** True when `node` is inside something we never read, checked upwards (for mutation targets). */
export function isInsideSkipped(node: Node, isOurs: (el: Element) => boolean): boolean {
  for (let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el, isOurs)) return true;
  }
  return false;
}

/** The element whose text a node's text joins: its nearest block-level ancestor, else <body>. */
export function closestBlock(node: Node): Element | null {
  let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && !BLOCK_TAGS.has(el.localName) && el !== el.ownerDocument.body) el = el.parentElement;
  return el;
}

/**
 * Walks one subtree and cuts its text into blocks, resumable across chunks: `run(budget)`
 * returns false when the budget ran out before the walk ended.
 *
 * A hand-written depth-first walk (firstChild / nextSibling / parentNode) rather than a
 * TreeWalker: it sees where each element ends, so the block a text node belongs to is simply the
 * innermost open block element, with no parentElement lookups and no element-keyed map per text
 * node (those cost ~1 µs per text node in a fresh page, several times the walk itself).
 */
export class BlockCollector {
  private readonly out: TextBlock[] = [];
  /** Open block elements from the root down; the last one holds the text being read. */
  private readonly openBlocks: Element[] = [];
  /*
   * The block being read lives in reused scratch arrays and becomes a TextBlock only when it is
   * closed and holds more than whitespace: about half the runs on a page are the indentation
   * between two block elements, and they cost no allocation this way.
   */
  private readonly curNodes: Text[] = [];
  private readonly curStarts: number[] = [];
  private readonly parts: string[] = [];
  private length = 0;
  /** The next node to enter, or null once the walk is over. */
  private next: Node | null;

  /**
   * Elements whose attributes hide them or make them editable, found by one querySelectorAll:
   * asking each element for three attributes costs more in a content script's isolated world,
   * where every DOM call pays for the world's wrapper lookups.
   */
  private readonly skippedByAttribute = new Set<Element>();

  constructor(
    private readonly root: Element,
    private readonly isOurs: (el: Element) => boolean,
  ) {
    this.openBlocks.push(closestBlock(root) ?? root);
    this.next = isInsideSkipped(root, isOurs) ? null : root.firstChild;
    for (const el of root.querySelectorAll(SKIPPING_ATTRIBUTES_SELECTOR)) {
      if (isSkippedByAttributes((attr) => el.getAttribute(attr))) this.skippedByAttribute.add(el);
    }
  }

  private isSkipped(el: Element, name: string): boolean {
    if (SKIPPED_TAGS.has(name)) return true;
    if (this.skippedByAttribute.size > 0 && this.skippedByAttribute.has(el)) return true;
    // Our host is a custom element; only names with a dash can be one, which spares the call.
    return name.includes('-') && this.isOurs(el);
  }

  /** Reads until the walk ends (true) or the budget is spent (false). */
  run(budget?: Budget): boolean {
    const open = this.openBlocks;
    let node = this.resumePoint();
    let n = 0;
    while (node) {
      let child: Node | null = null;
      const type = node.nodeType;
      if (type === TEXT_NODE) {
        this.addText(node as Text);
      } else if (type === ELEMENT_NODE) {
        const el = node as Element;
        const name = el.localName;
        if (!this.isSkipped(el, name)) {
          child = el.firstChild;
          if (BLOCK_TAGS.has(name)) {
            // A block element, <br> or <hr> ends the text before it; its own text is a new block.
            this.closeBlock();
            if (child) open.push(el);
          }
        }
      }
      node = child ?? this.after(node);
      if (++n % SCAN_CLOCK_EVERY === 0 && node && budget?.due()) {
        this.next = node;
        return false;
      }
    }
    this.next = null;
    this.closeBlock();
    return true;
  }

  /**
   * Where to go on after a pause. If the page removed part of the path to that node meanwhile,
   * the rest of the deepest open block still on the page is left out: the MutationObserver
   * reports that removal as a change inside that very block, which is then read again.
   */
  private resumePoint(): Node | null {
    const node = this.next;
    if (!node || this.root.contains(node)) return node;
    const open = this.openBlocks;
    this.dropRun();
    while (open.length > 1 && !this.root.contains(open[open.length - 1]!)) open.pop();
    return open.length > 1 ? this.after(open[open.length - 1]!) : null;
  }

  /** The next node in document order outside `node`'s subtree, closing the blocks it leaves. */
  private after(node: Node): Node | null {
    const open = this.openBlocks;
    // Only a resumed walk skips the rest of a block it had entered (see resumePoint).
    if (node === open[open.length - 1] && open.length > 1) {
      this.closeBlock();
      open.pop();
    }
    while (node !== this.root) {
      const sib = node.nextSibling;
      if (sib) return sib;
      const parent = node.parentNode;
      if (!parent) return null;
      node = parent;
      if (node === open[open.length - 1] && open.length > 1) {
        this.closeBlock();
        open.pop();
      }
    }
    return null;
  }

  private addText(t: Text): void {
    const data = t.data;
    if (data.length === 0) return;
    if (this.length + data.length > MAX_BLOCK_CHARS) this.closeBlock();
    this.curNodes.push(t);
    this.curStarts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
  }

  /** Forgets the run being read (its nodes left the page). */
  private dropRun(): void {
    this.curNodes.length = 0;
    this.curStarts.length = 0;
    this.parts.length = 0;
    this.length = 0;
  }

  private closeBlock(): void {
    if (this.parts.length > 0) {
      const text = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
      // Whitespace-only runs (indentation between tags) can never hold a name.
      if (NON_SPACE.test(text)) {
        const element = this.openBlocks[this.openBlocks.length - 1];
        this.out.push({ element, text, nodes: this.curNodes.slice(), starts: this.curStarts.slice() });
      }
    }
    this.dropRun();
  }

  /** The blocks read so far (complete once run() returned true). */
  get blocks(): TextBlock[] {
    return this.out;
  }
}

/** Index of the node holding text offset `offset` (the last node whose start ≤ offset). */
export function nodeIndexAt(block: TextBlock, offset: number): number {
  const s = block.starts;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The DOM range of block text [start, end). Static: a rescan rebuilds ranges after any mutation. */
export function rangeFor(block: TextBlock, start: number, end: number): StaticRange {
  const a = nodeIndexAt(block, start);
  // The end belongs to the node that holds its last character, not the one starting at `end`.
  const b = nodeIndexAt(block, Math.max(start, end - 1));
  return new StaticRange({
    startContainer: block.nodes[a],
    startOffset: start - block.starts[a],
    endContainer: block.nodes[b],
    endOffset: end - block.starts[b],
  });
}
