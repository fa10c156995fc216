/**
 * The in-page experience in real Chromium with the built extension: highlights in CSS.highlights,
 * the hover card, negative pages, late content, an untouched page DOM, and the switches.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, FIXTURE_PAGES, launchWithExtension, serveDirectory, tabIdOf, type ExtensionBrowser, type StaticServer } from './helpers/launch';
import { paintedRanges, waitForPainted, HIGHLIGHT_PERSON } from './helpers/highlights';

const HOST = 'ai-talent-lens-ui';
let ext: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveDirectory();
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(server.url(path));
  return page;
}

/** Waits for the content script's first full scan of this page to finish. */
async function scanned(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('ai-talent-lens:scan').length > 0, null, { timeout: 20_000 });
}

/** Centre of the first painted person range whose text is `text`, in viewport coordinates. */
async function centreOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  const pt = await page.evaluate(
    ([name, wanted]) => {
      const h = CSS.highlights.get(name);
      for (const r of (h ?? []) as unknown as Iterable<AbstractRange>) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        if (live.toString() !== wanted) continue;
        live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = live.getClientRects()[0];
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    [HIGHLIGHT_PERSON, text] as const,
  );
  if (!pt) throw new Error(`no painted range "${text}"`);
  return pt;
}

/** Hovers the first painted mention of a person `name` and waits for its card. */
async function hoverCard(page: Page, name: string) {
  await waitForPainted(page, (r) => r.some((x) => x.text === name));
  const pt = await centreOf(page, name);
  await page.mouse.move(pt.x, pt.y);
  const card = page.locator(`${HOST} [data-testid="card"]`);
  await card.waitFor({ state: 'visible', timeout: 10_000 });
  return { card, pt };
}

describe('highlighting', () => {
  it('marks people and labs of the seed article in the page’s CSS.highlights registry', async () => {
    const page = await open('seed-article.html');
    const ranges = await waitForPainted(page, (r) => r.some((x) => x.text === '존 슐먼'));
    expect(ranges).toContainEqual({ type: 'person', text: '존 슐먼', at: 'article' });
    expect(ranges.filter((r) => r.type === 'org').map((r) => r.text)).toEqual(expect.arrayContaining(['앤트로픽', '오픈AI']));
    // The short name 슐먼 is found too, because the full name appears on the page.
    expect(ranges.some((r) => r.type === 'person' && r.text === '슐먼')).toBe(true);
    await page.close();
  });

  it('finds names when extension storage lost its name tables or holds another build’s, and the background mends it', async () => {
    type Chrome = { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void>; remove(k: string[]): Promise<void> } } } };
    const storedId = () => ext.serviceWorker.evaluate(async () => (await (globalThis as unknown as Chrome).chrome.storage.local.get('aliasTables.id'))['aliasTables.id']);
    await expect.poll(storedId, { timeout: 10_000 }).toMatch(/^[0-9a-f]{16}$/);
    const publishedId = await storedId();
    for (const damage of ['removed', 'another build'] as const) {
      await ext.serviceWorker.evaluate(async (how) => {
        const local = (globalThis as unknown as Chrome).chrome.storage.local;
        if (how === 'removed') await local.remove(['aliasTables', 'aliasTables.id']);
        // Tables that would not parse: used by mistake, they would break the scan.
        else await local.set({ 'aliasTables.id': '0123456789abcdef', aliasTables: { id: '0123456789abcdef', scan: '{', records: '{' } });
      }, damage);
      const page = await open('seed-article.html');
      await waitForPainted(page, (r) => r.some((x) => x.text === '존 슐먼'));
      await expect.poll(storedId, { timeout: 10_000 }).toBe(publishedId);
      await page.close();
    }
  });

  it('shows nothing on a page without known names', async () => {
    const page = await open('negative.html');
    await scanned(page);
    expect(await paintedRanges(page)).toEqual([]);
    expect(await page.locator(HOST).count()).toBe(0);
    await page.close();
  });

  it('paints a family name and title (이 CAIO) in a paragraph without any other name', async () => {
    const page = await open('family-names.html');
    const ranges = await waitForPainted(page, (r) => r.some((x) => x.text === '이강욱'));
    expect(ranges.filter((r) => r.type === 'person').map((r) => r.text)).toEqual(['이강욱', '이 CAIO']);
    await page.close();
  });

  it('finds names split across inline elements and skips form fields and editors', async () => {
    const page = await open('split-names.html');
    await scanned(page);
    const ranges = await paintedRanges(page);
    const at = (id: string) => ranges.filter((r) => r.at === id).map((r) => r.text);
    expect(at('split')).toContain('존 슐먼');
    expect(at('link')).toContain('존 슐먼');
    expect(at('english')).toContain('John Schulman');
    expect(at('editor')).toEqual([]);
    expect(at('across')).toEqual([]); // two paragraphs never make one name
    expect(at('br').filter((t) => t.startsWith('존'))).toEqual([]); // nor do two lines
    expect(at('hid')).toEqual([]); // hidden text is not read
    expect(at('hidden-inline')).toEqual(['오픈AI']); // nor hidden inline text inside a paragraph
    expect(at('around')).not.toContain('존 슐먼'); // text either side of a nested block never joins
    expect(at('after-nested')).toContain('존 슐먼'); // and text after a nested block is still read
    // Nothing painted inside the textarea or input (their text is not DOM text anyway), nor in the editor.
    expect(ranges.filter((r) => r.text.includes('존 슐먼')).length).toBe(3);
    await page.close();
  });

  it('keeps up with a page that rewrites whole sections while it is being scanned', async () => {
    // 20 sections of 150 paragraphs; from load on, every few ms the page replaces eight random
    // sections, so the walk's resume point is often detached between two chunks. When it stops,
    // every name left on the page must be painted, once, and nothing may have thrown.
    const para = (i: number) => (i % 3 === 0 ? `<p>오픈AI 공동 창업자 존 슐먼이 말했다 ${i}.</p>` : `<p>시장 소식 ${i}: 변동 없음.</p>`);
    const section = (k: number) => `<section>${Array.from({ length: 150 }, (_, i) => para(k * 150 + i)).join('')}</section>`;
    const html = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>churn</title></head><body>
      <main>${Array.from({ length: 20 }, (_, k) => section(k)).join('')}</main>
      <script>
        // User-blocking tasks: they run between the scan's chunks (a scan yields with
        // scheduler.yield(), whose continuations go ahead of the page's ordinary tasks and timers).
        let n = 0;
        const started = performance.now();
        const churn = () => {
          const sections = document.querySelectorAll('main > section');
          for (let r = 0; r < 8; r++) {
            const s = sections[Math.floor(Math.random() * sections.length)];
            const fresh = document.createElement('section');
            fresh.innerHTML = ${JSON.stringify(Array.from({ length: 150 }, (_, i) => para(i)).join(''))}.replaceAll('말했다', '말했다 ' + ++n);
            s.replaceWith(fresh);
          }
          if (performance.now() - started < 1500) return scheduler.postTask(churn, { priority: 'user-blocking', delay: 1 });
          const done = document.createElement('p');
          done.id = 'final';
          done.textContent = '샘 올트먼도 말했다.';
          document.querySelector('main').append(done);
        };
        scheduler.postTask(churn, { priority: 'user-blocking' });
      </script></body></html>`;
    server.put('churn.html', html);
    const page = await ext.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      // The test server has no favicon; anything else logged as an error is ours or the page's.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url('churn.html'));
    await page.waitForSelector('#final', { timeout: 10_000 });
    const onPage = await page.evaluate(() => document.querySelector('main')!.textContent!.split('존 슐먼').length - 1);
    expect(onPage).toBeGreaterThan(900);
    const ranges = await waitForPainted(page, (r) => r.filter((x) => x.text === '존 슐먼').length === onPage && r.some((x) => x.at === 'final'), 20_000);
    expect(ranges.filter((x) => x.text === '존 슐먼')).toHaveLength(onPage);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('highlights a name a script inserts after the first scan', async () => {
    const page = await open('dynamic.html');
    await scanned(page);
    expect((await paintedRanges(page)).filter((r) => r.at === 'late')).toEqual([]);
    await page.waitForSelector('#late', { timeout: 10_000 });
    const ranges = await waitForPainted(page, (r) => r.some((x) => x.at === 'late' && x.text === '존 슐먼'));
    expect(ranges.filter((r) => r.at === 'late').map((r) => r.text)).toEqual(expect.arrayContaining(['존 슐먼', '앤트로픽']));
    await page.close();
  });

  it('follows a single-page app to its next article: new names painted, old ones gone', async () => {
    const page = await open('spa.html');
    await waitForPainted(page, (r) => r.some((x) => x.at === 'page1' && x.text === '존 슐먼'));
    const after = await waitForPainted(page, (r) => r.some((x) => x.at === 'page2'));
    expect(after.map((r) => r.text)).toEqual(['앤트로픽']);
    expect(page.url()).toContain('article=2');
    await page.close();
  });

  it('works inside iframes, but not in pixel-sized or ad frames', async () => {
    const page = await ext.context.newPage();
    // The ad frame's host is served the same article, so only the exclusion keeps us out of it.
    const article = readFileSync(`${FIXTURE_PAGES}/seed-article.html`, 'utf8');
    await page.route('https://securepubads.g.doubleclick.net/**', (route) => route.fulfill({ contentType: 'text/html', body: article }));
    await page.goto(server.url('with-iframe.html'));
    const frameAt = (suffix: string) => page.frames().find((f) => f.url().endsWith(suffix));
    const frame = frameAt('/seed-article.html');
    expect(frame).toBeDefined();
    await frame!.waitForLoadState();
    const ranges = await waitForPainted(page, (r) => r.some((x) => x.text === '존 슐먼'), 15_000, frame);
    expect(ranges.length).toBeGreaterThan(5);

    const pixel = frameAt('/seed-article.html?pixel')!;
    await pixel.waitForFunction(() => performance.getEntriesByName('ai-talent-lens:skipped-frame').length > 0, null, { timeout: 15_000 });
    expect(await paintedRanges(page, pixel)).toEqual([]);

    // The ad frame gets no content script at all: by the time the other frames are done, it
    // would long have evaluated the bundle if it had been injected.
    const ad = page.frames().find((f) => f.url().startsWith('https://securepubads.g.doubleclick.net/'))!;
    await ad.waitForLoadState();
    expect(await ad.evaluate(() => document.body.textContent)).toContain('슐먼');
    await page.waitForTimeout(1500);
    expect(await ad.evaluate(() => performance.getEntriesByName('ai-talent-lens:evaluate').length)).toBe(0);
    expect(await paintedRanges(page, ad)).toEqual([]);
    await page.close();
  });
});

describe('hover card', () => {
  it('hovering 존 슐먼 shows his OpenAI → Anthropic move, in px regardless of the page’s rem', async () => {
    const page = await open('seed-article.html');
    const { card, pt } = await hoverCard(page, '존 슐먼');
    await expect.poll(() => card.locator('[data-testid="timeline"]').textContent(), { timeout: 10_000 }).toContain('OpenAI → Anthropic');
    expect(await card.locator('[data-testid="card-title"]').textContent()).toContain('John Schulman');
    // Every move in the seed data is either linked (http/https only) or says "unsourced".
    const moves = card.locator('[data-testid="move"]');
    const n = await moves.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const row = moves.nth(i);
      const hrefs = await row.locator('a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]));
      const badge = await row.locator('.badge-unsourced').count();
      expect(hrefs.length > 0 || badge === 1).toBe(true);
      for (const [href, target, rel] of hrefs) {
        expect(href).toMatch(/^https?:\/\//);
        expect(target).toBe('_blank');
        expect(rel).toContain('noopener');
      }
    }
    // The page sets html { font-size: 10px }; the card keeps its own 13px.
    expect(await card.evaluate((el) => getComputedStyle(el).fontSize)).toBe('13px');

    // Escape dismisses it.
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 5_000 });

    // Hover again, then leave: it closes after the grace period.
    await page.mouse.move(pt.x + 1, pt.y);
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'detached', timeout: 5_000 });

    // Hover again, then scroll the page: it closes.
    await page.mouse.move(pt.x, pt.y);
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await page.mouse.wheel(0, 300);
    await card.waitFor({ state: 'detached', timeout: 5_000 });
    await page.close();
  });

  it('a move shows its note: what the sources leave out', async () => {
    const page = await open('family-names.html');
    const { card } = await hoverCard(page, '이강욱');
    await expect.poll(() => card.locator('.move-note').allTextContents(), { timeout: 10_000 }).toContainEqual(expect.stringContaining('Chief AI Officer'));
    await page.close();
  });

  it('a lab’s card names its recent arrivals and departures', async () => {
    const page = await open('seed-article.html');
    await waitForPainted(page, (r) => r.some((x) => x.text === '앤트로픽'));
    const pt = await page.evaluate(() => {
      for (const r of (CSS.highlights.get('ai-talent-lens-org') ?? []) as unknown as Iterable<AbstractRange>) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        if (live.toString() !== '앤트로픽' || !live.startContainer.parentElement?.closest('p')) continue;
        live.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const rect = live.getClientRects()[0];
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    });
    expect(pt).not.toBeNull();
    await page.mouse.move(pt!.x, pt!.y);
    const card = page.locator(`${HOST} [data-testid="card"]`);
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => card.locator('[data-testid="card-title"]').textContent(), { timeout: 10_000 }).toContain('Anthropic');
    const arrivals = card.locator('[data-testid="arrivals"] li');
    expect(await arrivals.count()).toBeGreaterThan(0);
    expect(await card.locator('[data-testid="arrivals"]').textContent()).toContain('→ Anthropic');
    // Every row is a move out of Anthropic (John Schulman's 2025 move is one in the dataset).
    const departures = await card.locator('[data-testid="departures"] li').allTextContents();
    expect(departures.length).toBeGreaterThan(0);
    for (const row of departures) expect(row).toMatch(/Anthropic →|left Anthropic/);
    await page.close();
  });

  it('Alt+Shift+L opens the card for the name at the selection, focused', async () => {
    const page = await open('seed-article.html');
    await waitForPainted(page, (r) => r.some((x) => x.text === '존 슐먼'));
    await page.evaluate((name) => {
      const h = CSS.highlights.get(name)!;
      for (const r of h as unknown as Iterable<AbstractRange>) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        if (live.toString() !== '존 슐먼') continue;
        live.collapse(true); // a caret at the start of the name
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(live);
        return;
      }
    }, HIGHLIGHT_PERSON);
    await page.keyboard.press('Alt+Shift+KeyL');
    const card = page.locator(`${HOST} [data-testid="card"]`);
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await card.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await page.close();
  });

  it('leaves the page DOM outside our host exactly as it was', async () => {
    const page = await ext.context.newPage();
    // Captured before the content script runs (it starts at document_idle, after DOMContentLoaded).
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __before: string }).__before = document.documentElement.outerHTML;
      });
    });
    await page.goto(server.url('seed-article.html'));
    await waitForPainted(page, (r) => r.some((x) => x.text === '존 슐먼'));
    const pt = await centreOf(page, '존 슐먼');
    await page.mouse.move(pt.x, pt.y);
    await page.locator(`${HOST} [data-testid="card"]`).waitFor({ state: 'visible', timeout: 10_000 });
    const { before, after, hosts } = await page.evaluate((host) => {
      const clone = document.documentElement.cloneNode(true) as HTMLElement;
      const ours = clone.querySelectorAll(host);
      ours.forEach((el) => el.remove());
      return { before: (window as unknown as { __before: string }).__before, after: clone.outerHTML, hosts: ours.length };
    }, HOST);
    expect(hosts).toBe(1); // the card is open, so our one host exists…
    expect(after).toBe(before); // …and nothing else changed.
    await page.close();
  });
});

describe('flag form from the context menu', () => {
  it('content/open-flag-form opens the team’s flag form prefilled with the selection', async () => {
    const page = await open('seed-article.html');
    await waitForPainted(page, (r) => r.some((x) => x.text === '존 슐먼'));
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.includes('존 슐먼이'))!;
      const text = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('존 슐먼'))!;
      const at = text.textContent!.indexOf('존 슐먼');
      const r = document.createRange();
      r.setStart(text, at);
      r.setEnd(text, at + '존 슐먼'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    const tabId = await tabIdOf(ext, page);
    // What the background's context-menu handler sends (lib/background/flags-menu.ts).
    await ext.serviceWorker.evaluate(
      ([id, text]) =>
        (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: object, o: object): Promise<unknown> } } }).chrome.tabs.sendMessage(
          id,
          { type: 'content/open-flag-form', selectionText: text },
          { frameId: 0 },
        ),
      [tabId, '존 슐먼'] as const,
    );
    const person = page.locator(`${HOST} .flag-panel input[name="person"]`);
    await person.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await person.inputValue()).toBe('존 슐먼');
    // A malformed message is ignored: no second form, no error.
    await ext.serviceWorker.evaluate((id) =>
      (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: object, o: object): Promise<unknown> } } }).chrome.tabs
        .sendMessage(id, { type: 'content/open-flag-form', selectionText: 42 }, { frameId: 0 })
        .catch(() => null),
    tabId);
    expect(await page.locator(`${HOST} .flag-panel`).count()).toBe(1);
    await page.close();
  });
});

describe('popup and switches', () => {
  it('lists the names found, and the per-site switch turns highlighting off and on', async () => {
    const page = await open('seed-article.html');
    await waitForPainted(page, (r) => r.some((x) => x.text === '존 슐먼'));
    const tabId = await tabIdOf(ext, page);
    const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`);
    const person = popup.locator('[data-testid="people"] button[data-id="john-schulman"]');
    await person.waitFor({ timeout: 10_000 });
    expect(await person.textContent()).toContain('John Schulman');
    expect(await popup.locator('[data-testid="labs"] button[data-id="anthropic"]').count()).toBe(1);

    // Clicking a name scrolls the tab to its first mention.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await popup.locator('[data-testid="labs"] button[data-id="amazon"], [data-testid="people"] button[data-id="john-schulman"]').first().click();
    await expect
      .poll(() =>
        page.evaluate((name) => {
          const h = CSS.highlights.get(name)!;
          const first = [...(h as unknown as Iterable<AbstractRange>)][0];
          const r = document.createRange();
          r.setStart(first.startContainer, first.startOffset);
          r.setEnd(first.endContainer, first.endOffset);
          const rect = r.getBoundingClientRect();
          return rect.top >= 0 && rect.bottom <= innerHeight;
        }, HIGHLIGHT_PERSON),
      )
      .toBe(true);

    // Site switch off: highlights go, and stay gone after a reload.
    const siteSwitch = popup.locator('[data-testid="site-switch"]');
    expect(await siteSwitch.isChecked()).toBe(true);
    await siteSwitch.uncheck();
    await expect.poll(() => paintedRanges(page), { timeout: 10_000 }).toEqual([]);
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('ai-talent-lens:init').length > 0, null, { timeout: 20_000 });
    expect(await paintedRanges(page)).toEqual([]);

    // Back on: the page is scanned again.
    await popup.reload();
    await popup.locator('[data-testid="site-switch"]').waitFor({ timeout: 10_000 });
    expect(await popup.locator('[data-testid="site-switch"]').isChecked()).toBe(false);
    await popup.locator('[data-testid="site-switch"]').check();
    await waitForPainted(page, (r) => r.some((x) => x.text === '존 슐먼'));

    // Global switch off: also off.
    await popup.locator('[data-testid="global-switch"]').uncheck();
    await expect.poll(() => paintedRanges(page), { timeout: 10_000 }).toEqual([]);
    await popup.locator('[data-testid="global-switch"]').check();
    await waitForPainted(page, (r) => r.some((x) => x.text === '존 슐먼'));
    await popup.close();
    await page.close();
  });
});

describe('UI language', () => {
  it('follows the browser language: Korean card and popup under a Korean Chromium', async () => {
    const ko = await launchWithExtension({ uiLanguage: 'ko', locale: 'ko-KR' });
    try {
      const page = await ko.context.newPage();
      await page.goto(server.url('seed-article.html'));
      await waitForPainted(page, (r) => r.some((x) => x.text === '존 슐먼'));
      const pt = await centreOf(page, '존 슐먼');
      await page.mouse.move(pt.x, pt.y);
      const card = page.locator(`${HOST} [data-testid="card"]`);
      await card.waitFor({ state: 'visible', timeout: 10_000 });
      await expect.poll(() => card.textContent(), { timeout: 10_000 }).toContain('이동 이력');
      const tabId = await tabIdOf(ko, page);
      const popup = await ko.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.locator('[data-testid="people"]').waitFor({ timeout: 10_000 });
      expect(await popup.locator('h1').textContent()).toBe('이 페이지의 이름');
    } finally {
      await ko.close();
    }
  });
});

describe('card UI loading', () => {
  it('a card UI that cannot load leaves the page as it was and the popup says why', async () => {
    // A copy of the build without the card's script: injecting it fails in the background.
    const dir = mkdtempSync(join(tmpdir(), 'atl-no-card-'));
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    rmSync(join(dir, 'card-ui.js'));
    const own = await launchWithExtension({ extensionDir: dir });
    try {
      const page = await own.context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.goto(server.url('seed-article.html'));
      await waitForPainted(page, (r) => r.some((x) => x.text === '존 슐먼'));
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      const pt = await centreOf(page, '존 슐먼');
      const warned = page.waitForEvent('console', { predicate: (m) => m.text().includes('could not open its card'), timeout: 10_000 });
      await page.mouse.move(pt.x, pt.y);
      expect((await warned).text()).toContain('card-ui.js');
      const tabId = await tabIdOf(own, page);
      const popup = await own.openExtensionPage(`popup.html?tabId=${tabId}`);
      const problem = popup.locator('[data-testid="card-problem"]');
      await problem.waitFor({ timeout: 10_000 });
      expect(await problem.textContent()).toContain('Cards could not open on this page');
      expect(await problem.textContent()).toContain('card-ui.js');
      // Names are still listed and painted; nothing of ours was added to the page.
      expect(await popup.locator('[data-testid="people"] button[data-id="john-schulman"]').count()).toBe(1);
      expect(await page.locator(HOST).count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
      expect(pageErrors).toEqual([]);
    } finally {
      await own.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('extension update', () => {
  it('an old content script goes quiet when the extension reloads: highlights cleared, no card, no errors', async () => {
    const own = await launchWithExtension();
    try {
      const page = await own.context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && !m.text().includes('Failed to load resource')) errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.url('seed-article.html'));
      await waitForPainted(page, (r) => r.some((x) => x.text === '존 슐먼'));
      const pt = await centreOf(page, '존 슐먼');
      await own.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});
      await page.waitForTimeout(1000); // let the reload happen; this waits, it does not time anything
      await page.mouse.move(pt.x, pt.y);
      await page.mouse.move(pt.x + 2, pt.y);
      await expect.poll(() => paintedRanges(page), { timeout: 10_000 }).toEqual([]);
      expect(await page.locator(HOST).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await own.close();
    }
  });
});
