import { fileURLToPath } from 'node:url';
import { loadSeeds } from '../../lib/dataset/load-node';
import { buildAliasIndex } from '../../lib/match/alias-index';
import type { AliasIndex } from '../../lib/match/types';

let cached: AliasIndex | undefined;

/** The alias index of the real seeds/ (files that fail validation are left out, as build:data reports them). */
export function seedIndex(): AliasIndex {
  cached ??= buildAliasIndex(loadSeeds(fileURLToPath(new URL('../../seeds', import.meta.url))).dataset);
  return cached;
}
