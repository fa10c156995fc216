import { storage } from 'wxt/utils/storage';
import { DISABLED_SITES_KEY, ENABLED_KEY } from './switches';

/** Global on/off for highlighting, written by the popup; content scripts read it through switches.ts. */
export const globalEnabled = storage.defineItem<boolean>(`local:${ENABLED_KEY}`, { fallback: true });

/** Sites (host names) where the reader switched highlighting off. */
export const disabledSites = storage.defineItem<string[]>(`local:${DISABLED_SITES_KEY}`, { fallback: [] });

export async function setSiteEnabled(site: string, enabled: boolean): Promise<void> {
  const list = await disabledSites.getValue();
  const next = enabled ? list.filter((s) => s !== site) : list.includes(site) ? list : [...list, site];
  await disabledSites.setValue(next);
}
