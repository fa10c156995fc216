/**
 * The built content script runs on every page, so it carries no zod (full zod is about 65 kB
 * minified plus its start-up): it checks its few messages with plain guards
 * (lib/messages/page.ts); the card UI uses zod/mini, and the flag form leaves validation to the
 * background. Nor does it carry the alias tables (lib/background/alias-tables.ts says why), or
 * the card's UI (lib/content/card-ui.ts says why), the webextension-polyfill or WXT's storage
 * wrapper (lib/content/extension-api.ts and switches.ts say why). Reads the build that `npm run test:e2e` makes (or ATL_EXTENSION_DIR).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './helpers/launch';

const DIR = process.env.ATL_EXTENSION_DIR || EXTENSION_DIR;
const built = (file: string) => readFileSync(join(DIR, file), 'utf8');

// Each zod flavour registers its classes by name; the minifier keeps those strings.
const FULL_ZOD = /[`'"]ZodType[`'"]/;
const ZOD_MINI = /[`'"]ZodMiniType[`'"]/;

describe('content script bundle', () => {
  it('has no zod at all, the card UI only zod/mini, while the background (which validates every request with it) has full zod', () => {
    expect(built('background.js')).toMatch(FULL_ZOD);
    const content = built('content-scripts/content.js');
    expect(content).not.toMatch(FULL_ZOD);
    expect(content).not.toMatch(ZOD_MINI);
    const cardUi = built('card-ui.js');
    expect(cardUi).not.toMatch(FULL_ZOD);
    expect(cardUi).toMatch(ZOD_MINI);
  });

  it('carries no alias tables: V8 would compile them on every page; the background publishes them', () => {
    // The start of generated/alias-records.json's text, as the build writes it.
    const tablesText = /\{\\?"entities\\?":\[\{\\?"id\\?":/;
    expect(built('background.js')).toMatch(tablesText);
    const content = built('content-scripts/content.js');
    expect(content).not.toMatch(tablesText);
    expect(content.length).toBeLessThan(250_000);
  });

  it('leaves the card UI to its own script, which the background injects on first need', () => {
    // Text only the card UI has: an i18n key of its error line, and its flag panel's class.
    const cardOnly = [/card\.invalidated/, /\.flag-panel/];
    const content = built('content-scripts/content.js');
    const cardUi = built('card-ui.js');
    for (const marker of cardOnly) {
      expect(cardUi).toMatch(marker);
      expect(content).not.toMatch(marker);
    }
    expect(content.length).toBeLessThan(120_000);
  });

  it('reaches the extension API without the polyfill or WXT storage, which extension pages keep', () => {
    // Text the polyfill's factory carries, and method names of WXT storage's item API.
    const polyfill = /The message port closed before a response was received/;
    const wxtStorage = /removeMeta/;
    const content = built('content-scripts/content.js');
    expect(built('background.js')).toMatch(polyfill);
    expect(content).not.toMatch(polyfill);
    expect(content).not.toMatch(wxtStorage);
  });
});
