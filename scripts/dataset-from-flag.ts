/**
 * `npm run dataset:from-flag -- <shared-flags.json> <flag-id>`: writes a confirmed team flag into
 * seeds/people/<id>.json as a sourced move. Validates the shared file like the extension does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { flagToMove } from '../lib/dataset/from-flag';
import { loadSeeds } from '../lib/dataset/load-node';
import { parseSharedFile } from '../lib/flags/shared-file';

function fail(message: string): never {
  console.error(`dataset:from-flag: ${message}`);
  process.exit(1);
}

const [file, flagId] = process.argv.slice(2);
if (!file || !flagId) fail('usage: npm run dataset:from-flag -- <shared-flags.json> <flag-id>');
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (e) {
  fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
}
const parsed = parseSharedFile(file, text);
if (!parsed.ok) fail(parsed.problem.message);
const flag = parsed.flags.find((f) => f.id === flagId);
if (!flag) fail(`${file} has no valid flag with id ${flagId}`);
const { dataset, problems } = loadSeeds('seeds');
if (problems.length) fail(`seeds/ has invalid files; run npm run build:data first`);
const result = flagToMove(flag, dataset);
if (!result.ok) fail(result.error);
const target = `seeds/people/${result.person.id}.json`;
writeFileSync(target, `${JSON.stringify(result.person, null, 2)}\n`);
console.log(`${result.merged ? 'added a source to' : 'added'} move ${result.move.from ?? '∅'} → ${result.move.to ?? '∅'} (${result.move.date}) in ${target}`);
