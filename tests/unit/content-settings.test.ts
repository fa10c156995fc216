import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disabledSites, globalEnabled, isEnabledOn, setSiteEnabled, siteOf } from '@/lib/content/settings';

describe('switches', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is on by default, everywhere', async () => {
    expect(await isEnabledOn('news.example')).toBe(true);
  });

  it('the per-site switch turns one site off and back on', async () => {
    await setSiteEnabled('news.example', false);
    expect(await isEnabledOn('news.example')).toBe(false);
    expect(await isEnabledOn('other.example')).toBe(true);
    await setSiteEnabled('news.example', false); // idempotent
    expect(await disabledSites.getValue()).toEqual(['news.example']);
    await setSiteEnabled('news.example', true);
    expect(await isEnabledOn('news.example')).toBe(true);
  });

  it('the global switch wins over the site list', async () => {
    await globalEnabled.setValue(false);
    expect(await isEnabledOn('news.example')).toBe(false);
  });

  it('an iframe belongs to the tab’s top-level site', () => {
    const frame = { hostname: 'embed.example', origin: 'https://embed.example', ancestorOrigins: ['https://news.example'] };
    expect(siteOf(frame as unknown as Location)).toBe('news.example');
    const top = { hostname: 'news.example', origin: 'https://news.example', ancestorOrigins: [] };
    expect(siteOf(top as unknown as Location)).toBe('news.example');
  });
});
