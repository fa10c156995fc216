import { LANGS, aliasText, type Alias, type Dataset, type Lang } from '../dataset/schema';
import { hasWidelySharedSurname, isCommonPersonName, isKoreanNameInHanja, isKoreanSurnameInKana, mayHaveNamesakes } from './common-names';
import { chineseOrderNames, derivedShortNames, withSpellingVariants } from './derived-short-names';
import { isEverydayKoreanWord } from './everyday-korean-words';
import { hanFoldsFor } from './han-variants';
import { ALIAS_AFTER_FULL_NAME, ALIAS_AMBIGUOUS, ALIAS_KEEP_CASE, ALIAS_SHORT, type AliasIndex, type AliasIndexEntity } from './types';

/** A personal name of three or more kanji (two-ideograph names are ambiguous already: common-names.ts). */
const KANJI_NAME = /^[\u4e00-\u9fff\u3400-\u4dbf]{3,}$/;

function flagsOf(a: Alias, short: boolean): number {
  let f = short ? ALIAS_SHORT : 0;
  if (typeof a !== 'string') {
    if (a.keepCase) f |= ALIAS_KEEP_CASE;
    if (a.ambiguous) f |= ALIAS_AMBIGUOUS;
  }
  return f;
}

/**
 * English news writes a unit of a company with the company's possessive: "Meta's Superintelligence
 * Labs", "Amazon's AGI SF Lab", "Google's DeepMind". For each English alias of a unit that starts
 * with an English alias of its parent, the possessive form (straight and curly apostrophe). Not when
 * what follows the company is one ordinary word: "Microsoft's AI business" is the company's AI, not
 * its Microsoft AI unit; "Google's cloud", its cloud.
 */
const ORDINARY_AFTER_POSSESSIVE = /^(?:AI|Research|Cloud|Labs?|Ventures|Robotics|Health|Brain)$/i;

function possessiveForms(org: Dataset['orgs'][number], parent: Dataset['orgs'][number]): [string, number][] {
  const out: [string, number][] = [];
  for (const a of org.aliases.en) {
    const text = aliasText(a);
    for (const p of parent.aliases.en) {
      const head = aliasText(p);
      if (!text.startsWith(`${head} `) || text.length === head.length + 1) continue;
      const rest = text.slice(head.length + 1);
      if (ORDINARY_AFTER_POSSESSIVE.test(rest)) continue;
      for (const apostrophe of ["'", '\u2019']) out.push([`${head}${apostrophe}s ${rest}`, flagsOf(a, false)]);
    }
  }
  return out;
}

/** Compiles the dataset into the compact alias index the content script carries. */
export function buildAliasIndex(ds: Dataset): AliasIndex {
  const entities: AliasIndexEntity[] = [];
  const orgIndex = new Map<string, number>();
  for (const o of ds.orgs) {
    orgIndex.set(o.id, entities.length);
    entities.push({ id: o.id, type: 'org', name: o.name, kind: o.kind, ...(o.otherSense ? { otherSense: o.otherSense.map((w) => w.toLowerCase()) } : {}) });
  }
  ds.orgs.forEach((o, i) => {
    const parent = o.parent === undefined ? undefined : orgIndex.get(o.parent);
    if (parent !== undefined) entities[i]!.parent = parent;
  });
  for (const p of ds.people) {
    const orgs = new Set<number>();
    for (const id of [p.current?.org, ...p.moves.flatMap((m) => [m.from, m.to])]) {
      const i = id === undefined ? undefined : orgIndex.get(id);
      if (i !== undefined) orgs.add(i);
    }
    // So is a Japanese name in kanji (村上明子, 北野宏明): Japanese pages write Western names in
    // katakana and Chinese ones by their pinyin's surnames (mayHaveNamesakes), but a kanji name of
    // a Japanese person is shared by many.
    const namesakes = mayHaveNamesakes(p.aliases.en.map(aliasText)) || p.aliases.ja.some((a) => KANJI_NAME.test(aliasText(a)));
    entities.push({ id: p.id, type: 'person', name: p.name, orgs: [...orgs].sort((a, b) => a - b), ...(namesakes ? { namesakes } : {}) });
  }
  const aliases: AliasIndex['aliases'] = [];
  const entityIndex = new Map(entities.map((x, i) => [x.id, i]));
  const add = (e: Dataset['orgs'][number] | Dataset['people'][number], isPerson: boolean, derived: (lang: Lang) => string[]) => {
    const ei = entityIndex.get(e.id)!;
    const english = e.aliases.en.map(aliasText);
    const korean = e.aliases.ko.map(aliasText);
    const sharedSurname = isPerson && hasWidelySharedSurname(english);
    const commonName = (lang: Lang, text: string) =>
      isCommonPersonName(lang, text) || ((lang === 'zh' || lang === 'ja') && isKoreanNameInHanja(text, english, korean));
    for (const lang of LANGS) {
      for (const a of e.aliases[lang]) {
        const text = aliasText(a);
        const common = isPerson && commonName(lang, text) ? ALIAS_AMBIGUOUS : 0;
        aliases.push([text, ei, flagsOf(a, false) | common]);
      }
      for (const a of e.shortNames[lang]) aliases.push([aliasText(a), ei, flagsOf(a, true)]);
      for (const text of derived(lang)) {
        const afterFullName = sharedSurname || isEverydayKoreanWord(text) || (lang === 'ja' && isKoreanSurnameInKana(text)) ? ALIAS_AFTER_FULL_NAME : 0;
        aliases.push([text, ei, ALIAS_SHORT | afterFullName]);
      }
    }
  };
  const orgById = new Map(ds.orgs.map((o) => [o.id, o]));
  for (const o of ds.orgs) {
    add(o, false, () => []);
    const parent = o.parent === undefined ? undefined : orgById.get(o.parent);
    if (parent) for (const [text, flags] of possessiveForms(o, parent)) aliases.push([text, entityIndex.get(o.id)!, flags]);
  }
  for (const person of ds.people) {
    const p = withSpellingVariants(person);
    add(p, true, (lang) => derivedShortNames(p, lang));
  }
  // Surname-first forms, unless the dataset lists that text already (for this person or another).
  const listed = new Set(aliases.map(([text]) => text.toLowerCase()));
  for (const p of ds.people) {
    const ei = entityIndex.get(p.id)!;
    for (const [text, from] of chineseOrderNames(p)) {
      if (listed.has(text.toLowerCase())) continue;
      aliases.push([text, ei, flagsOf(from, false) | (isCommonPersonName('en', text) ? ALIAS_AMBIGUOUS : 0)]);
    }
  }
  return { version: 1, entities, aliases, hanFolds: hanFoldsFor(aliases.map(([text]) => text)) };
}
