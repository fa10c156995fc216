/**
 * Shared e2e helpers: launch Debian's Chromium with the built extension (playwright-core, no
 * browser download), serve fixture pages over http on 127.0.0.1, and find the extension id.
 * Build first (`npm run test:e2e` does): the extension is read from .output/chrome-mv3.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const FIXTURE_PAGES = resolve('tests/fixtures/pages');

/** The project's fixed Chromium flags for tests (team brief). */
export function chromiumArgs(extensionDir: string | null): string[] {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  return args;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Opens an extension page, e.g. `popup.html?tabId=3`. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Load the extension (default) or run a plain browser (baselines in the benchmark). */
  withExtension?: boolean;
  extensionDir?: string;
  /** Browser UI language (what chrome.i18n follows), e.g. 'ko'. Sets --lang and $LANGUAGE. */
  uiLanguage?: string;
  locale?: string;
  viewport?: { width: number; height: number } | null;
}

/** A fresh persistent context (fresh --user-data-dir) with the unpacked extension loaded. */
export async function launchWithExtension(opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  const withExtension = opts.withExtension ?? true;
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}. Run \`npm run build\` first.`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found. Install Debian's chromium package (apt-get install chromium).`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'atl-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    args: [...chromiumArgs(withExtension ? extensionDir : null), ...(opts.uiLanguage ? [`--lang=${opts.uiLanguage}`] : [])],
    // On Linux, Chromium takes its UI language from the environment rather than --lang.
    env: opts.uiLanguage ? { ...process.env, LANGUAGE: opts.uiLanguage, LANG: `${opts.uiLanguage}.UTF-8` } : undefined,
    locale: opts.locale ?? 'en-US',
    viewport: opts.viewport === undefined ? { width: 1280, height: 900 } : opts.viewport,
  });
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  };
  if (!withExtension) {
    return {
      context,
      extensionId: '',
      serviceWorker: undefined as unknown as Worker,
      openExtensionPage: () => Promise.reject(new Error('launched without the extension')),
      close,
    };
  }
  try {
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    // The service worker's URL is chrome-extension://<id>/background.js.
    const extensionId = new URL(serviceWorker.url()).host;
    return {
      context,
      extensionId,
      serviceWorker,
      async openExtensionPage(path: string) {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
        return page;
      },
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  url(path: string): string;
  /** Serve generated content at a path (the benchmark's large page). */
  put(path: string, body: string, type?: string): void;
  close(): Promise<void>;
}

/** Serves a directory (default: tests/fixtures/pages) on 127.0.0.1 at a free port. */
export async function serveDirectory(root: string = FIXTURE_PAGES): Promise<StaticServer> {
  const base = resolve(root);
  const extra = new Map<string, { body: string; type: string }>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const generated = extra.get(path);
    if (generated) {
      res.writeHead(200, { 'content-type': generated.type, 'cache-control': 'no-store' });
      res.end(generated.body);
      return;
    }
    const file = normalize(join(base, path));
    if (!(file === base || file.startsWith(base + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    put: (path, body, type = TYPES['.html']!) => extra.set(`/${path.replace(/^\//, '')}`, { body, type }),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** The tab id of a page, asked of the extension's service worker while that page is in front. */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await ext.serviceWorker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (typeof id !== 'number') throw new Error('could not find the tab id');
  return id;
}
