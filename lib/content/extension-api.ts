import type Browser from 'webextension-polyfill';

type ExtensionApi = Browser.Browser;

/**
 * The extension API as the content script sees it. wxt.config.ts points the content script's
 * `wxt/browser` (its own imports and WXT's ContentScriptContext) here instead of at the polyfill:
 * a content script is compiled cold on every page load, and the polyfill's factory, which V8
 * compiles whole when the bundle first calls it, was about 1-2 ms of every page's start
 * (bench:page, init). Chromium (156 here) and Firefox give content scripts a promise-based
 * `browser` of their own; where it is missing, MV3's `chrome` returns promises for what the
 * content script calls (storage.local.get, runtime.sendMessage), and its one onMessage listener
 * answers through sendResponse, which both forms support. Extension pages and the background
 * keep the polyfill.
 */
const g = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
export const browser: ExtensionApi = g.browser?.runtime?.id ? g.browser : g.chrome!;
