import { storage } from 'wxt/utils/storage';

/** Global on/off for highlighting, shared by the popup and every content script. */
export const globalEnabled = storage.defineItem<boolean>('local:highlight.enabled', { fallback: true });

/** Sites (host names) where the reader switched highlighting off. */
export const disabledSites = storage.defineItem<string[]>('local:highlight.disabledSites', { fallback: [] });

/**
 * The site a frame belongs to, for the per-site switch: an iframe follows the tab's top-level
 * site (Chromium exposes it as location.ancestorOrigins), so one switch covers embedded frames.
 */
export function siteOf(loc: Location): string {
  const ancestors = loc.ancestorOrigins;
  const top = ancestors && ancestors.length > 0 ? ancestors[ancestors.length - 1] : null;
  if (top) {
    try {
      return new URL(top).hostname || top;
    } catch {
      // fall through to the frame's own host
    }
  }
  return loc.hostname || loc.origin;
}

export async function isEnabledOn(site: string): Promise<boolean> {
  const [on, off] = await Promise.all([globalEnabled.getValue(), disabledSites.getValue()]);
  return on && !off.includes(site);
}

export async function setSiteEnabled(site: string, enabled: boolean): Promise<void> {
  const list = await disabledSites.getValue();
  const next = enabled ? list.filter((s) => s !== site) : list.includes(site) ? list : [...list, site];
  await disabledSites.setValue(next);
}
