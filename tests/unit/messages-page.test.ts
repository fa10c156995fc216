/**
 * pageMessageOf is the content script's one check of a message before it acts: any extension
 * page could send one, so anything but the exact shapes is refused.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '@/lib/flags/limits';
import { pageMessageOf } from '@/lib/messages/page';

describe('pageMessageOf', () => {
  it('accepts what the popup and the context menu send, as they send it', () => {
    for (const m of [
      { type: 'page/get-found' },
      { type: 'page/scroll-to', id: 'person:john-schulman' },
      { type: 'content/open-flag-form', selectionText: '존 슐먼' },
      { type: 'content/open-flag-form', selectionText: 'x'.repeat(LIMITS.quoteExact) },
    ]) {
      expect(pageMessageOf(JSON.parse(JSON.stringify(m)))).toEqual(m);
    }
  });

  it('refuses unknown types, extra or missing keys, wrong types and oversized text', () => {
    for (const m of [
      null,
      undefined,
      'page/get-found',
      [],
      { type: 'page/unknown' },
      { type: 'dataset/get-entity', id: 'person:x' },
      { type: 'page/get-found', extra: 1 },
      { type: 'page/scroll-to' },
      { type: 'page/scroll-to', id: 42 },
      { type: 'page/scroll-to', id: 'x'.repeat(101) },
      { type: 'content/open-flag-form', selectionText: 'x'.repeat(LIMITS.quoteExact + 1) },
      { type: 'content/open-flag-form', selectionText: null },
      { type: 'content/open-flag-form', selectionText: 'a', quote: 'b' },
    ]) {
      expect(pageMessageOf(m)).toBeNull();
    }
  });

  it('reads only own keys, so a polluted prototype adds nothing', () => {
    const m = Object.create({ id: 'inherited' }) as Record<string, unknown>;
    m.type = 'page/scroll-to';
    expect(pageMessageOf(m)).toBeNull();
  });
});
