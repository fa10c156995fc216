/**
 * Imported first, so this runs before the rest of the bundle is evaluated (the alias index,
 * Preact, the matcher): the init figure then includes module evaluation, which users pay on
 * every page load, not just the time from main().
 */
export const bootStart = performance.now();
