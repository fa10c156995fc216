import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '@/lib/flags/migrations';
import { FLAGS_SCHEMA_VERSION } from '@/lib/flags/schema';
import { parseSharedFile } from '@/lib/flags/shared-file';

const DIR = 'tests/fixtures/flags';
const examples = readdirSync(DIR).filter((n) => /^v\d+\.json$/.test(n));

describe('flags schema versions', () => {
  it('has a frozen example for every version and a migration for every step', () => {
    for (let v = 1; v <= FLAGS_SCHEMA_VERSION; v++) expect(examples).toContain(`v${v}.json`);
    for (let v = 1; v < FLAGS_SCHEMA_VERSION; v++) expect(MIGRATIONS[v], `migration from v${v}`).toBeTypeOf('function');
  });

  it.each(examples)('%s migrates to the current schema with every record valid', (name) => {
    const text = readFileSync(`${DIR}/${name}`, 'utf8');
    const raw = JSON.parse(text);
    const parsed = parseSharedFile(name, text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.invalidRecords).toBe(0);
    expect(parsed.flags).toHaveLength(raw.flags.length);
    expect(parsed.flags.map((f) => f.id).sort()).toEqual(raw.flags.map((f: { id: string }) => f.id).sort());
  });
});
