import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { draftOf } from '@/lib/flags/draft';
import type { OrgGuess, OrgGuesses } from '@/lib/flags/guess-orgs';
import { sentenceOf } from '@/lib/flags/quote';
// Types only: the schema (and zod) stays out of the content script; the background checks the draft.
import type { Flag, FlagDraft, OrgRef, TextQuote } from '@/lib/flags/schema';
import { RequestError, sendRequest } from '@/lib/messages/client';

export interface FlagFormInitial {
  personId?: string;
  personName: string;
  quote?: TextQuote;
  pageUrl: string;
  pageTitle: string;
}

/** Local date as YYYY-MM-DD: "reported today" is the usual case when flagging from a page. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A typed org name becomes a dataset org when it names one, free text otherwise. */
export function orgRefFromInput(text: string, orgs: readonly OrgGuess[]): OrgRef | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const lower = t.normalize('NFC').toLowerCase();
  const hit = orgs.find((o) => o.name.toLowerCase() === lower || o.id === lower);
  return hit ? { id: hit.id, name: hit.name } : { name: t };
}

type Field = 'person' | 'org' | 'date' | 'url' | 'title' | 'note';

/** Which form field a problem's path (into the draft) points at. */
function fieldOf(path: readonly PropertyKey[]): Field {
  const [a, b] = path;
  if (a === 'person') return 'person';
  if (a === 'from' || a === 'to') return 'org';
  if (a === 'date' || a === 'dateKind') return 'date';
  if (a === 'evidence') return b === 'title' ? 'title' : 'url';
  if (a === 'note') return 'note';
  return 'person';
}

const FIELD_ERROR: Record<Field, () => string> = {
  person: () => i18n.t('flags.form.errors.person'),
  org: () => i18n.t('flags.form.errors.org'),
  date: () => i18n.t('flags.form.errors.date'),
  url: () => i18n.t('flags.form.errors.url'),
  title: () => i18n.t('flags.form.errors.title'),
  note: () => i18n.t('flags.form.errors.note'),
};

/**
 * The "Flag a move" form, prefilled from the page (person, org guesses from the quoted
 * sentence, quote, URL). Creates a flag, or edits one when `editing` is given. The background
 * validates the draft with the flag schema; the form lists in plain words what it found wrong.
 */
export function FlagForm(props: { initial: FlagFormInitial; onDone: () => void; editing?: Flag }) {
  const { initial, editing } = props;
  const start = editing ? draftOf(editing) : undefined;
  const [person, setPerson] = useState(start?.person.name ?? initial.personName);
  const [from, setFrom] = useState(start?.from?.name ?? '');
  const [to, setTo] = useState(start?.to?.name ?? '');
  const [date, setDate] = useState(start?.date ?? today());
  const [dateKind, setDateKind] = useState<'moved' | 'reported'>(start?.dateKind ?? 'reported');
  const [url, setUrl] = useState(start?.evidence.url ?? initial.pageUrl);
  const [title, setTitle] = useState(start?.evidence.title ?? initial.pageTitle);
  const [quote, setQuote] = useState<TextQuote | undefined>(start ? start.evidence.quote : initial.quote);
  const [note, setNote] = useState(start?.note ?? '');
  const [orgs, setOrgs] = useState<OrgGuess[]>([]);
  const [errors, setErrors] = useState<Field[]>([]);
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const personId = editing ? editing.person.id : initial.personId;

  useEffect(() => {
    let live = true;
    sendRequest<{ orgs: OrgGuess[]; guess: OrgGuesses }>({ type: 'flags/form-context', sentence: initial.quote ? sentenceOf(initial.quote) : '' })
      .then((ctx) => {
        if (!live) return;
        setOrgs(ctx.orgs);
        if (!editing) {
          setFrom((v) => v || ctx.guess.from?.name || '');
          setTo((v) => v || ctx.guess.to?.name || '');
        }
      })
      .catch(() => {}); // guesses are a convenience; the form works without them
    return () => {
      live = false;
    };
  }, []);

  async function submit(e: Event) {
    e.preventDefault();
    setFailure('');
    setErrors([]);
    const candidate: FlagDraft = {
      person: personId ? { id: personId, name: person.trim() } : { name: person.trim() },
      from: orgRefFromInput(from, orgs),
      to: orgRefFromInput(to, orgs),
      date: date.trim(),
      dateKind,
      evidence: { url: url.trim(), title: title.trim(), ...(quote ? { quote } : {}) },
      note: note.trim(),
    };
    setBusy(true);
    try {
      if (editing) await sendRequest({ type: 'flags/edit', id: editing.id, draft: candidate });
      else await sendRequest({ type: 'flags/create', draft: candidate });
      props.onDone();
    } catch (err) {
      if (err instanceof RequestError && err.problems.length > 0) setErrors([...new Set(err.problems.map((p) => fieldOf(p.path)))]);
      else setFailure((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const bad = (f: Field) => (errors.includes(f) ? 'true' : undefined);
  const listId = `atl-orgs-${Math.abs(hash(initial.personName))}`;
  return (
    <form class="atl-form" onSubmit={submit} noValidate aria-label={i18n.t('flags.form.title')}>
      {(errors.length > 0 || failure) && (
        <div role="alert">
          {errors.length > 0 && (
            <ul class="atl-errors">
              {errors.map((f) => (
                <li key={f}>{FIELD_ERROR[f]()}</li>
              ))}
            </ul>
          )}
          {failure && <div class="atl-error">{failure}</div>}
        </div>
      )}
      <label>
        {i18n.t('flags.form.person')}
        <input name="person" value={person} readOnly={!!personId} aria-invalid={bad('person')} onInput={(e) => setPerson(e.currentTarget.value)} />
      </label>
      <datalist id={listId}>
        {orgs.map((o) => (
          <option key={o.id} value={o.name} />
        ))}
      </datalist>
      <div class="atl-row">
        <label>
          {i18n.t('flags.form.from')}
          <input name="from" list={listId} value={from} aria-invalid={bad('org')} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label>
          {i18n.t('flags.form.to')}
          <input name="to" list={listId} value={to} aria-invalid={bad('org')} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
      </div>
      <div class="atl-row">
        <label>
          {i18n.t('flags.form.date')}
          <input name="date" value={date} placeholder="YYYY-MM-DD" aria-invalid={bad('date')} onInput={(e) => setDate(e.currentTarget.value)} />
        </label>
        <label>
          {i18n.t('flags.form.dateKind')}
          <select name="dateKind" value={dateKind} onChange={(e) => setDateKind(e.currentTarget.value === 'moved' ? 'moved' : 'reported')}>
            <option value="reported">{i18n.t('flags.form.dateReported')}</option>
            <option value="moved">{i18n.t('flags.form.dateMoved')}</option>
          </select>
        </label>
      </div>
      <label>
        {i18n.t('flags.form.url')}
        <input name="url" type="url" value={url} aria-invalid={bad('url')} onInput={(e) => setUrl(e.currentTarget.value)} />
      </label>
      <label>
        {i18n.t('flags.form.pageTitle')}
        <input name="title" value={title} aria-invalid={bad('title')} onInput={(e) => setTitle(e.currentTarget.value)} />
      </label>
      {quote && (
        <div class="atl-muted">
          {i18n.t('flags.form.quote')} <span class="atl-flag-quote">“{quote.exact}”</span>{' '}
          <button type="button" class="atl-btn" onClick={() => setQuote(undefined)}>
            {i18n.t('flags.form.removeQuote')}
          </button>
        </div>
      )}
      <label>
        {i18n.t('flags.form.note')}
        <textarea name="note" rows={2} value={note} aria-invalid={bad('note')} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <div>
        <button type="submit" class="atl-btn atl-btn-primary" disabled={busy}>
          {editing ? i18n.t('flags.form.saveEdit') : i18n.t('flags.form.save')}
        </button>
        <button type="button" class="atl-btn" onClick={props.onDone}>
          {i18n.t('flags.form.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A stable small number from a string, so two forms on one card never share a datalist id. */
function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}
