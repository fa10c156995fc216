/**
 * Compiles seeds/ into generated/dataset.json (full records, for the background) and the compact
 * index the content script scans with, in three parts: generated/alias-scan.json and
 * alias-children.txt (the matcher's precompiled tables, read on every page; compile.ts's
 * packTables says why two) and generated/alias-records.json (entities and alias texts, read only
 * once a page holds a candidate; see matcherFromTables), plus the id of that set.
 * The content script does not bundle them: it reads them from extension storage (see
 * lib/background/alias-tables.ts for why).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadSeeds } from '../lib/dataset/load-node';
import { buildAliasIndex } from '../lib/match/alias-index';
import { compileIndex, packTables } from '../lib/match/compile';
import type { AliasRecords } from '../lib/match/types';

const { dataset, problems } = loadSeeds('seeds');
if (problems.length) {
  for (const p of problems) console.error(`${p.file}: ${p.message}`);
  process.exit(1);
}
mkdirSync('generated', { recursive: true });
writeFileSync('generated/dataset.json', JSON.stringify(dataset));
const index = buildAliasIndex(dataset);
// The matcher's tables, compiled here so that the content script only unpacks them (compile.ts).
const { scan, children } = packTables(compileIndex(index));
const records = JSON.stringify({ entities: index.entities, aliases: index.aliases } satisfies AliasRecords);
writeFileSync('generated/alias-scan.json', scan);
writeFileSync('generated/alias-children.txt', children);
writeFileSync('generated/alias-records.json', records);
// Names this set of tables: the background publishes them under it and a content script built
// with other tables (an update in flight) asks the background instead (lib/content/alias-tables.ts).
const id = createHash('sha256').update(scan).update('\0').update(children).update('\0').update(records).digest('hex').slice(0, 16);
writeFileSync('generated/alias-tables-id.json', JSON.stringify({ id }));
console.log(`generated/: ${dataset.people.length} people, ${dataset.orgs.length} orgs, index ${scan.length} + ${children.length} + ${records.length} bytes`);
