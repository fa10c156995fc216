/**
 * `npm run dataset:report [-- --json]`: counts of the bundled dataset. With --json the last line
 * is one JSON object with (at least) people, orgs, moves and sourcedShare.
 */
import { loadSeeds } from '../lib/dataset/load-node';
import { checkIntegrity } from '../lib/dataset/integrity';
import { datasetStats } from '../lib/dataset/stats';

const { dataset, problems } = loadSeeds('seeds');
const stats = datasetStats(dataset);
const integrity = checkIntegrity(dataset);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ ...stats, invalidFiles: problems.length, integrityErrors: integrity.errors.length, aliasCollisions: integrity.collisions.length }));
} else {
  console.log(`people            ${stats.people}`);
  console.log(`orgs              ${stats.orgs}`);
  console.log(`moves             ${stats.moves} (${stats.sourcedMoves} sourced, share ${stats.sourcedShare})`);
  console.log(`people w/o moves  ${stats.peopleWithoutMoves}`);
  console.log(`people w/ Korean  ${stats.peopleWithKoreanAlias}`);
  console.log(`aliases by lang   ${Object.entries(stats.aliasesByLang).map(([l, n]) => `${l} ${n}`).join(', ')}`);
  if (problems.length) console.log(`invalid files     ${problems.length}: ${problems.map((p) => p.file).join(', ')}`);
  if (integrity.errors.length) console.log(`integrity errors  ${integrity.errors.length}:\n  ${integrity.errors.join('\n  ')}`);
  if (integrity.collisions.length)
    console.log(`alias collisions  ${integrity.collisions.length}:\n  ${integrity.collisions.map((c) => `${c.alias}: ${c.ids.join(', ')}`).join('\n  ')}`);
}
