import type { Flag, FlagDraft } from './schema';

/**
 * The draft a flag was made from, for the edit form. Kept apart from edit.ts so the form in
 * the content script can use it without loading the flag schema (and zod) at run time.
 */
export function draftOf(flag: Flag): FlagDraft {
  const { person, from, to, date, dateKind, evidence, note } = flag;
  return { person, from, to, date, dateKind, evidence, note };
}
