/**
 * URL patterns of ad and widget frames, which the content script and its highlight styles are
 * never injected into. News pages embed a dozen of them; none holds article text, and every
 * injected frame evaluates the whole bundle. Shared by the content script's `excludeMatches`
 * and the manifest's CSS entry (wxt.config.ts), so both skip the same frames.
 */
export const EXCLUDED_FRAME_MATCHES = [
  '*://*.doubleclick.net/*',
  '*://*.googlesyndication.com/*',
  '*://*.googleadservices.com/*',
  '*://*.adnxs.com/*',
  '*://*.amazon-adsystem.com/*',
  '*://*.criteo.com/*',
  '*://*.criteo.net/*',
  '*://*.taboola.com/*',
  '*://*.outbrain.com/*',
  '*://*.rubiconproject.com/*',
  '*://*.pubmatic.com/*',
  '*://*.openx.net/*',
  '*://*.smartadserver.com/*',
  '*://*.adform.net/*',
  '*://*.mobon.net/*',
  '*://*.dable.io/*',
  '*://www.google.com/recaptcha/*',
  '*://www.youtube.com/embed/*',
  '*://www.youtube-nocookie.com/embed/*',
  '*://player.vimeo.com/*',
];
