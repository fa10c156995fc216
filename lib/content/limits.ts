/**
 * Every numeric limit of the in-page subsystem, in one place (10ten keeps its limits in
 * src/common/limits.ts for the same reason: they are tuning knobs, not magic numbers).
 */

/**
 * Target length of one scan chunk before yielding to the page. Chromium's long-task threshold is
 * 50 ms; measured here, ~5 ms chunks with scheduler.yield() cost almost nothing over one
 * synchronous pass (toolchain notes), while setTimeout/MessageChannel yields tripled the total.
 */
export const SCAN_CHUNK_MS = 5;

/** How many DOM nodes or blocks to process between two clock reads inside a chunk. */
export const SCAN_CLOCK_EVERY = 64;

/** A block's text is cut here: a giant <pre> (10ten#1423) must not become one huge string. */
export const MAX_BLOCK_CHARS = 100_000;

/** Hard cap on blocks scanned per page, so an endless feed cannot grow our memory without bound. */
export const MAX_BLOCKS = 200_000;

/** Hard cap on painted mentions; beyond it the page is not a news article any more. */
export const MAX_MENTIONS = 50_000;

/** MutationObserver batches are coalesced for this long before a rescan. */
export const RESCAN_DEBOUNCE_MS = 250;

/** Pointer must rest on a name this long before the card opens (hover intent). */
export const HOVER_INTENT_MS = 200;

/** Grace period to move the pointer from a name onto its card without it closing (no flicker). */
export const HOVER_LEAVE_GRACE_MS = 300;

/** Card placement, in px so a page's root font-size (rem) cannot distort it (wxt PR #2330); its size is in card.css. */
export const CARD_OFFSET_PX = 8;
export const CARD_VIEWPORT_PADDING_PX = 8;

/** Timeline rows shown on a person card, and arrivals/departures on a lab card. */
export const CARD_MAX_MOVES = 12;
export const LAB_RECENT_MOVES = 8;

/** Cached entity replies in the content script (10ten keeps a 10-entry query cache). */
export const ENTITY_CACHE_SIZE = 32;

/** Popup list length: names found on this page. */
export const POPUP_MAX_ENTITIES = 200;

/**
 * Frames smaller than this are skipped: tracking pixels, hidden frames and ad slots hold no text
 * a reader reads, and each frame would otherwise pay the matcher build and a scan.
 */
export const MIN_FRAME_WIDTH_PX = 120;
export const MIN_FRAME_HEIGHT_PX = 60;

/**
 * Ceiling on each alias table read from extension storage (the bundled ones are ~0.2 MB each):
 * anything larger is not ours, and is refused before it is parsed.
 */
export const MAX_ALIAS_TABLE_CHARS = 8_000_000;

/** Ceiling on the per-site switch list a content script reads: storage is ours, but it is capped anyway. */
export const MAX_DISABLED_SITES = 10_000;
