/**
 * `npm run demo`: builds the extension (the npm script does), serves demo/seed-article.html on
 * 127.0.0.1 and opens Debian's Chromium with the extension loaded on it.
 * Needs /usr/bin/chromium (Debian: `apt-get install chromium`; set CHROMIUM_PATH otherwise).
 * Without a display (no $DISPLAY / $WAYLAND_DISPLAY) it says so, runs the same page headless
 * instead, prints what it found and saves a screenshot with a card open.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, serveDirectory } from '../tests/e2e/helpers/launch';

const DEMO_DIR = resolve('demo');
const PAGE = 'seed-article.html';

async function main(): Promise<void> {
  const server = await serveDirectory(DEMO_DIR);
  const url = server.url(PAGE);
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.argv.includes('--headless');

  if (hasDisplay) {
    const ext = await launchWithExtension({ headless: false, viewport: null });
    const page = ext.context.pages()[0] ?? (await ext.context.newPage());
    await page.goto(url);
    console.log(`Chromium is open on ${url} with AI Talent Lens loaded.`);
    console.log('Hover a highlighted name, or put the caret in one and press Alt+Shift+L; the toolbar button lists the names found.');
    console.log('Close the browser window (or press Ctrl+C) to end the demo.');
    const stop = async () => {
      await ext.close();
      await server.close();
      process.exit(0);
    };
    process.on('SIGINT', () => void stop());
    ext.context.on('close', () => void stop());
    return;
  }

  console.log('No display found ($DISPLAY and $WAYLAND_DISPLAY are unset), so a browser window cannot open here.');
  console.log('On a desktop, run `npm run demo` again to get a Chromium window. Running the same demo headless instead:\n');
  const ext = await launchWithExtension({ headless: true });
  try {
    const page = await ext.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('ai-talent-lens:scan').length > 0, null, { timeout: 30_000 });
    const found = await page.evaluate(() => {
      const out = new Map<string, number>();
      for (const name of ['ai-talent-lens-person', 'ai-talent-lens-org']) {
        for (const r of (CSS.highlights.get(name) ?? []) as unknown as Iterable<AbstractRange>) {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          const key = `${name.endsWith('person') ? 'person' : 'lab  '}  ${live.toString()}`;
          out.set(key, (out.get(key) ?? 0) + 1);
        }
      }
      return [...out.entries()].sort((a, b) => b[1] - a[1]);
    });
    console.log(`Highlighted on ${url}:`);
    for (const [name, n] of found) console.log(`  ${name} ×${n}`);

    // Open the card for the first person mentioned, as a reader hovering it would.
    const pt = await page.evaluate(() => {
      const h = CSS.highlights.get('ai-talent-lens-person');
      const first = h ? [...(h as unknown as Iterable<AbstractRange>)][0] : undefined;
      if (!first) return null;
      const live = document.createRange();
      live.setStart(first.startContainer, first.startOffset);
      live.setEnd(first.endContainer, first.endOffset);
      live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const r = live.getClientRects()[0];
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    if (pt) {
      await page.mouse.move(pt.x, pt.y);
      const card = page.locator('ai-talent-lens-ui [data-testid="card"]');
      await card.waitFor({ state: 'visible', timeout: 10_000 });
      await page.waitForTimeout(500); // let the details arrive from the background
      console.log(`\nCard shown on hover:\n  ${((await card.innerText()) ?? '').replace(/\n+/g, '\n  ')}`);
      mkdirSync('.output', { recursive: true });
      await page.screenshot({ path: '.output/demo.png' });
      console.log('\nScreenshot: .output/demo.png');
    }
  } finally {
    await ext.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
