import { launchWithExtension, serveDirectory } from '/work/main/tests/e2e/helpers/launch';
const server = await serveDirectory();
const ext = await launchWithExtension({ extensionDir: process.env.EXT } as any);
const totals: number[] = []; const compiles: number[] = []; const busys: number[] = [];
const med = (a: number[]) => { const s = [...a].sort((x, y) => x - y); return s[s.length >> 1]!; };
for (let r = 0; r < Number(process.env.RUNS ?? 10); r++) {
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  const events: any[] = [];
  cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
  const done = new Promise((res) => cdp.on('Tracing.tracingComplete', res));
  await cdp.send('Tracing.start', { categories: process.env.CATS ?? 'devtools.timeline,v8,toplevel,blink.user_timing', transferMode: 'ReportEvents' });
  await page.goto(server.url(process.env.PAGE ?? 'negative.html'));
  await page.waitForFunction(() => performance.getEntriesByName('ai-talent-lens:init').length > 0, null, { timeout: 20000 });
  await page.waitForTimeout(300);
  const busy = await page.evaluate(() => (performance.getEntriesByName('ai-talent-lens:init')[0] as any)?.detail.busyMs ?? -1);
  await cdp.send('Tracing.end');
  await done;
  // Content-script work: complete events mentioning our script URL at top level, and compile events.
  const isOurs = (e: any) => JSON.stringify(e.args ?? {}).includes('content-scripts/content.js');
  let compile = 0, total = 0; let top=0;
  const seen: any[] = [];
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    if (!isOurs(e)) continue;
    seen.push(e);
  }
  // keep only outermost events (no nesting double count) per thread
  seen.sort((a, b) => a.ts - b.ts);
  let end = -1;
  for (const e of seen) {
    if (e.name==='v8.compile' && e.args?.data?.url?.includes('content.js')) compile += e.dur / 1000;
    if (e.ts >= end) { total += e.dur / 1000; end = e.ts + e.dur; }
  }
  if (r === 99) for (const e of seen) console.log(e.name, (e.ts/1000).toFixed(2), (e.dur/1000).toFixed(2), JSON.stringify(e.args).slice(0,160));
  const ev = seen.find((e) => e.name === 'EvaluateScript');
  const initEv = events.filter((e) => e.name === 'ai-talent-lens:init');
  const initEnd = Math.max(...initEv.map((e) => e.ts));
  let tasks = 0;
  if (ev) for (const e of events) if (e.ph === 'X' && e.pid === ev.pid && e.tid === ev.tid && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.ts + e.dur >= ev.ts && e.ts <= initEnd) tasks += e.dur / 1000;
  (globalThis as any).T ??= []; (globalThis as any).T.push(tasks);
  if (r === 0) console.log('init events', initEv.map((e) => e.ph + ' ' + e.ts).join(','), 'ev', ev?.ts);
  totals.push(total); compiles.push(compile); busys.push(busy);
  await page.close();
}
console.log(JSON.stringify({ mainThreadTasksMs: med((globalThis as any).T), outermostEventsMs: med(totals), compileMs: med(compiles), busyMs: med(busys) }));
await ext.close(); process.exit(0);
