import { readFileSync } from 'node:fs';
import { launchWithExtension, serveDirectory } from '../tests/e2e/helpers/launch';
const srv = await serveDirectory();
srv.put('bench.html', readFileSync('/tmp/bench.html', 'utf8'));
const ext = await launchWithExtension({ withExtension: false });
await ext.context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
for (let i = 0; i < 3; i++) {
  const page = await ext.context.newPage();
  await page.goto(srv.url('bench.html'));
  console.log(await page.evaluate(() => {
    const out: number[] = [];
    for (let k = 0; k < 3; k++) {
      const t = performance.now();
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let n = 0;
      while (w.nextNode()) n += (w.currentNode as Text).data.length;
      out.push(performance.now() - t);
    }
    return out.map((x) => x.toFixed(1)).join(' ');
  }));
  await page.close();
}
await ext.close(); await srv.close();
