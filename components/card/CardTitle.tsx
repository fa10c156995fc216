import { i18n } from '#i18n';

/**
 * The card's title: the English name and the local form, plus the form the page used when it is
 * neither (a surname, another spelling), so the reader sees why this card opened.
 */
export function CardTitle({ name, localName, written }: { name: string; localName?: string; written: string }) {
  return (
    <>
      <div class="title" data-testid="card-title">
        {name}
        {localName ? <span class="local-name"> · {localName}</span> : null}
      </div>
      {written !== name && written !== localName ? <div class="written">{i18n.t('card.onPage', { text: written })}</div> : null}
    </>
  );
}
