import { aliasText, LANGS, type Dataset } from '../dataset/schema';

/** One org's names, as the guesser needs them. */
export interface OrgNames {
  id: string;
  name: string;
  aliases: { text: string; keepCase: boolean }[];
}

export interface OrgGuess {
  id: string;
  name: string;
}

export interface OrgGuesses {
  from?: OrgGuess;
  to?: OrgGuess;
  /** Every org named in the sentence, in order of appearance. */
  found: OrgGuess[];
}

export function orgNamesFromDataset(ds: Pick<Dataset, 'orgs'>): OrgNames[] {
  return ds.orgs.map((o) => ({
    id: o.id,
    name: o.name,
    aliases: LANGS.flatMap((l) => [...o.aliases[l], ...o.shortNames[l]]).map((a) => ({
      text: aliasText(a).normalize('NFC'),
      keepCase: typeof a !== 'string' && a.keepCase === true,
    })),
  }));
}

const LETTER = /[\p{L}\p{N}]/u;
const LATIN = /[A-Za-z0-9]/;

// Cues read around a mention. Korean marks the role after the name (particle + verb);
// English before it.
const FROM_AFTER = /^(?:에서|을|를|은|는|의)?\s*(?:떠나|떠난|퇴사|나와|나온|출신|그만|사임|떠날)/;
const TO_AFTER = /^(?:으로|로|에|에서)?\s*(?:합류|이직|영입|입사|둥지|새 둥지|옮|향|자리를 옮|가세|조인)|^(?:이|가|은|는)\s*(?:영입|채용|스카우트)/;
const FROM_BEFORE = /(?:\bfrom|\bleft|\bleaves|\bleaving|\bquit|\bquits|\bdeparted|\bdeparts|\bformer|\bex-|전|前)\s*$/i;
const TO_BEFORE = /(?:\bto|\bjoined|\bjoins|\bjoining|\bjoin|\bhired by|\bpoached by|\bmoved to|\bmoves to)\s*$/i;

interface Hit extends OrgGuess {
  start: number;
  end: number;
}

function findOrgs(sentence: string, orgs: OrgNames[]): Hit[] {
  const text = sentence.normalize('NFC');
  const lower = text.toLowerCase();
  const hits: Hit[] = [];
  for (const o of orgs) {
    for (const a of o.aliases) {
      const needle = a.keepCase ? a.text : a.text.toLowerCase();
      const hay = a.keepCase ? text : lower;
      for (let i = hay.indexOf(needle); i !== -1 && needle; i = hay.indexOf(needle, i + 1)) {
        const end = i + needle.length;
        const before = text[i - 1] ?? ' ';
        const after = text[end] ?? ' ';
        // A Latin alias must not sit inside a longer Latin word; any alias needs a non-letter on its left.
        if (LETTER.test(before)) continue;
        if (LATIN.test(needle[needle.length - 1]) && LATIN.test(after)) continue;
        hits.push({ id: o.id, name: o.name, start: i, end });
      }
    }
  }
  // Longest first, then drop overlaps (OpenAI vs Open).
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Guesses the from and to orgs of a move from the sentence that reports it. A guess only:
 * the form shows it for the reader to correct.
 */
export function guessOrgs(sentence: string, orgs: OrgNames[]): OrgGuesses {
  const text = sentence.normalize('NFC');
  const hits = findOrgs(text, orgs);
  const found: OrgGuess[] = [];
  for (const h of hits) if (!found.some((f) => f.id === h.id)) found.push({ id: h.id, name: h.name });
  let from: Hit | undefined;
  let to: Hit | undefined;
  for (const h of hits) {
    const after = text.slice(h.end, h.end + 12);
    const before = text.slice(Math.max(0, h.start - 14), h.start);
    if (!from && (FROM_AFTER.test(after) || FROM_BEFORE.test(before))) from = h;
    else if (!to && (TO_AFTER.test(after) || TO_BEFORE.test(before))) to = h;
  }
  const rest = hits.filter((h) => h.id !== from?.id && h.id !== to?.id);
  if (!from && !to && rest.length >= 2) [from, to] = [rest[0], rest.find((h) => h.id !== rest[0].id)];
  else if (!to && rest.length) to = rest[0];
  else if (!from && to && rest.length) from = rest[0];
  const pick = (h?: Hit): OrgGuess | undefined => (h ? { id: h.id, name: h.name } : undefined);
  return { from: pick(from), to: pick(to), found };
}
