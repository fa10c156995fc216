import { readFileSync, writeFileSync } from 'node:fs';
import { launchWithExtension, serveDirectory } from '../tests/e2e/helpers/launch';
const srv = await serveDirectory();
srv.put('bench.html', readFileSync('/tmp/bench.html', 'utf8'));
const ext = await launchWithExtension();
for (let i = 0; i < 3; i++) {
  const page = await ext.context.newPage();
  await page.goto(srv.url('bench.html'));
  await page.waitForFunction(() => performance.getEntriesByName('ai-talent-lens:scan').length > 0, null, { timeout: 60000 });
  console.log(await page.evaluate(() => performance.getEntriesByType('measure').map((m) => [m.name, m.startTime.toFixed(1), m.duration.toFixed(1), JSON.stringify((m as any).detail)])));
  await page.close();
}
await ext.close(); await srv.close();
