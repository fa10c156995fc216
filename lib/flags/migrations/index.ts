import { FLAGS_SCHEMA_VERSION } from '../schema';

/**
 * Record migrations, one file per step: `vNNN-to-vMMM.ts` exports a function that turns one
 * flag record of version NNN into version MMM, and is registered here under NNN (Read Frog's
 * layout). Version 1 is the first version, so there is no step yet. A new step comes with a
 * frozen example file tests/fixtures/flags/vNNN.json, which tests/unit/flags-migrations.test.ts
 * migrates and validates against the current schema.
 */
export const MIGRATIONS: Readonly<Record<number, (record: unknown) => unknown>> = {};

/** Brings one record written at `fromVersion` up to FLAGS_SCHEMA_VERSION (validation comes after). */
export function migrateRecord(record: unknown, fromVersion: number): unknown {
  let r = record;
  for (let v = fromVersion; v < FLAGS_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from flags schema version ${v}`);
    r = step(r);
  }
  return r;
}
