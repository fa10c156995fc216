/**
 * The card UI is a script of its own that the background injects on first need
 * (lib/content/card-ui.ts). These check what the reader would notice: a card asked for while it
 * loads still opens, one the pointer has already left does not, and a failed load is said once
 * and tried again, never leaving a half-made card.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import '@/lib/background/card-ui';
import { dispatch } from '@/lib/background/router';
import { LazyCardUi, loadCardUi, registerCardUi, type CardUi, type CreateCardUi } from '@/lib/content/card-ui';
import type { MentionHit } from '@/lib/content/page-scanner';

const hit = (id: string) => ({ mention: { id } }) as unknown as MentionHit;

function fakeUi(log: string[]): CardUi {
  return {
    isOurs: () => false,
    show: (h, focus) => log.push(`show ${h.mention.id}${focus ? ' focused' : ''}`),
    hide: () => log.push('hide'),
    openFlagForm: (name) => log.push(`form ${name}`),
    destroy: () => log.push('destroy'),
  };
}

/** A LazyCardUi whose script load the test settles by hand. */
function harness(ctx = { isInvalid: false }) {
  const log: string[] = [];
  const loads: { resolve: (c: CreateCardUi) => void; reject: (e: Error) => void }[] = [];
  const card = new LazyCardUi(ctx as ContentScriptContext, { onPointerOnCard: () => {}, onClose: () => {} }, () =>
    new Promise<CreateCardUi>((resolve, reject) => loads.push({ resolve, reject })),
  );
  const create: CreateCardUi = () => fakeUi(log);
  return { card, log, loads, create };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('LazyCardUi', () => {
  it('opens a card asked for while its script loads, once loaded, and then at once', async () => {
    const { card, log, loads, create } = harness();
    card.show(hit('person:john-schulman'), false);
    expect(log).toEqual([]);
    expect(loads).toHaveLength(1);
    loads[0]!.resolve(create);
    await settle();
    expect(log).toEqual(['show person:john-schulman']);
    card.show(hit('org:openai'), true);
    expect(log).toEqual(['show person:john-schulman', 'show org:openai focused']);
    expect(loads).toHaveLength(1);
  });

  it('drops a card the pointer left before the script arrived, but keeps a form asked for', async () => {
    const { card, log, loads, create } = harness();
    card.show(hit('person:a'), false);
    card.openFlagForm('New Person');
    card.hide();
    loads[0]!.resolve(create);
    await settle();
    expect(log).toEqual(['form New Person']);
  });

  it('loads once for many asks, and prefetch alone opens nothing', async () => {
    const { card, log, loads, create } = harness();
    void card.prefetch();
    void card.prefetch();
    card.show(hit('person:a'), false);
    card.show(hit('person:b'), false);
    expect(loads).toHaveLength(1);
    loads[0]!.resolve(create);
    await settle();
    expect(log).toEqual(['show person:b']);
  });

  it('says why once when the script cannot load, shows nothing, and tries again on the next ask', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { card, log, loads, create } = harness();
    card.show(hit('person:a'), false);
    loads[0]!.reject(new Error('Cannot access contents of the page.'));
    await settle();
    expect(log).toEqual([]);
    expect(card.problem).toBe('Cannot access contents of the page.');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('Cannot access contents of the page.');
    // The pointer crossing more names does not retry on every frame; the next card asked for does.
    await card.prefetch();
    expect(loads).toHaveLength(1);
    card.show(hit('person:b'), false);
    expect(loads).toHaveLength(2);
    loads[1]!.resolve(create);
    await settle();
    expect(log).toEqual(['show person:b']);
    expect(card.problem).toBeNull();
    warn.mockRestore();
  });

  it('makes no card once the extension was updated under the page', async () => {
    const ctx = { isInvalid: false };
    const { card, log, loads, create } = harness(ctx);
    card.show(hit('person:a'), false);
    ctx.isInvalid = true;
    loads[0]!.resolve(create);
    await settle();
    expect(log).toEqual([]);
    expect(card.isOurs(null)).toBe(false);
  });
});

describe('loadCardUi', () => {
  afterEach(() => registerCardUi(undefined as unknown as CreateCardUi));

  it('injects the script unless registered, and takes the factory it registers', async () => {
    const create: CreateCardUi = () => fakeUi([]);
    const inject = vi.fn(async () => registerCardUi(create));
    expect(await loadCardUi(inject)).toBe(create);
    expect(await loadCardUi(inject)).toBe(create);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('fails with a reason when the injected script registered nothing', async () => {
    await expect(loadCardUi(async () => true)).rejects.toThrow('did not start');
  });
});

describe('the background injects the card UI', () => {
  beforeEach(() => fakeBrowser.reset());

  it('into the asking document, or its frame where the browser names no document', async () => {
    const executeScript = vi.fn(async () => []);
    (fakeBrowser as unknown as { scripting: { executeScript: typeof executeScript } }).scripting = { executeScript };
    expect(await dispatch({ type: 'ui/load-card' }, { tabId: 7, frameId: 3, documentId: 'DOC' })).toEqual({ ok: true, data: true });
    expect(await dispatch({ type: 'ui/load-card' }, { tabId: 7, frameId: 3 })).toEqual({ ok: true, data: true });
    expect(executeScript.mock.calls.map((c) => (c as unknown as [{ target: unknown; files: string[] }])[0])).toEqual([
      { target: { tabId: 7, documentIds: ['DOC'] }, files: ['/card-ui.js'] },
      { target: { tabId: 7, frameIds: [3] }, files: ['/card-ui.js'] },
    ]);
  });

  it('refuses a sender that is no page, saying so', async () => {
    expect(await dispatch({ type: 'ui/load-card' }, { url: 'chrome-extension://x/popup.html' })).toEqual({ ok: false, error: 'Only a page can load the card.' });
  });
});
