import { mayHoldFamilyName } from '../match/korean-title-coref';
import type { Candidate, PageMatcher } from '../match/matcher';

/** What the scanner asks of the matcher (the page-level half of its API). */
export type BlockMatcher = Pick<PageMatcher, 'findCandidates' | 'resolveInSteps'>;
import type { EntityType, Mention } from '../match/types';
import { BlockCollector, closestBlock, isInsideSkipped, rangeFor, type TextBlock } from './block-text';
import type { Highlighter } from './highlighter';
import { MAX_BLOCKS, MAX_MENTIONS, SCAN_CLOCK_EVERY } from './limits';
import { publishMeasure } from './measure';
import { Cancelled, ChunkClock } from './scheduler';

/** One block with what the matcher found in it. */
export interface ScannedBlock {
  block: TextBlock;
  candidates: Candidate[];
  mentions: Mention[];
  ranges: StaticRange[];
}

/** A name found on the page, for the popup. */
export interface FoundEntity {
  id: string;
  type: EntityType;
  name: string;
  /** The first form the page used. */
  text: string;
  count: number;
}

/** What the hit test found: the mention and its range. */
export interface MentionHit {
  mention: Mention;
  range: StaticRange;
  /** The text of the block the mention is in (for a quote with context). */
  blockText: string;
}

/** Timings of the last full scan, published as performance measures for the benchmark. */
export interface ScanStats {
  blocks: number;
  mentions: number;
  /** Longest chunk of our work between two yields; the matcher build is measured on its own. */
  longestChunkMs: number;
  chunks: number;
  /** Wall time between chunks, when the page had the main thread. */
  yieldedMs: number;
  totalMs: number;
  /** Wall time per phase, yields included. */
  phases: Record<'collect' | 'visible' | 'candidates' | 'resolvePaint', number>;
  /** Time inside matcher.findCandidates/resolve (its build is measured separately). */
  matcherMs: number;
  /** Finding the on-screen blocks (reads layout; forces it if the page has not laid out yet). */
  visibleSpanMs: number;
}

/**
 * Owns the page's scan state: block text, candidates per block, page-level resolution and the
 * ranges painted. All work runs in chunks of a few ms (see scheduler.ts); a newer job cancels an
 * older one, and rescans of mutated subtrees run one at a time after the current job.
 */
export class PageScanner {
  private states: ScannedBlock[] = [];
  /** Blocks by their element, for the hit test; built on first use after each change. */
  private byElement: Map<Element, ScannedBlock[]> | null = null;
  private generation = 0;
  private running: Promise<void> = Promise.resolve();
  private dirty = new Set<Element>();
  lastStats: ScanStats | null = null;
  /**
   * Mentions painted by the last paint (0 once cleared). The pointer's hit test reads it to skip
   * caret lookups, which need fresh layout, on the many pages without a name.
   */
  mentionCount = 0;
  /** Running total of time spent inside the matcher, for ScanStats. */
  private matcherMs = 0;

  constructor(
    private readonly matcher: BlockMatcher,
    private readonly highlighter: Highlighter,
    private readonly isOurs: (el: Element) => boolean,
    private readonly isStopped: () => boolean,
    private readonly doc: Document,
    /** Builds the matcher if it is not built yet (its one long synchronous step); true if it did. */
    private readonly prepareMatcher: () => boolean,
  ) {}

  /** Scans the whole document, visible blocks first. Supersedes every queued or running job. */
  scanAll(): Promise<void> {
    const gen = ++this.generation;
    this.dirty.clear();
    this.running = this.running.catch(() => {}).then(() => this.fullScan(gen)).catch(swallowCancel);
    return this.running;
  }

  /** Queues a rescan of subtrees a MutationObserver reported. */
  rescan(targets: Iterable<Node>): Promise<void> {
    for (const t of targets) {
      if (!t.isConnected || isInsideSkipped(t, this.isOurs)) continue;
      const block = closestBlock(t);
      if (block) this.dirty.add(block);
    }
    const gen = this.generation;
    this.running = this.running.catch(() => {}).then(() => this.partialScan(gen)).catch(swallowCancel);
    return this.running;
  }

  /** Drops every highlight and all state (switched off, or the extension context is gone). */
  clear(): void {
    this.generation++;
    this.dirty.clear();
    this.setStates([]);
    this.mentionCount = 0;
    this.highlighter.clear();
  }

  /** Waits until every queued job has run. */
  settled(): Promise<void> {
    return this.running;
  }

  /** The mentions whose text covers DOM position (node, offset); the caller confirms with geometry. */
  mentionsAt(node: Node, offset: number): MentionHit[] {
    if (node.nodeType !== Node.TEXT_NODE) return [];
    const element = closestBlock(node);
    if (!element) return [];
    if (!this.byElement) {
      this.byElement = new Map();
      for (const s of this.states) {
        const list = this.byElement.get(s.block.element);
        if (list) list.push(s);
        else this.byElement.set(s.block.element, [s]);
      }
    }
    let state: ScannedBlock | undefined;
    let index = -1;
    for (const s of this.byElement.get(element) ?? []) {
      index = s.block.nodes.indexOf(node as Text);
      if (index >= 0) {
        state = s;
        break;
      }
    }
    if (!state) return [];
    const at = state.block.starts[index] + offset;
    const hits: MentionHit[] = [];
    state.mentions.forEach((m, i) => {
      if (m.start <= at && at <= m.end) hits.push({ mention: m, range: state!.ranges[i], blockText: state!.block.text });
    });
    return hits;
  }

  /** Names on the page with counts, most frequent first. */
  found(): FoundEntity[] {
    const byId = new Map<string, FoundEntity>();
    for (const s of this.states) {
      for (const m of s.mentions) {
        const f = byId.get(m.id);
        if (f) f.count++;
        else byId.set(m.id, { id: m.id, type: m.type, name: m.name, text: m.text, count: 1 });
      }
    }
    return [...byId.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }

  /** The first mention of an entity in document order. */
  firstMention(id: string): MentionHit | null {
    for (const s of this.states) {
      const i = s.mentions.findIndex((m) => m.id === id);
      if (i >= 0) return { mention: s.mentions[i], range: s.ranges[i], blockText: s.block.text };
    }
    return null;
  }

  private setStates(states: ScannedBlock[]): void {
    this.states = states;
    this.byElement = null;
  }

  private clock(gen: number): ChunkClock {
    return new ChunkClock(() => gen !== this.generation || this.isStopped());
  }

  private async fullScan(gen: number): Promise<void> {
    if (gen !== this.generation || this.isStopped()) return;
    const t0 = performance.now();
    this.matcherMs = 0;
    const clock = this.clock(gen);
    const body = this.doc.body;
    if (!body) return;
    const collector = new BlockCollector(body, this.isOurs);
    while (!collector.run(clock)) await clock.next();
    const blocks = collector.blocks.slice(0, MAX_BLOCKS);
    const states: ScannedBlock[] = blocks.map((block) => ({ block, candidates: [], mentions: [], ranges: [] }));
    this.setStates(states);
    const tCollected = performance.now();

    // Building the matcher is one synchronous step: give it a task of its own, and none at all
    // to a page without text.
    if (states.length > 0) {
      if (clock.due()) await clock.next();
      const longestBefore = clock.longest;
      if (this.prepareMatcher()) {
        await clock.next();
        // The build is reported on its own (the matcher-build measure); longestChunkMs is ours.
        clock.longest = longestBefore;
      }
    }

    // Visible blocks first: match and paint them, then the rest of the page.
    const tv = performance.now();
    const [from, to] = this.visibleSpan(blocks);
    const visibleSpanMs = performance.now() - tv;
    const visible = states.slice(from, to);
    await this.findCandidates(visible, clock);
    if (visible.length > 0 && visible.length < states.length) await this.resolveAndPaint(visible, clock);
    const tVisible = performance.now();
    await this.findCandidates(states.slice(0, from), clock);
    await this.findCandidates(states.slice(to), clock);
    const tCandidates = performance.now();
    await this.resolveAndPaint(states, clock);
    clock.finish();
    const t1 = performance.now();
    this.lastStats = {
      blocks: states.length,
      mentions: states.reduce((n, s) => n + s.mentions.length, 0),
      longestChunkMs: clock.longest,
      chunks: clock.chunks,
      yieldedMs: clock.yieldedMs,
      totalMs: t1 - t0,
      phases: { collect: tCollected - t0, visible: tVisible - tCollected, candidates: tCandidates - tVisible, resolvePaint: t1 - tCandidates },
      matcherMs: this.matcherMs,
      visibleSpanMs,
    };
    publishMeasure('ai-talent-lens:scan', t0, t1, this.lastStats);
  }

  private async partialScan(gen: number): Promise<void> {
    if (gen !== this.generation || this.isStopped() || this.dirty.size === 0) return;
    const clock = this.clock(gen);
    const roots = outermost([...this.dirty]);
    this.dirty.clear();
    // Blocks whose text nodes left the page go; blocks inside a dirty root are read again.
    let states = this.states.filter((s) => s.block.nodes.every((n) => n.isConnected));
    for (const root of roots) {
      if (!root.isConnected) continue;
      const collector = new BlockCollector(root, this.isOurs);
      while (!collector.run(clock)) await clock.next();
      const fresh: ScannedBlock[] = collector.blocks.map((block) => ({ block, candidates: [], mentions: [], ranges: [] }));
      await this.findCandidates(fresh, clock);
      states = spliceSubtree(states, root, fresh);
    }
    this.setStates(states.slice(0, MAX_BLOCKS));
    await this.resolveAndPaint(this.states, clock);
  }

  private async findCandidates(states: ScannedBlock[], clock: ChunkClock): Promise<void> {
    // Timed per stretch between clock reads, not per block: two clock reads per block cost about
    // as much as matching a short paragraph. The loop's own bookkeeping counts as matcher time.
    let m0 = performance.now();
    for (let i = 0; i < states.length; i++) {
      const s = states[i];
      s.candidates = this.matcher.findCandidates(s.block.text);
      // Text without candidates is never needed again (resolve, quotes and the popup only look at
      // blocks with names), so the page's text is not kept twice in memory; unless it may hold a
      // family name and title ("이 CAIO는"), which resolve reads for people named elsewhere.
      if (s.candidates.length === 0 && !mayHoldFamilyName(s.block.text)) s.block.text = '';
      if (i % SCAN_CLOCK_EVERY === 0 && clock.due()) {
        this.matcherMs += performance.now() - m0;
        await clock.next();
        m0 = performance.now();
      }
    }
    this.matcherMs += performance.now() - m0;
  }

  /** Page-level resolution (short names and ambiguous aliases need the whole page), then paint. */
  private async resolveAndPaint(states: ScannedBlock[], clock: ChunkClock): Promise<void> {
    const toResolve = states.filter((s) => s.candidates.length > 0 || s.block.text !== '');
    // Without a candidate there is nothing to resolve, and most pages on the web name nobody:
    // they need not pay V8 for compiling the resolver (a content script is compiled cold each time).
    const resolved = toResolve.some((s) => s.candidates.length > 0) ? await this.resolve(toResolve, clock) : [];
    if (clock.due()) await clock.next();
    const byType: Record<EntityType, StaticRange[]> = { person: [], org: [] };
    let total = 0;
    for (const s of states) {
      s.mentions = [];
      s.ranges = [];
    }
    for (let i = 0; i < toResolve.length && total < MAX_MENTIONS; i++) {
      const s = toResolve[i];
      s.mentions = (resolved[i] ?? []).slice(0, MAX_MENTIONS - total);
      s.ranges = s.mentions.map((m) => rangeFor(s.block, m.start, m.end));
      s.mentions.forEach((m, j) => byType[m.type].push(s.ranges[j]));
      total += s.mentions.length;
      if (i % SCAN_CLOCK_EVERY === 0 && clock.due()) await clock.next();
    }
    clock.check();
    this.mentionCount = total;
    this.highlighter.paint(byType);
  }

  /** The page-level resolve, paused between its steps whenever a chunk is due (40-65 ms cold on bench:page). */
  private async resolve(toResolve: ScannedBlock[], clock: ChunkClock): Promise<Mention[][]> {
    const steps = this.matcher.resolveInSteps(toResolve.map((s) => ({ text: s.block.text, candidates: s.candidates })));
    let m0 = performance.now();
    let step = steps.next();
    while (!step.done) {
      if (clock.due()) {
        this.matcherMs += performance.now() - m0;
        await clock.next();
        m0 = performance.now();
      }
      step = steps.next();
    }
    this.matcherMs += performance.now() - m0;
    return step.value;
  }

  /**
   * [from, to) of the blocks on screen. Blocks come in document order, which is mostly
   * top-to-bottom, so a binary search finds the first one reaching into the viewport.
   */
  private visibleSpan(blocks: TextBlock[]): [number, number] {
    const win = this.doc.defaultView;
    if (!win || blocks.length === 0) return [0, 0];
    const height = win.innerHeight;
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid].element.getBoundingClientRect().bottom < 0) lo = mid + 1;
      else hi = mid;
    }
    let to = lo;
    while (to < blocks.length && to - lo < 2000 && blocks[to].element.getBoundingClientRect().top < height) to++;
    return [lo, to];
  }
}

function swallowCancel(e: unknown): void {
  if (!(e instanceof Cancelled)) throw e;
}

/** Drops roots inside other roots, so each subtree is read once. */
function outermost(roots: Element[]): Element[] {
  return roots.filter((r) => !roots.some((o) => o !== r && o.contains(r)));
}

/**
 * Replaces the blocks inside `root` (contiguous in document order) by `fresh`; a root with no
 * blocks yet goes where document order puts it.
 */
function spliceSubtree(states: ScannedBlock[], root: Element, fresh: ScannedBlock[]): ScannedBlock[] {
  let first = -1;
  let last = -1;
  states.forEach((s, i) => {
    if (root.contains(s.block.element)) {
      if (first < 0) first = i;
      last = i;
    }
  });
  if (first >= 0) return [...states.slice(0, first), ...fresh, ...states.slice(last + 1)];
  let lo = 0;
  let hi = states.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const pos = root.compareDocumentPosition(states[mid].block.nodes[0]);
    if (pos & Node.DOCUMENT_POSITION_FOLLOWING) hi = mid;
    else lo = mid + 1;
  }
  return [...states.slice(0, lo), ...fresh, ...states.slice(lo)];
}
