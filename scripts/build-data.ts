/**
 * Compiles seeds/ into generated/dataset.json (full records, for the background) and
 * generated/alias-index.json (the compact index the content script scans with, with the matcher's
 * precompiled tables).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadSeeds } from '../lib/dataset/load-node';
import { buildAliasIndex } from '../lib/match/alias-index';
import { compileIndex } from '../lib/match/compile';

const { dataset, problems } = loadSeeds('seeds');
if (problems.length) {
  for (const p of problems) console.error(`${p.file}: ${p.message}`);
  process.exit(1);
}
mkdirSync('generated', { recursive: true });
writeFileSync('generated/dataset.json', JSON.stringify(dataset));
const index = buildAliasIndex(dataset);
// The matcher's tables, compiled here so that the content script only unpacks them (compile.ts).
index.compiled = compileIndex(index);
writeFileSync('generated/alias-index.json', JSON.stringify(index));
console.log(`generated/: ${dataset.people.length} people, ${dataset.orgs.length} orgs, index ${JSON.stringify(index).length} bytes`);
