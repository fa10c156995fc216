/**
 * `npm run bench:page`: the in-page scan in real Chromium with the built extension, on a large
 * generated news page (≥ 10k text nodes, ≥ 1 MB of mixed Korean/English text, names throughout).
 * Prints ratios against baselines measured in the same run: mark.js with the same alias list, and
 * a bare TreeWalker pass. Also the longest main-thread task during our scan, the content script's
 * init time on a page with no names, and the JS heap it adds. Figures, not pass/fail tests.
 * `--init-baseline DIR` compares only the init against another built extension, in one run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveDirectory, type ExtensionBrowser, type StaticServer } from '../tests/e2e/helpers/launch';
import type { AliasIndex } from '../lib/match/types';

const RUNS = 3;
const MARKJS_BUDGET_MS = 120_000;
const MARKJS_SAMPLE = 100;

// --- the page ----------------------------------------------------------------------------

/** Small deterministic PRNG (mulberry32), so every run scans the same page. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const ENGLISH = [
  'Investors are watching where senior researchers go next, because talent moves ahead of products.',
  'The company declined to comment on compensation, which people familiar with the talks put in the tens of millions.',
  'Several members of the alignment team left within weeks of each other, according to people briefed on the matter.',
  'Analysts said the hiring spree would raise costs across the sector for at least another year.',
  'The lab said it would keep publishing research even as competition for engineers intensifies.',
  'Recruiters describe a market in which a handful of people can change a company’s roadmap.',
];

function koreanSentences(): string[] {
  const out: string[] = [];
  for (const f of ['000_e289034ac2013901', '001_227d0417eb796b9d', '003_6889fb97133f14de', '004_f5b346d11c34ff3c']) {
    const text = readFileSync(resolve('/work/shared/seeds', `${f}.txt`), 'utf8');
    for (const s of text.split(/(?<=[.다])\s+/)) if (s.length > 30 && s.length < 300) out.push(s.trim());
  }
  return out;
}

/** About 1.5 MB of text in ~5,000 paragraphs of five text nodes each, with a name in most. */
function generatePage(index: AliasIndex): { html: string; textNodes: number; chars: number } {
  const rand = rng(20261124);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const ko = koreanSentences();
  // Plain (unflagged) aliases only, so every inserted name is one the matcher must accept.
  const names = index.aliases.filter(([, , flags]) => flags === 0).map(([text]) => text);
  const particles = ['', '은', '는', '이', '가', '의', '에서', '와', ''];
  const paras: string[] = [];
  let chars = 0;
  let textNodes = 0;
  while (chars < 1_250_000 || textNodes < 12_000) {
    const a = rand() < 0.6 ? pick(ko) : pick(ENGLISH);
    const b = rand() < 0.6 ? pick(ko) : pick(ENGLISH);
    const c = rand() < 0.5 ? pick(ko) : pick(ENGLISH);
    const name = rand() < 0.8 ? pick(names) : '업계';
    const tail = `${pick(particles)} ${b}`;
    const word = rand() < 0.5 ? '인공지능' : 'AI';
    paras.push(`<p>${escapeHtml(a)} <a href="#n">${escapeHtml(name)}</a>${escapeHtml(tail)} <b>${word}</b> ${escapeHtml(c)}</p>`);
    chars += a.length + name.length + tail.length + word.length + c.length + 3;
    textNodes += 5;
  }
  const html = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>bench</title></head><body><main>${paras.join('\n')}</main></body></html>`;
  return { html, textNodes, chars };
}

// --- measuring ---------------------------------------------------------------------------

/** tsx compiles with keepNames, so functions passed to page.evaluate call a `__name` helper the page lacks. */
const KEEP_NAMES_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longtasks: { start: number; duration: number }[] };
    w.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Two bare TreeWalker passes over the page's text (cold, then warm), as a function for page.evaluate. */
const BARE_PASSES = (): [number, number] => {
  const pass = () => {
    const t = performance.now();
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = 0;
    while (w.nextNode()) n += (w.currentNode as Text).data.length;
    if (n < 0) throw new Error('unreachable');
    return performance.now() - t;
  };
  return [pass(), pass()];
};

/**
 * The bare TreeWalker pass, run in the page's main world at DOMContentLoaded of the same load our
 * content script scans (it starts later, at document_idle), so both see the same machine load.
 * The first, cold pass: the one a script meeting the page pays.
 */
async function walkAtDomContentLoaded(page: Page): Promise<void> {
  await page.addInitScript(
    `${KEEP_NAMES_SHIM} document.addEventListener('DOMContentLoaded', () => { window.__walk = { ms: (${BARE_PASSES.toString()})()[0] }; });`,
  );
}

/**
 * The same cold pass from an isolated world, the kind a content script runs in: each world has
 * its own wrappers for the page's nodes, so its first pass pays for them again.
 */
async function walkInIsolatedWorld(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'bench-floor' })) as { executionContextId: number };
  const { result } = (await cdp.send('Runtime.evaluate', { expression: `${KEEP_NAMES_SHIM} (${BARE_PASSES.toString()})()[0]`, contextId: executionContextId, returnByValue: true })) as { result: { value: number } };
  await cdp.detach();
  return result.value;
}

async function measureOf(page: Page, name: string): Promise<{ start: number; duration: number; detail: unknown }> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 180_000 });
  return page.evaluate((n) => {
    const m = performance.getEntriesByName(n)[0] as PerformanceMeasure;
    return { start: m.startTime, duration: m.duration, detail: m.detail };
  }, name);
}

/**
 * V8's compile of our content script during `load` (a trace of the page): it happens before the
 * script's first line runs, so no measure of the script's own can see it, yet the page pays it.
 */
async function contentScriptCompileMs(page: Page, load: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  type TraceEvent = { name: string; ph: string; dur?: number; args?: { data?: { url?: string } } };
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { categories: 'v8', transferMode: 'ReportEvents' });
  await load();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return events
    .filter((e) => e.name === 'v8.compile' && e.ph === 'X' && e.args?.data?.url?.endsWith('/content-scripts/content.js'))
    .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
}

/** Loads of a page with no names: V8's compile of the script, then its own busy time to the first scan's end. */
async function measureInit(ext: ExtensionBrowser, server: StaticServer, loads: number) {
  const inits: number[] = [];
  const initBuilds: number[] = [];
  const initBusy: number[] = [];
  const initEvals: number[] = [];
  const compiles: number[] = [];
  for (let run = 0; run < loads; run++) {
    const page = await ext.context.newPage();
    let init!: Awaited<ReturnType<typeof measureOf>>;
    compiles.push(
      await contentScriptCompileMs(page, async () => {
        await page.goto(server.url('negative.html'));
        init = await measureOf(page, 'ai-talent-lens:init');
      }),
    );
    inits.push(init.duration);
    initBusy.push((init.detail as { busyMs: number }).busyMs);
    initBuilds.push((await measureOf(page, 'ai-talent-lens:matcher-build')).duration);
    initEvals.push((await measureOf(page, 'ai-talent-lens:evaluate')).duration);
    await page.close();
  }
  // The figure: main-thread time the page pays for us, from V8 compiling the script to the end of
  // the first scan (what the script measures itself starts after the compile, so it is added).
  const mainThread = initBusy.map((t, i) => t + compiles[i]!);
  return { inits, initBuilds, initBusy, initEvals, compiles, mainThread };
}

/**
 * `npm run bench:page -- --init-baseline DIR`: init of this build against another built extension
 * (for example a checkout of an earlier commit), alternated in one run so that both see the same
 * machine. Prints the medians and their ratio.
 */
async function compareInit(baselineDir: string): Promise<void> {
  const server = await serveDirectory();
  const rounds = 4;
  const per = { current: [] as number[], baseline: [] as number[] };
  const compiles = { current: [] as number[], baseline: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    for (const which of ['current', 'baseline'] as const) {
      const ext = await launchWithExtension(which === 'baseline' ? { extensionDir: baselineDir } : {});
      const m = await measureInit(ext, server, 5);
      per[which].push(...m.mainThread);
      compiles[which].push(...m.compiles);
      await ext.close();
    }
  }
  await server.close();
  const cur = median(per.current);
  const base = median(per.baseline);
  console.log(`init on a page with no names, main-thread incl. V8 compile (median of ${rounds} alternated rounds of 5 loads each):`);
  console.log(`  this build ${fmt(cur)} (compile ${fmt(median(compiles.current))}); baseline ${baselineDir}: ${fmt(base)} (compile ${fmt(median(compiles.baseline))})`);
  console.log(`  ratio this / baseline: ${(cur / base).toFixed(2)}`);
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

async function main(): Promise<void> {
  const baselineAt = process.argv.indexOf('--init-baseline');
  if (baselineAt >= 0) {
    // Init is measured on a small page with no names: the large page is not needed.
    await compareInit(resolve(process.argv[baselineAt + 1] ?? ''));
    return;
  }
  const index = JSON.parse(readFileSync('generated/alias-records.json', 'utf8')) as AliasIndex;
  const { html, textNodes, chars } = generatePage(index);
  const dump = process.argv.indexOf('--dump-page');
  if (dump >= 0) {
    // For profiling by hand: write the generated page and stop.
    writeFileSync(process.argv[dump + 1] ?? 'bench-page.html', html);
    return;
  }
  const server = await serveDirectory();
  server.put('bench.html', html);
  const markJs = readFileSync(resolve('node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const aliasTexts = index.aliases.map(([t]) => t);
  console.log(`page: ${textNodes} text nodes in <p>/<a>/<b>, ${(chars / 1e6).toFixed(2)} M chars, ${(html.length / 1e6).toFixed(2)} MB of HTML; ${aliasTexts.length} aliases`);

  // 1. Ours, with the extension.
  const ext = await launchWithExtension();
  await ext.context.addInitScript(KEEP_NAMES_SHIM);
  const scans: number[] = [];
  const sameLoadWalks: number[] = [];
  const ratios: number[] = [];
  const builds: number[] = [];
  const matcherTimes: number[] = [];
  const yieldedTimes: number[] = [];
  const longest: number[] = [];
  const ownChunks: number[] = [];
  let worstTasks: string[] = [];
  const heaps: number[] = [];
  let painted = 0;
  let detail: unknown;
  for (let run = 0; run < RUNS; run++) {
    const page = await ext.context.newPage();
    await observeLongTasks(page);
    await walkAtDomContentLoaded(page);
    await page.goto(server.url('bench.html'));
    const scan = await measureOf(page, 'ai-talent-lens:scan');
    const walkMs = await page.evaluate(() => (window as unknown as { __walk: { ms: number } }).__walk.ms);
    sameLoadWalks.push(walkMs);
    ratios.push(scan.duration / walkMs);
    const build = await measureOf(page, 'ai-talent-lens:matcher-build');
    const tasks = await page.evaluate(() => (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks);
    const during = tasks.filter((t) => t.start + t.duration > scan.start && t.start < scan.start + scan.duration);
    scans.push(scan.duration);
    builds.push(build.duration);
    const worst = during.reduce((m, t) => Math.max(m, t.duration), 0);
    if (worst >= Math.max(0, ...longest)) {
      worstTasks = during
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 3)
        .map((t) => `${t.duration.toFixed(0)} ms at scan+${(t.start - scan.start).toFixed(0)} ms`);
    }
    longest.push(worst);
    detail = scan.detail;
    // matcherMs counts findCandidates/resolve; the build is measured on its own.
    matcherTimes.push((scan.detail as { matcherMs: number }).matcherMs + build.duration);
    yieldedTimes.push((scan.detail as { yieldedMs: number }).yieldedMs);
    ownChunks.push((scan.detail as { longestChunkMs: number }).longestChunkMs);
    painted = await page.evaluate(() => (CSS.highlights.get('ai-talent-lens-person')?.size ?? 0) + (CSS.highlights.get('ai-talent-lens-org')?.size ?? 0));
    heaps.push(await heapUsed(page));
    await page.close();
  }
  const { inits, initBuilds, initBusy, initEvals, compiles, mainThread } = await measureInit(ext, server, 5);
  await ext.close();

  // 2. Baselines in a browser without the extension, on the same page.
  const plain = await launchWithExtension({ withExtension: false });
  await plain.context.addInitScript(KEEP_NAMES_SHIM);
  const page = await plain.context.newPage();
  await observeLongTasks(page);
  await page.goto(server.url('bench.html'));
  await page.waitForTimeout(2000); // let the page finish its own first layout and paint
  const pageOwnTasks = await page.evaluate(() => (window as unknown as { __longtasks: { duration: number }[] }).__longtasks.map((t) => t.duration));
  const baseHeap = await heapUsed(page);
  await page.close();
  // The floor: one TreeWalker pass reading every text node, on a freshly loaded page, as our
  // content script meets it (the first JS pass over a page pays for creating node wrappers;
  // later passes reuse them, so the warm figure is printed too).
  const walks: number[] = [];
  const warmWalks: number[] = [];
  const isolatedWalks: number[] = [];
  for (let i = 0; i < 5; i++) {
    const p = await plain.context.newPage();
    await p.goto(server.url('bench.html'));
    const [cold, warm] = await p.evaluate(BARE_PASSES);
    walks.push(cold);
    warmWalks.push(warm);
    isolatedWalks.push(await walkInIsolatedWorld(p));
    await p.close();
  }
  const markOn = async (aliases: string[]): Promise<number> => {
    const p = await plain.context.newPage();
    await p.goto(server.url('bench.html'));
    await p.addScriptTag({ content: markJs });
    const ms = await p.evaluate(
      (list) =>
        new Promise<number>((done) => {
          const t = performance.now();
          // mark.js's own API: one regex and one full DOM pass per keyword, wrapping in <mark>.
          const Mark = (window as unknown as { Mark: new (el: Element) => { mark: (k: string[], o: object) => void } }).Mark;
          new Mark(document.body).mark(list, { separateWordSearch: false, diacritics: false, done: () => done(performance.now() - t) });
        }),
      aliases,
    );
    await p.close();
    return ms;
  };
  const mark100 = await markOn(aliasTexts.slice(0, MARKJS_SAMPLE));
  const projected = (mark100 * aliasTexts.length) / MARKJS_SAMPLE;
  let markFull: number;
  let markNote: string;
  if (projected > MARKJS_BUDGET_MS) {
    markFull = projected;
    markNote = `SCALED: mark.js timed on the first ${MARKJS_SAMPLE} aliases (${fmt(mark100)}) and scaled linearly to all ${aliasTexts.length}, because the full list would run over 2 minutes`;
  } else {
    markFull = await markOn(aliasTexts);
    markNote = `measured on all ${aliasTexts.length} aliases (first ${MARKJS_SAMPLE}: ${fmt(mark100)})`;
  }
  await plain.close();
  await server.close();

  const ours = median(scans);
  const build = median(builds);
  const walk = median(walks);
  const heapAdded = median(heaps) - baseHeap;
  const init = median(inits);
  const worstTask = Math.max(...longest);
  const line = (label: string, value: string, target: string, ok: boolean) =>
    console.log(`${ok ? 'MEETS ' : 'MISSES'}  ${label.padEnd(34)} ${value.padEnd(34)} (target ${target})`);
  /** A part of a figure, printed under it without a verdict of its own. */
  const part = (label: string, value: string) => console.log(`        ${label.padEnd(34)} ${value}`);
  const inMatcher = median(matcherTimes);
  console.log(`\nours: time to all highlights (median of ${RUNS}) ${fmt(ours)}; ${painted} ranges painted`);
  const yielded = median(yieldedTimes);
  console.log(`  inside the matcher (lib/match): ${fmt(inMatcher)}, of which building it ${fmt(build)}`);
  console.log(`  between chunks (the page's own work while we yield): ${fmt(yielded)}`);
  console.log(`  the rest (DOM walk, ranges, painting): ${fmt(ours - inMatcher - yielded)}`);
  console.log(`  last scan: ${JSON.stringify(detail)}`);
  console.log(`bare TreeWalker pass, first pass on a fresh page without the extension (median of 5): ${fmt(walk)}; a second, warm pass: ${fmt(median(warmWalks))}`);
  console.log(`bare TreeWalker pass in the same page loads as our scans (at DOMContentLoaded): ${sameLoadWalks.map(fmt).join(', ')}`);
  const isolatedWalk = median(isolatedWalks);
  console.log(`bare TreeWalker pass, first pass from an isolated world (a content script's kind of world; median of 5): ${fmt(isolatedWalk)}`);
  console.log(`mark.js: ${fmt(markFull)} — ${markNote}`);
  console.log('');
  line('speed-up over mark.js', `${(markFull / ours).toFixed(0)}×`, '≥ 500×', markFull / ours >= 500);
  const compile = median(compiles);
  line('time vs bare TreeWalker pass', `${(ours / walk).toFixed(2)}×`, '≤ 5×', ours / walk <= 5);
  line('  same, counting V8 compiling our script', `${((ours + compile) / walk).toFixed(2)}×`, '≤ 5×', (ours + compile) / walk <= 5);
  line('  same, against the walk in the same load', `${median(ratios).toFixed(2)}× (median of ${RUNS})`, '≤ 5×', median(ratios) <= 5);
  line('  same, against the walk in an isolated world', `${(ours / isolatedWalk).toFixed(2)}×`, '≤ 5×', ours / isolatedWalk <= 5);
  line('  same, without the matcher build', `${((ours - build) / walk).toFixed(2)}×`, '≤ 5×', (ours - build) / walk <= 5);
  line('  our part alone (outside lib/match)', `${((ours - inMatcher) / walk).toFixed(2)}×`, '≤ 5×', (ours - inMatcher) / walk <= 5);
  line('  our part alone, not counting yields', `${((ours - inMatcher - yielded) / walk).toFixed(2)}×`, '≤ 5×', (ours - inMatcher - yielded) / walk <= 5);
  line('longest task during our scan', fmt(worstTask), '≤ 50 ms', worstTask <= 50);
  const ownWorst = Math.max(...ownChunks);
  line('  longest of our chunks, the build apart', fmt(ownWorst), '≤ 50 ms', ownWorst <= 50);
  console.log(`        the same page without the extension has long tasks of its own (parsing, first layout and paint): ${pageOwnTasks.map((d) => `${d.toFixed(0)} ms`).join(', ') || 'none'}`);
  if (worstTasks.length) console.log(`        long tasks in that run (any cause: ours, layout or paint of the page, GC): ${worstTasks.join('; ')}`);
  const initMain = median(mainThread);
  line('init on a page with no names', `${fmt(initMain)} main-thread (median of 5)`, '≤ 10 ms', initMain <= 10);
  part('  of which V8 compiling the script', fmt(compile));
  part('  of which evaluating the bundle', fmt(median(initEvals)));
  part('  of which building the matcher', fmt(median(initBuilds)));
  const busyOwn = median(initBusy.map((t, i) => t - initBuilds[i]!));
  line('  our own main-thread time, no compile, no build', fmt(busyOwn), '≤ 10 ms', busyOwn <= 10);
  part('  wall time, start of the script to painted', fmt(init));
  console.log('        (wall time includes waiting for extension storage: the switches and the name tables)');
  line('JS heap added', `${(heapAdded / 1e6).toFixed(2)} MB`, '≤ 10 MB', heapAdded <= 10e6);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
