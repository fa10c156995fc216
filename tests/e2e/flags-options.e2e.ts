/**
 * Flags end to end in real Chromium, through the options page: export from one profile and
 * import into a fresh one; sync through a shared folder with the picker stubbed by an OPFS
 * directory (headless Chromium cannot show file pickers).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './helpers/launch';
import { serializeSharedFile } from '../../lib/flags/shared-file';
import { sampleFlag } from '../unit/flags-fixtures';

// Set ATL_EXTENSION_DIR to test a private build (`wxt build -m NAME`) while teammates rebuild .output/chrome-mv3.
const EXTENSION_DIR = process.env.ATL_EXTENSION_DIR || undefined;
/** The extension page's own chrome global, inside page.evaluate. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const open: ExtensionBrowser[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

async function launch(): Promise<ExtensionBrowser> {
  const ext = await launchWithExtension({ extensionDir: EXTENSION_DIR });
  open.push(ext);
  return ext;
}

const draft = (name: string) => ({
  person: { name },
  from: { id: 'openai', name: 'OpenAI' },
  to: { id: 'anthropic', name: 'Anthropic' },
  date: '2024-08',
  dateKind: 'reported',
  evidence: { url: 'https://example.com/e2e', title: 'E2E article' },
  note: 'made by the e2e test',
});

async function optionsPage(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.openExtensionPage('options.html');
  await page.waitForSelector('main[data-ready=true]');
  return page;
}

async function setAuthor(page: Page, name: string) {
  await page.fill('input[name=author]', name);
  await page.click('form button[type=submit]');
  await expect.poll(() => page.locator('[data-testid=options-message]').textContent({ timeout: 1000 }).catch(() => null), { timeout: 15_000 }).toContain('Display name saved.');
}

/** Creates a flag with the same message the card's form sends. */
async function createFlag(page: Page, person: string): Promise<string> {
  const reply = await page.evaluate((d) => chrome.runtime.sendMessage({ type: 'flags/create', draft: d }), draft(person));
  expect(reply).toMatchObject({ ok: true });
  return (reply as { data: { id: string } }).data.id;
}

const flagIds = (page: Page) => page.$$eval('[data-flag-id]', (els) => els.map((e) => e.getAttribute('data-flag-id')));

describe('flags in the options page', () => {
  it('exports from one profile and imports into a fresh one', async () => {
    const a = await launch();
    const pa = await optionsPage(a);
    await setAuthor(pa, 'Kim');
    const id = await createFlag(pa, 'E2E Person');
    await pa.reload();
    await pa.waitForSelector(`[data-flag-id="${id}"]`);
    const [download] = await Promise.all([pa.waitForEvent('download'), pa.getByRole('button', { name: 'Export flags' }).click()]);
    const dir = mkdtempSync(join(tmpdir(), 'atl-export-'));
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'ai-talent-lens/flags', schemaVersion: 1, flags: [{ id }] });

    const b = await launch();
    const pb = await optionsPage(b);
    expect(await flagIds(pb)).toEqual([]);
    await pb.setInputFiles('input[name=import]', file);
    await pb.waitForSelector(`[data-flag-id="${id}"]`);
    expect(await pb.textContent(`[data-flag-id="${id}"]`)).toContain('E2E Person');
    expect(await pb.textContent('[data-testid=options-message]')).toContain('Imported');

    // A bad file: a clear message naming it, and the flags stay as they were.
    const bad = join(dir, 'broken-export.json');
    writeFileSync(bad, '{"format": "ai-talent-lens/flags", "schemaVersion": 1, "flags": [');
    await pb.setInputFiles('input[name=import]', bad);
    await pb.waitForSelector('[data-testid=options-message][role=alert]');
    expect(await pb.textContent('[data-testid=options-message]')).toMatch(/broken-export\.json.*cut off/);
    expect(await flagIds(pb)).toEqual([id]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('syncs through a shared folder (an OPFS directory in place of the picker)', async () => {
    const ext = await launch();
    const page = await optionsPage(ext);
    await setAuthor(page, 'Kim');
    const mine = await createFlag(page, 'Folder Person');
    // A teammate's file already in the shared folder, with one flag of theirs.
    const theirs = '7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const teammateFile = serializeSharedFile([
      sampleFlag({ id: theirs, person: { name: 'Teammate Person' }, from: undefined, to: { name: 'Some Lab' }, date: '2026-11', evidence: { url: 'https://example.com/lee', title: 'Lee source' }, author: 'Lee' }),
    ]);
    await page.evaluate(async (text) => {
      const team = await (await navigator.storage.getDirectory()).getDirectoryHandle('team', { create: true });
      const w = await (await team.getFileHandle('flags-lee-1234.json', { create: true })).createWritable();
      await w.write(text);
      await w.close();
      (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () => team;
    }, teammateFile);

    await page.check('input[name=mode][value=folder]');
    await page.getByRole('button', { name: 'Choose folder…' }).click();
    await page.waitForSelector('[data-testid=sync-status][data-state=ok]');
    await page.waitForSelector(`[data-flag-id="${theirs}"]`);
    expect(await page.textContent('[data-testid=last-sync]')).not.toContain('never');
    // The timer sync is scheduled in the background.
    const alarm = await ext.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { alarms: { get(n: string): Promise<unknown> } } }).chrome.alarms.get('flags-sync'));
    expect(alarm).toMatchObject({ name: 'flags-sync', periodInMinutes: 5 });

    const files = await page.evaluate(async () => {
      const team = await (await navigator.storage.getDirectory()).getDirectoryHandle('team');
      const out: Record<string, string> = {};
      for await (const [name, h] of (team as unknown as { entries(): AsyncIterable<[string, FileSystemFileHandle]> }).entries()) {
        out[name] = await (await h.getFile()).text();
      }
      return out;
    });
    const own = Object.keys(files).find((n) => n.startsWith('flags-kim-'));
    expect(own, Object.keys(files).join(', ')).toBeDefined();
    const ownIds = JSON.parse(files[own!]).flags.map((f: { id: string }) => f.id).sort();
    expect(ownIds).toEqual([mine, theirs].sort());
    expect(JSON.parse(files['flags-lee-1234.json']).flags).toHaveLength(1); // never writes a teammate's file

    // A truncated teammate file: named in the status, left as it is, local flags unchanged.
    const broken = '{"format": "ai-talent-lens/flags", "schemaVersion": 1, "flags": [';
    await page.evaluate(async (text) => {
      const team = await (await navigator.storage.getDirectory()).getDirectoryHandle('team');
      const w = await (await team.getFileHandle('flags-park-5678.json', { create: true })).createWritable();
      await w.write(text);
      await w.close();
    }, broken);
    await page.getByRole('button', { name: 'Sync now' }).click();
    await page.waitForSelector('[data-testid=sync-status][data-state=warning]');
    expect(await page.textContent('[data-testid=sync-status]')).toMatch(/flags-park-5678\.json is cut off/);
    const after = await page.evaluate(async () => {
      const team = await (await navigator.storage.getDirectory()).getDirectoryHandle('team');
      return (await (await team.getFileHandle('flags-park-5678.json')).getFile()).text();
    });
    expect(after).toBe(broken);
    expect((await flagIds(page)).sort()).toEqual([mine, theirs].sort());
  });
  it('syncs through one shared file (an OPFS file in place of the picker)', async () => {
    const ext = await launch();
    const page = await optionsPage(ext);
    await setAuthor(page, 'Kim');
    const mine = await createFlag(page, 'File Person');
    const theirs = '8b2d3c4e-5f60-4b7c-9d8e-0f1a2b3c4d5e';
    const sharedFile = serializeSharedFile([
      sampleFlag({ id: theirs, person: { name: 'Shared File Person' }, from: { name: 'Old Lab' }, to: undefined, date: '2026-10', dateKind: 'moved', evidence: { url: 'https://example.com/shared', title: '' }, author: 'Lee', status: 'confirmed' }),
    ]);
    await page.evaluate(async (text) => {
      const root = await navigator.storage.getDirectory();
      const file = await root.getFileHandle('team-flags.json', { create: true });
      const w = await file.createWritable();
      await w.write(text);
      await w.close();
      (window as unknown as { showOpenFilePicker: () => Promise<FileSystemFileHandle[]> }).showOpenFilePicker = async () => [file];
    }, sharedFile);

    await page.check('input[name=mode][value=file]');
    await page.getByRole('button', { name: 'Open existing file…' }).click();
    await page.waitForSelector('[data-testid=sync-status][data-state=ok]');
    await page.waitForSelector(`[data-flag-id="${theirs}"]`);
    const text = await page.evaluate(async () => (await (await (await navigator.storage.getDirectory()).getFileHandle('team-flags.json')).getFile()).text());
    expect(JSON.parse(text).flags.map((f: { id: string }) => f.id).sort()).toEqual([mine, theirs].sort());
  });
  it('edits, confirms, retracts and deletes a flag, saying what is wrong with a bad edit', async () => {
    const ext = await launch();
    const page = await optionsPage(ext);
    await setAuthor(page, 'Kim');
    const id = await createFlag(page, 'Edit Person');
    await page.reload();
    const item = page.locator(`[data-flag-id="${id}"]`);
    await item.waitFor();
    expect(await item.textContent()).toContain('unconfirmed');
    await item.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => item.locator('.atl-badge').textContent()).toBe('confirmed');

    await item.getByRole('button', { name: 'Edit' }).click();
    const form = page.locator('form[aria-label="Flag a move"]');
    await form.locator('input[name=date]').fill('2024-13');
    await form.locator('input[name=to]').fill('');
    await form.locator('input[name=from]').fill('');
    await form.getByRole('button', { name: 'Save changes' }).click();
    const alert = form.locator('[role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('YYYY, YYYY-MM or YYYY-MM-DD');
    expect(await alert.textContent()).toContain('at least one organisation');
    await form.locator('input[name=date]').fill('2024-09');
    await form.locator('input[name=to]').fill('Anthropic');
    await form.locator('textarea[name=note]').fill('edited in e2e');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => item.textContent()).toContain('edited in e2e');
    expect(await item.textContent()).toContain('2024-09');

    await item.getByRole('button', { name: 'Retract' }).click();
    await expect.poll(() => item.locator('.atl-badge').textContent()).toBe('retracted');
    page.once('dialog', (d) => void d.accept());
    await item.getByRole('button', { name: 'Delete' }).click();
    await item.waitFor({ state: 'detached' });
    const all = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'flags/export' }));
    expect(JSON.parse((all as { data: { text: string } }).data.text).flags).toMatchObject([{ id, deleted: true, status: 'retracted' }]);
  });
});
