/**
 * Visible text of an HTML document, block by block, as the content script reads the live page:
 * the same block and skipped elements (dom-rules.ts), whitespace collapsed as a browser renders
 * it (except inside <pre>), blocks joined with BLOCK_SEPARATOR. Pure: no DOM, no Node APIs.
 */
import { Parser } from 'htmlparser2';
import { BLOCK_SEPARATOR, BLOCK_TAGS, SKIPPED_TAGS, isSkippedByAttributes } from './dom-rules';

export interface TextBlock {
  /** Offset of the block in `text`. */
  offset: number;
  text: string;
}

export interface ExtractedText {
  /** All blocks joined with BLOCK_SEPARATOR: the text offsets refer to. */
  text: string;
  blocks: TextBlock[];
}

export function extractVisibleText(html: string): ExtractedText {
  const blocks: TextBlock[] = [];
  let text = '';
  let current = '';
  let skipDepth = 0;
  let preDepth = 0;

  const flush = () => {
    const block = preDepth > 0 ? current.replace(/^\n+|\s+$/g, '') : current.trim();
    current = '';
    if (!block) return;
    if (text) text += BLOCK_SEPARATOR;
    blocks.push({ offset: text.length, text: block });
    text += block;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipDepth > 0) {
          skipDepth++;
          return;
        }
        if (SKIPPED_TAGS.has(name) || isSkippedByAttributes((a) => attribs[a])) {
          skipDepth = 1;
          return;
        }
        if (BLOCK_TAGS.has(name)) flush();
        if (name === 'pre') preDepth++;
      },
      ontext(data) {
        if (skipDepth > 0) return;
        if (preDepth > 0) current += data;
        else {
          const collapsed = data.replace(/[ \t\n\r\f]+/g, ' ');
          current += current.endsWith(' ') && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
        }
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (BLOCK_TAGS.has(name)) flush();
        if (name === 'pre' && preDepth > 0) preDepth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { text, blocks };
}

/** Rough sniff: does this text look like an HTML document rather than plain text? */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 2048)) || /<\/(?:p|div|html|body)>/i.test(text.slice(0, 65536));
}
