import { MAX_DISABLED_SITES } from './limits';

/**
 * The global and per-site switches as the content script reads them: straight from
 * `storage.local`, together with the alias tables in one round trip (entrypoints/content), and
 * without WXT's storage wrapper, which the popup uses to write them (settings.ts) and which cost
 * every page ~1 ms of compile and set-up. The keys are the storage.local keys of settings.ts's
 * items ('local:' + key).
 */
export const ENABLED_KEY = 'highlight.enabled';
export const DISABLED_SITES_KEY = 'highlight.disabledSites';
export const SWITCH_KEYS = [ENABLED_KEY, DISABLED_SITES_KEY] as const;

/**
 * On unless a switch says off. Values of the wrong type, or a site list over its cap, read as the
 * defaults (on, no site off), as WXT storage's fallbacks do.
 */
export function switchedOn(items: Record<string, unknown>, site: string): boolean {
  if (items[ENABLED_KEY] === false) return false;
  const off = items[DISABLED_SITES_KEY];
  return !(Array.isArray(off) && off.length <= MAX_DISABLED_SITES && off.includes(site));
}

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
