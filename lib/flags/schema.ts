import { z } from 'zod';
import { safeHttpUrl } from '../content/safe-url';
import { HttpUrl, Id, PartialDate } from '../dataset/schema';
import { LIMITS } from './limits';

/**
 * The flag model: a move a reader saw on a page that the dataset lacks. THE one schema of a
 * flag, used by the background store, the messages, the form and the shared file.
 * Bump FLAGS_SCHEMA_VERSION only together with a new file in ./migrations/ and a frozen
 * example in tests/fixtures/flags/.
 */
export const FLAGS_SCHEMA_VERSION = 1;

/** The `format` tag of a shared flags file, so we never merge some other JSON by mistake. */
export const SHARED_FILE_FORMAT = 'ai-talent-lens/flags';

/** An http(s) URL that also parses, so a link we render can never be javascript: or data:. */
export const EvidenceUrl = HttpUrl.refine((u) => safeHttpUrl(u) !== null, 'only http(s) URLs are allowed');

/** Hypothesis-style TextQuote selector: the selected text plus a little context either side. */
export const TextQuote = z.strictObject({
  exact: z.string().min(1).max(LIMITS.quoteExact),
  prefix: z.string().max(LIMITS.quoteContext),
  suffix: z.string().max(LIMITS.quoteContext),
});
export type TextQuote = z.infer<typeof TextQuote>;

const Name = z.string().trim().min(1).max(LIMITS.name);

/** A dataset entity (id set) or one the dataset lacks (name only). The name is always kept so teammates without the id still see who it is. */
const EntityRef = z.strictObject({ id: Id.optional(), name: Name });

/** A dataset person, or a person the dataset lacks. */
export const PersonRef = EntityRef;
export type PersonRef = z.infer<typeof PersonRef>;

/** A dataset org, or free text. */
export const OrgRef = EntityRef;
export type OrgRef = z.infer<typeof OrgRef>;

export const FlagStatus = z.enum(['open', 'confirmed', 'retracted']);
export type FlagStatus = z.infer<typeof FlagStatus>;

export const Evidence = z.strictObject({
  url: EvidenceUrl,
  title: z.string().max(LIMITS.title).default(''),
  quote: TextQuote.optional(),
});

const Timestamp = z.iso.datetime({ offset: false });

/** The move a flag reports: what the reader enters, and what every stored flag carries. */
const MoveFields = {
  person: PersonRef,
  from: OrgRef.optional(),
  to: OrgRef.optional(),
  date: PartialDate,
  /** Whether `date` is when the move happened or when the page reported it. */
  dateKind: z.enum(['moved', 'reported']),
  evidence: Evidence,
  note: z.string().max(LIMITS.note).default(''),
};

const hasFromOrTo = (m: { from?: unknown; to?: unknown }) => Boolean(m.from || m.to);
const needsFromOrTo = { message: 'a move needs a from or a to organisation', path: ['to'] };

/** What the reader enters (the form and the create/edit messages); the background adds the rest. */
export const FlagDraft = z.strictObject(MoveFields).refine(hasFromOrTo, needsFromOrTo);
export type FlagDraft = z.infer<typeof FlagDraft>;

/** A stored and shared flag (schema version 1). */
export const Flag = z
  .strictObject({
    id: z.uuid(),
    ...MoveFields,
    author: Name,
    createdAt: Timestamp,
    updatedAt: Timestamp,
    status: FlagStatus,
    /** Tombstone: kept (and shared) so a deletion reaches teammates instead of being undone by their copy. */
    deleted: z.boolean().default(false),
  })
  .refine(hasFromOrTo, needsFromOrTo);
export type Flag = z.infer<typeof Flag>;

/** The outer shape of a shared file; records are validated one by one so one bad record does not sink the file. */
export const SharedFileEnvelope = z.object({
  format: z.literal(SHARED_FILE_FORMAT),
  schemaVersion: z.number().int().min(1),
  flags: z.array(z.unknown()).max(LIMITS.flagsPerFile),
});
