import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Dataset, DatasetManifest, Org, Person } from './schema';

export interface LoadProblem {
  file: string;
  message: string;
}

export interface LoadResult {
  dataset: Dataset;
  problems: LoadProblem[];
}

function readJsonDir<T>(dir: string, schema: z.ZodType<T>, problems: LoadProblem[]): T[] {
  if (!existsSync(dir)) return [];
  const out: T[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const file = join(dir, name);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      problems.push({ file, message: `not valid JSON: ${(e as Error).message}` });
      continue;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      problems.push({ file, message: z.prettifyError(parsed.error) });
      continue;
    }
    const id = (parsed.data as { id: string }).id;
    if (`${id}.json` !== name) problems.push({ file, message: `file name must be ${id}.json` });
    out.push(parsed.data);
  }
  return out;
}

/** Reads the per-entity seed files (Node only: the extension bundles the compiled dataset). */
export function loadSeeds(seedsDir: string): LoadResult {
  const problems: LoadProblem[] = [];
  const manifestFile = join(seedsDir, 'dataset.json');
  const manifest = DatasetManifest.parse(JSON.parse(readFileSync(manifestFile, 'utf8')));
  const people = readJsonDir(join(seedsDir, 'people'), Person, problems);
  const orgs = readJsonDir(join(seedsDir, 'orgs'), Org, problems);
  return { dataset: { ...manifest, people, orgs }, problems };
}
