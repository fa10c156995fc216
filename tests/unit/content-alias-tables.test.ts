/**
 * The alias tables reach the content script through extension storage (or a reply from the
 * background); isAliasTables is the one check before they are parsed. Storage is ours, but a
 * mangled or foreign value must be refused, never fed to JSON.parse and the matcher.
 */
import { describe, expect, it } from 'vitest';
import { MAX_ALIAS_TABLE_CHARS } from '../../lib/content/limits';
import { compileIndex } from '../../lib/match/compile';
import { isAliasTables } from '../../lib/messages/alias-tables';
import { seedIndex } from './match-dataset-helpers';

const index = seedIndex();
const real = {
  id: '1009cfbccd2951c1',
  scan: JSON.stringify(compileIndex(index)),
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
    expect(isAliasTables({ ...real, records: 'x'.repeat(MAX_ALIAS_TABLE_CHARS + 1) })).toBe(false);
  });
});
