import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { EXCLUDED_FRAME_MATCHES } from './lib/content/excluded-frames';

// WXT is pinned to 0.20.x: 0.21 requires Node 22 and these machines run Node 20.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The content script reaches the extension API through lib/content/extension-api.ts, not the
    // polyfill (why: that file). Its aliases come first, so they win over the polyfill module's.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'content')) return;
      const own = { find: /^wxt\/browser$/, replacement: resolve('lib/content/extension-api.ts') };
      const alias = config.resolve?.alias ?? [];
      const rest = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [own, ...rest] };
    },
  },
  manifest: {
    name: 'AI Talent Lens',
    description: 'Finds AI researchers and labs on news pages and shows where they moved.',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'unlimitedStorage', 'alarms', 'scripting'],
    // The content script's own matches; scripting.executeScript (the card UI, lib/background/card-ui.ts) needs them as host permissions.
    host_permissions: ['<all_urls>'],
    // The highlight styles, injected at document start (why: entrypoints/highlight.content.css).
    content_scripts: [{ matches: ['<all_urls>'], exclude_matches: EXCLUDED_FRAME_MATCHES, all_frames: true, css: ['content-scripts/highlight.css'] }],
    browser_specific_settings: {
      gecko: { id: 'ai-talent-lens@example.org', data_collection_permissions: { required: ['none'] } },
    },
  },
});
