/**
 * The alias tables reach the content script through extension storage (or a reply from the
 * background); isAliasTables is the one check before they are parsed. Storage is ours, but a
 * mangled or foreign value must be refused, never fed to JSON.parse and the matcher.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import tablesIdJson from '@/generated/alias-tables-id.json';
import '@/lib/background/alias-tables';
import { dispatch, handle, handlerFor } from '@/lib/background/router';
import { AliasTablesError, loadAliasTables } from '@/lib/content/alias-tables';
import { MAX_ALIAS_TABLE_CHARS } from '../../lib/content/limits';
import { compileIndex, packTables } from '../../lib/match/compile';
import { ALIAS_TABLES_KEY, isAliasTables } from '../../lib/messages/alias-tables';
import { seedIndex } from './match-dataset-helpers';

const index = seedIndex();
const real = {
  id: tablesIdJson.id,
  ...packTables(compileIndex(index)),
  records: JSON.stringify({ entities: index.entities, aliases: index.aliases }),
};

describe('isAliasTables', () => {
  it('accepts the tables as the build writes them', () => {
    expect(isAliasTables(real)).toBe(true);
    expect(isAliasTables(JSON.parse(JSON.stringify(real)))).toBe(true);
  });

  it('refuses missing, mistyped or oversized parts', () => {
    expect(isAliasTables(undefined)).toBe(false);
    expect(isAliasTables(null)).toBe(false);
    expect(isAliasTables('tables')).toBe(false);
    expect(isAliasTables({ ...real, id: undefined })).toBe(false);
    expect(isAliasTables({ ...real, id: 'x'.repeat(65) })).toBe(false);
    expect(isAliasTables({ ...real, scan: JSON.parse(real.scan) })).toBe(false);
    expect(isAliasTables({ ...real, records: 42 })).toBe(false);
    expect(isAliasTables({ ...real, children: undefined })).toBe(false);
    expect(isAliasTables({ ...real, records: 'x'.repeat(MAX_ALIAS_TABLE_CHARS + 1) })).toBe(false);
  });
});

const realHandler = handlerFor('dataset/alias-tables')!;

describe('loadAliasTables', () => {
  type Chrome = typeof fakeBrowser;
  const local = () => (fakeBrowser as Chrome).storage.local;
  beforeEach(() => {
    fakeBrowser.reset();
    // What entrypoints/background.ts wires: every message goes to the router.
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => dispatch(m, {}));
  });
  afterEach(() => handle('dataset/alias-tables', realHandler));
  /** What the content script does at start: read storage, then load. */
  const loadFromStorage = async () => loadAliasTables((await local().get(ALIAS_TABLES_KEY))[ALIAS_TABLES_KEY]);

  it('reads this build\'s tables from storage, or asks the background, which stores them', async () => {
    const fromBackground = await loadFromStorage();
    expect(fromBackground.id).toBe(tablesIdJson.id);
    expect(JSON.parse(fromBackground.records).aliases.length).toBeGreaterThan(1000);
    await expect.poll(async () => (await local().get('aliasTables.id'))['aliasTables.id']).toBe(tablesIdJson.id);
    // Now from storage: the background is not asked again.
    handle('dataset/alias-tables', () => {
      throw new Error('asked the background');
    });
    expect((await loadFromStorage()).id).toBe(tablesIdJson.id);
  });

  it('ignores another build\'s tables in storage', async () => {
    await local().set({ 'aliasTables.id': 'another', aliasTables: { id: 'another', scan: '{', records: '{' } });
    expect((await loadFromStorage()).scan).not.toBe('{');
  });

  it('says why when the background cannot help: the page is older than the extension, or no tables came', async () => {
    handle('dataset/alias-tables', () => ({ id: 'newer-build', scan: '{}', children: '', records: '{}' }));
    await expect(loadFromStorage()).rejects.toMatchObject({ problem: 'page-outdated' });
    handle('dataset/alias-tables', () => ({ id: tablesIdJson.id, scan: 42 }));
    await expect(loadFromStorage()).rejects.toMatchObject({ problem: 'tables-unavailable' });
    handle('dataset/alias-tables', () => {
      throw new Error('storage is broken');
    });
    await expect(loadFromStorage()).rejects.toBeInstanceOf(AliasTablesError);
  });
});
