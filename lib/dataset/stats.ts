import { LANGS, type Dataset, type Lang } from './schema';

export interface DatasetStats {
  people: number;
  orgs: number;
  moves: number;
  sourcedMoves: number;
  /** Share of moves with at least one source URL, 0..1. */
  sourcedShare: number;
  peopleWithoutMoves: number;
  aliasesByLang: Record<Lang, number>;
  peopleWithKoreanAlias: number;
}

export function datasetStats(ds: Dataset): DatasetStats {
  const moves = ds.people.flatMap((p) => p.moves);
  const sourcedMoves = moves.filter((m) => m.sources.length > 0).length;
  const aliasesByLang = Object.fromEntries(LANGS.map((l) => [l, 0])) as Record<Lang, number>;
  for (const e of [...ds.people, ...ds.orgs]) {
    for (const l of LANGS) aliasesByLang[l] += e.aliases[l].length + e.shortNames[l].length;
  }
  return {
    people: ds.people.length,
    orgs: ds.orgs.length,
    moves: moves.length,
    sourcedMoves,
    sourcedShare: moves.length ? Math.round((sourcedMoves / moves.length) * 1000) / 1000 : 0,
    peopleWithoutMoves: ds.people.filter((p) => p.moves.length === 0).length,
    aliasesByLang,
    peopleWithKoreanAlias: ds.people.filter((p) => p.aliases.ko.length > 0).length,
  };
}
