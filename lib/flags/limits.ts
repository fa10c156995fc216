/** Every size and time limit of the flags subsystem, in one place. */
export const LIMITS = {
  /** Issue #5: shared files over 5 MB are refused before they are read into memory. */
  sharedFileBytes: 5 * 1024 * 1024,
  /** Far above a team's real use; keeps a hostile file from building a huge array. */
  flagsPerFile: 50_000,
  quoteExact: 1000,
  /** Hypothesis keeps 32 characters of context; a little more survives small page edits. */
  quoteContext: 100,
  name: 120,
  title: 300,
  note: 2000,
  /** Timer sync period (browser.alarms allows 30 s minimum in Chromium; minutes keep shared drives calm). */
  syncPeriodMinutes: 5,
  /** How often single-file sync re-reads, re-merges and rewrites when a teammate's write raced ours. */
  singleFileAttempts: 5,
} as const;
