import type { Flag } from './schema';

/** Key order-independent JSON, so equal records compare equal whatever built them. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]))
      : v,
  );
}

/**
 * Total order on two versions of the same flag: later updatedAt wins; at equal times a
 * tombstone wins; a remaining tie is broken by the canonical JSON, so every replica picks the
 * same winner. Because it is a total order, taking the maximum is idempotent, commutative and
 * associative.
 */
export function compareVersions(a: Flag, b: Flag): number {
  const ta = Date.parse(a.updatedAt);
  const tb = Date.parse(b.updatedAt);
  if (ta !== tb) return ta < tb ? -1 : 1;
  if (a.deleted !== b.deleted) return a.deleted ? 1 : -1;
  const ca = canonicalJson(a);
  const cb = canonicalJson(b);
  return ca === cb ? 0 : ca < cb ? -1 : 1;
}

/** The winning version of one flag. */
export function newerVersion(a: Flag, b: Flag): Flag {
  return compareVersions(a, b) >= 0 ? a : b;
}

/** Order by id: merged sets and shared files list flags this way, so their text is stable. */
export function compareById(a: Flag, b: Flag): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Union by id of any number of flag sets, keeping each id's winning version; sorted by id. */
export function mergeFlags(...sets: readonly (readonly Flag[])[]): Flag[] {
  const byId = new Map<string, Flag>();
  for (const set of sets) {
    for (const f of set) {
      const have = byId.get(f.id);
      byId.set(f.id, have ? newerVersion(have, f) : f);
    }
  }
  return [...byId.values()].sort(compareById);
}

/** True when `base` already holds every version in `other` (or a newer one): merging would change nothing. */
export function covers(base: readonly Flag[], other: readonly Flag[]): boolean {
  const byId = new Map(base.map((f) => [f.id, f]));
  return other.every((f) => {
    const have = byId.get(f.id);
    return have !== undefined && compareVersions(have, f) >= 0;
  });
}
