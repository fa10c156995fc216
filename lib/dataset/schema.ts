import { z } from 'zod';

/**
 * The bundled dataset's schema. One JSON file per person (`seeds/people/<id>.json`)
 * and per org (`seeds/orgs/<id>.json`), so that contributions touch one small file.
 * `seeds/dataset.json` carries the schemaVersion for the whole tree.
 */
export const DATASET_SCHEMA_VERSION = 1;

export const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case kebab-case');

/** A partial date: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * An alias is the plain string as the press writes it, or an object when it needs flags:
 * - `keepCase`: match only with this exact Latin case (e.g. "SSI", "FAIR");
 * - `ambiguous`: an ordinary word too (Meta, Apple, 메타); matched only with AI evidence on the page.
 */
export const Alias = z.union([
  z.string().min(1).max(80),
  z.strictObject({
    text: z.string().min(1).max(80),
    keepCase: z.boolean().optional(),
    ambiguous: z.boolean().optional(),
  }),
]);
export type Alias = z.infer<typeof Alias>;

export const Lang = z.enum(['en', 'ko', 'zh', 'ja']);
export type Lang = z.infer<typeof Lang>;
export const LANGS = Lang.options;

export const AliasesByLang = z.strictObject({
  en: z.array(Alias).default([]),
  ko: z.array(Alias).default([]),
  zh: z.array(Alias).default([]),
  ja: z.array(Alias).default([]),
});
export type AliasesByLang = z.infer<typeof AliasesByLang>;

export const HttpUrl = z
  .string()
  .max(2000)
  .refine((u) => /^https?:\/\//i.test(u), 'only http(s) URLs are allowed');

export const Source = z.strictObject({
  url: HttpUrl,
  title: z.string().max(300).optional(),
  /** The outlet, e.g. "Reuters", "조선일보". */
  publisher: z.string().max(100).optional(),
});
export type Source = z.infer<typeof Source>;

export const Move = z
  .strictObject({
    /** Org id the person left; absent when the person founded or first joined `to`. */
    from: Id.optional(),
    /** Org id the person joined; absent when they left without a known destination. */
    to: Id.optional(),
    date: PartialDate,
    role: z.string().max(120).optional(),
    sources: z.array(Source).default([]),
    /** Set when no source URL could be read for this move; the card then says "unsourced". */
    unsourced: z.boolean().optional(),
    note: z.string().max(300).optional(),
  })
  .refine((m) => m.from || m.to, 'a move needs from or to')
  .refine((m) => (m.sources.length > 0) !== (m.unsourced === true), 'a move has sources or is marked unsourced, not both or neither');
export type Move = z.infer<typeof Move>;

export const Person = z.strictObject({
  id: Id,
  /** Canonical English name. */
  name: z.string().min(1).max(120),
  aliases: AliasesByLang,
  /**
   * Surname-only or given-name-only forms (Altman, 올트먼, 일리야). They are found on a
   * page only after one of the full aliases appeared there (page-level coreference).
   */
  shortNames: AliasesByLang.default({ en: [], ko: [], zh: [], ja: [] }),
  current: z
    .strictObject({
      org: Id.optional(),
      role: z.string().max(120).optional(),
    })
    .optional(),
  moves: z.array(Move).default([]),
  note: z.string().max(300).optional(),
});
export type Person = z.infer<typeof Person>;

export const OrgKind = z.enum(['lab', 'company', 'research-unit', 'university', 'nonprofit', 'government']);

export const Org = z.strictObject({
  id: Id,
  name: z.string().min(1).max(120),
  kind: OrgKind,
  parent: Id.optional(),
  aliases: AliasesByLang,
  /** e.g. "xAI", "SSI": short forms that are only safe next to AI context. */
  shortNames: AliasesByLang.default({ en: [], ko: [], zh: [], ja: [] }),
  /**
   * Words that, near one of the org's ambiguous names, show the name in its ordinary sense: 블록체인
   * or Chainlink near 오라클 / Oracle (a blockchain oracle). The page then means that sense.
   */
  otherSense: z.array(z.string().min(2).max(40)).max(30).optional(),
  note: z.string().max(300).optional(),
});
export type Org = z.infer<typeof Org>;

export const DatasetManifest = z.strictObject({
  schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
  updated: PartialDate,
});

export const Dataset = z.strictObject({
  schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
  updated: PartialDate,
  people: z.array(Person),
  orgs: z.array(Org),
});
export type Dataset = z.infer<typeof Dataset>;

export function aliasText(a: Alias): string {
  return typeof a === 'string' ? a : a.text;
}
