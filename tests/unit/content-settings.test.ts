import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disabledSites, globalEnabled, setSiteEnabled } from '@/lib/content/settings';
import { DISABLED_SITES_KEY, ENABLED_KEY, SWITCH_KEYS, siteOf, switchedOn } from '@/lib/content/switches';

/** What a content script on `site` concludes from storage.local, where the popup's items wrote. */
async function isEnabledOn(site: string): Promise<boolean> {
  return switchedOn(await fakeBrowser.storage.local.get([...SWITCH_KEYS]), site);
}

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

  it('reads values of the wrong type as the defaults', () => {
    expect(switchedOn({ [ENABLED_KEY]: 'no', [DISABLED_SITES_KEY]: 'news.example' }, 'news.example')).toBe(true);
    expect(switchedOn({ [ENABLED_KEY]: false }, 'news.example')).toBe(false);
    expect(switchedOn({ [DISABLED_SITES_KEY]: ['news.example'] }, 'news.example')).toBe(false);
  });

  it('an iframe belongs to the tab’s top-level site', () => {
    const frame = { hostname: 'embed.example', origin: 'https://embed.example', ancestorOrigins: ['https://news.example'] };
    expect(siteOf(frame as unknown as Location)).toBe('news.example');
    const top = { hostname: 'news.example', origin: 'https://news.example', ancestorOrigins: [] };
    expect(siteOf(top as unknown as Location)).toBe('news.example');
  });
});
