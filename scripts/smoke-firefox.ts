/**
 * `npm run smoke:firefox`: the Firefox (MV2) build on the demo page, in headless Firefox driven over
 * WebDriver BiDi (puppeteer-core; playwright-core's Firefox needs its own patched build). Checks
 * that names are painted in the page's CSS.highlights registry and that hovering 존 슐먼 opens his
 * card with the OpenAI → Anthropic move. Not part of `npm test`: CI installs only Chromium.
 * Needs Firefox 140+ (Debian: `apt-get install firefox-esr`; set FIREFOX_PATH otherwise).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { serveDirectory } from '../tests/e2e/helpers/launch';
import { HIGHLIGHT_NAMES } from '../lib/content/highlighter';

const FIREFOX = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
const EXTENSION_DIR = resolve('.output/firefox-mv2');
const NAME = '존 슐먼';
const MOVE = 'OpenAI → Anthropic';

async function main(): Promise<number> {
  if (!FIREFOX) {
    console.error('No Firefox found: install it (Debian: apt-get install firefox-esr) or set FIREFOX_PATH.');
    return 2;
  }
  const server = await serveDirectory(resolve('demo'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // A temporary add-on from a folder is unsigned.
    extraPrefsFirefox: { 'xpinstall.signatures.required': false },
  });
  try {
    console.log(`${(await browser.version()).trim()}; extension ${await browser.installExtension(EXTENSION_DIR)}`);
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(server.url('seed-article.html'));
    await page.waitForFunction(() => performance.getEntriesByName('ai-talent-lens:scan').length > 0, { timeout: 30_000 });
    const painted = await page.evaluate(
      (names, wanted) => {
        const counts = names.map((n) => CSS.highlights.get(n)?.size ?? 0);
        for (const r of (CSS.highlights.get(names[0]!) ?? []) as unknown as Iterable<AbstractRange>) {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          if (live.toString() !== wanted) continue;
          live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const rect = live.getClientRects()[0]!;
          return { counts, at: { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } };
        }
        return { counts, at: null };
      },
      [HIGHLIGHT_NAMES.person, HIGHLIGHT_NAMES.org],
      NAME,
    );
    console.log(`painted: ${painted.counts[0]} people, ${painted.counts[1]} labs`);
    if (!painted.at) {
      console.error(`FAIL: ${NAME} is not painted`);
      return 1;
    }
    await page.mouse.move(painted.at.x - 40, painted.at.y - 40);
    await page.mouse.move(painted.at.x, painted.at.y, { steps: 5 });
    const card = await page
      .waitForFunction((move) => [...document.querySelectorAll('ai-talent-lens-ui')].some((h) => h.shadowRoot?.textContent?.includes(move)), { timeout: 15_000 }, MOVE)
      .then(() => true, () => false);
    console.log(card ? `hovering ${NAME} opened his card with ${MOVE}` : `FAIL: hovering ${NAME} opened no card with ${MOVE}`);
    return card ? 0 : 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

process.exit(await main());
