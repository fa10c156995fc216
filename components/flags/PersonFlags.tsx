import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { personKey } from '@/lib/flags/person-key';
import type { Flag, TextQuote } from '@/lib/flags/schema';
import { sendRequest } from '@/lib/messages/client';
import { FlagForm } from './FlagForm';
import { FlagItem } from './FlagItem';
import { subscribeFlagsChanged } from './subscribe';

export interface PersonFlagsProps {
  personId: string;
  personName: string;
  quote?: TextQuote;
  pageUrl: string;
  pageTitle: string;
}

/**
 * The team's flags about one person, inside the person card, plus "Flag a move". Refreshes
 * when any tab changes a flag about this person (the background broadcasts it).
 */
export function PersonFlags(props: PersonFlagsProps) {
  const [flags, setFlags] = useState<Flag[]>([]);
  const [error, setError] = useState('');
  const [formOpen, setFormOpen] = useState(false);

  const load = () =>
    sendRequest<Flag[]>({ type: 'flags/list-for-person', personId: props.personId, personName: props.personName })
      .then((f) => {
        setFlags(f.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1)));
        setError('');
      })
      .catch((e: Error) => setError(e.message));

  useEffect(() => {
    void load();
    const mine = new Set([props.personId, personKey({ name: props.personName })]);
    return subscribeFlagsChanged((ids) => {
      if (ids.length === 0 || ids.some((id) => mine.has(id))) void load();
    });
  }, [props.personId, props.personName]);

  return (
    <div class="atl-flags" data-testid="person-flags">
      {flags.length > 0 && <h4>{i18n.t('flags.card.heading', { count: String(flags.length) })}</h4>}
      {flags.map((f) => (
        <FlagItem key={f.id} flag={f} />
      ))}
      {error && (
        <div class="atl-error" role="alert">
          {error}
        </div>
      )}
      {formOpen ? (
        <FlagForm
          initial={{ personId: props.personId, personName: props.personName, quote: props.quote, pageUrl: props.pageUrl, pageTitle: props.pageTitle }}
          onDone={() => {
            setFormOpen(false);
            void load();
          }}
        />
      ) : (
        <button type="button" class="atl-btn" onClick={() => setFormOpen(true)}>
          {i18n.t('flags.card.flagMove')}
        </button>
      )}
    </div>
  );
}
