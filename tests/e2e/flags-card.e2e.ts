/**
 * Flag a move from the person card on a seed page, in real Chromium: the flag shows at once on
 * the card open in another tab (broadcast), and on the card after a reload (stored in the
 * background's IndexedDB).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIGHLIGHT_PERSON, waitForPainted } from './helpers/highlights';
import { launchWithExtension, serveDirectory, tabIdOf, type ExtensionBrowser, type StaticServer } from './helpers/launch';

// Set ATL_EXTENSION_DIR to test a private build (`wxt build -m NAME`) while teammates rebuild .output/chrome-mv3.
const EXTENSION_DIR = process.env.ATL_EXTENSION_DIR || undefined;
const HOST = 'ai-talent-lens-ui';
let ext: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveDirectory();
  ext = await launchWithExtension({ extensionDir: EXTENSION_DIR });
  const options = await ext.openExtensionPage('options.html');
  await options.waitForSelector('main[data-ready=true]');
  await options.fill('input[name=author]', 'Kim');
  await options.click('form button[type=submit]');
  await options.waitForSelector('[data-testid=options-message]:has-text("Display name saved.")');
  await options.close();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** Opens the seed article and hovers 존 슐먼 until his card (with the flags section) is open. */
async function openCard(page: Page): Promise<ReturnType<Page['locator']>> {
  await page.goto(server.url('seed-article.html'));
  await waitForPainted(page, (r) => r.some((x) => x.type === 'person' && x.text === '존 슐먼'));
  const pt = await page.evaluate((name) => {
    for (const r of (CSS.highlights.get(name) ?? []) as unknown as Iterable<AbstractRange>) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      if (live.toString() !== '존 슐먼') continue;
      live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = live.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, HIGHLIGHT_PERSON);
  expect(pt).not.toBeNull();
  await page.mouse.move(pt!.x, pt!.y);
  const flags = page.locator(`${HOST} [data-testid="card"] [data-testid="person-flags"]`);
  await flags.waitFor({ state: 'visible', timeout: 15_000 });
  return flags;
}

describe('flag a move from the card', () => {
  it('saves from the card form, shows at once in another tab, and after a reload', async () => {
    const other = await ext.context.newPage();
    const otherFlags = await openCard(other);
    expect(await otherFlags.locator('[data-flag-id]').count()).toBe(0);

    const page = await ext.context.newPage();
    const flags = await openCard(page);
    await flags.getByRole('button', { name: 'Flag a move' }).click();
    const form = flags.locator('form');
    await form.waitFor({ state: 'visible' });
    expect(await form.locator('input[name=person]').inputValue()).toBe('John Schulman');
    expect(await form.locator('input[name=url]').inputValue()).toBe(server.url('seed-article.html'));
    // Org guesses from the quoted sentence: "오픈AI 공동 창업자이자 … 존 슐먼이 … 앤트로픽으로 이직을 …".
    await expect.poll(() => form.locator('input[name=from]').inputValue(), { timeout: 10_000 }).toBe('OpenAI');
    expect(await form.locator('input[name=to]').inputValue()).toBe('Anthropic');
    expect(await form.textContent()).toContain('존 슐먼');

    // Bad input first: the form says what is wrong and saves nothing.
    await form.locator('input[name=date]').fill('last week');
    await form.locator('input[name=url]').fill('javascript:alert(1)');
    await form.getByRole('button', { name: 'Save flag' }).click();
    const alert = form.locator('[role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('YYYY, YYYY-MM or YYYY-MM-DD');
    expect(await alert.textContent()).toContain('http:// or https://');

    await form.locator('input[name=date]').fill('2024-08');
    await form.locator('input[name=url]').fill(server.url('seed-article.html'));
    await form.locator('textarea[name=note]').fill('e2e: flagged from the card');
    await form.getByRole('button', { name: 'Save flag' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => flags.locator('[data-flag-id]').count(), { timeout: 10_000 }).toBe(1);
    expect(await flags.textContent()).toContain('unconfirmed');

    // The other tab's open card refreshed on the broadcast, without a reload.
    await expect.poll(() => otherFlags.locator('[data-flag-id]').count(), { timeout: 10_000 }).toBe(1);

    await page.reload();
    const again = await openCard(page);
    await expect.poll(() => again.locator('[data-flag-id]').count(), { timeout: 10_000 }).toBe(1);
    expect(await again.textContent()).toContain('e2e: flagged from the card');
    expect(await again.textContent()).toContain('flagged by Kim');
  });
  it('"Flag as a new person" (the context-menu message) opens the form for a name the dataset lacks', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('seed-article.html'));
    await waitForPainted(page, (r) => r.length > 0);
    const tabId = await tabIdOf(ext, page);
    // The menu item exists: update() rejects for an unknown id.
    const menu = await ext.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { contextMenus: { update(id: string, p: object): Promise<void> } } }).chrome.contextMenus
        .update('flags-new-person', {})
        .then(() => 'exists', (e: Error) => e.message),
    );
    expect(menu).toBe('exists');
    // What the background's context-menu click handler sends (lib/background/flags-menu.ts).
    await ext.serviceWorker.evaluate(
      ([id, msg]) => (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(id, msg),
      [tabId, { type: 'content/open-flag-form', selectionText: '홍길동' }] as const,
    );
    const form = page.locator(`${HOST} form[aria-label="Flag a move"]`);
    await form.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await form.locator('input[name=person]').inputValue()).toBe('홍길동');
    await form.locator('input[name=to]').fill('Some New Lab');
    await form.getByRole('button', { name: 'Save flag' }).click();
    await form.waitFor({ state: 'detached' });
    const options = await ext.openExtensionPage('options.html');
  await options.waitForSelector('main[data-ready=true]');
    await options.waitForSelector('[data-flag-id]');
    const texts = await options.$$eval('[data-flag-id]', (els) => els.map((e) => e.textContent ?? ''));
    expect(texts.some((t) => t.includes('홍길동') && t.includes('Some New Lab'))).toBe(true);
  });
});
