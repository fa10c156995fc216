/**
 * Which elements count as text blocks and which are never scanned. Shared by the content
 * script (TreeWalker over the live DOM) and the CLI's HTML extraction (htmlparser2), so
 * that `npm run scan` sees the same text the extension highlights.
 * Tag names are lower case.
 */

/** Elements whose subtree is never scanned: code, hidden templates, and anything the user edits. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'head',
  'title',
]);

/** Elements that start a new block of text: names never run across their edges. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br',
]);

/**
 * True when an element's attributes hide its subtree (`hidden`, an inline `display: none`) or make
 * it the user's own text (contenteditable: never painted over). `aria-hidden` is not included:
 * screen-reader hiding says nothing about what is on screen.
 */
export function isSkippedByAttributes(getAttribute: (name: string) => string | null | undefined): boolean {
  if (getAttribute('hidden') != null) return true;
  const ce = getAttribute('contenteditable');
  if (ce != null && ce.toLowerCase() !== 'false') return true;
  const style = getAttribute('style');
  if (style && /(?:^|;)\s*display\s*:\s*none\b/i.test(style)) return true;
  return false;
}

/** The attributes isSkippedByAttributes reads, as a selector (the content script queries them at once). */
export const SKIPPING_ATTRIBUTES_SELECTOR = '[hidden],[contenteditable],[style*="display" i]';

/** Separator placed between blocks in the extracted text; the matcher never matches across it. */
export const BLOCK_SEPARATOR = '\n';
