import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR } from '../../lib/text/dom-rules';
import { extractVisibleText, looksLikeHtml } from '../../lib/text/extract';

describe('visible text extraction for the CLI', () => {
  it('joins inline elements inside a block and separates blocks with newlines', () => {
    const { text, blocks } = extractVisibleText('<html><body><h1>AI 인재 <b>전쟁</b></h1><p><b>오픈</b>AI의 <a href="#">샘 올트먼</a>은</p></body></html>');
    expect(text).toBe(['AI 인재 전쟁', '오픈AI의 샘 올트먼은'].join(BLOCK_SEPARATOR));
    expect(blocks.map((b) => text.slice(b.offset, b.offset + b.text.length))).toEqual(blocks.map((b) => b.text));
  });

  it('skips what the page does not show as text, and text the user edits', () => {
    const html = `<html><head><title>OpenAI</title><style>.x{}</style></head><body>
      <script>var a = "Anthropic";</script><noscript>DeepSeek</noscript><template><p>Meta</p></template>
      <p>visible</p><div hidden><p>hidden Anthropic</p></div><div contenteditable="true">draft Anthropic</div>
      <textarea>Anthropic</textarea><input value="Anthropic"><select><option>Anthropic</option></select>
      <div style="color: red; display:none">styled away Anthropic</div>
      <div contenteditable="false">shown too</div></body></html>`;
    expect(extractVisibleText(html).text).toBe(['visible', 'shown too'].join(BLOCK_SEPARATOR));
  });

  it('decodes entities and collapses whitespace as a browser renders it, except in <pre>', () => {
    const { blocks } = extractVisibleText('<p>Sam\n   Altman &amp; Ilya&nbsp;Sutskever</p><pre>a\n  b</pre>');
    expect(blocks.map((b) => b.text)).toEqual(['Sam Altman & Ilya\u00a0Sutskever', 'a\n  b']);
  });

  it('tells HTML from plain text', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body>x</body></html>')).toBe(true);
    expect(looksLikeHtml('샘 올트먼은 <강조> 표시를 썼다.\n')).toBe(false);
  });
});
