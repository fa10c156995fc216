import { launchWithExtension, serveDirectory } from '../tests/e2e/helpers/launch';
const srv = await serveDirectory();
const ext = await launchWithExtension();
await ext.context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
for (const path of ['negative.html', 'seed-article.html']) {
  const page = await ext.context.newPage();
  await page.goto(srv.url(path));
  await page.waitForFunction(() => performance.getEntriesByName('ai-talent-lens:init').length > 0);
  console.log(path, await page.evaluate(() => performance.getEntriesByType('measure').map((m) => [m.name, m.startTime.toFixed(1), m.duration.toFixed(1), JSON.stringify((m as any).detail)])));
  await page.close();
}
await ext.close(); await srv.close();
