import type { PersonRef } from './schema';

/**
 * How cards and broadcasts name a person: the dataset id, or `name:<lower-case name>` for a
 * person the dataset lacks (flagged through "Flag as a new person").
 */
export function personKey(p: { id?: string; name: string } | PersonRef): string {
  return p.id ?? `name:${p.name.normalize('NFC').toLowerCase()}`;
}
