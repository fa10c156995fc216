import { describe, expect, it } from 'vitest';
import { safeHttpUrl, sourceLabel } from '@/lib/content/safe-url';

describe('card links', () => {
  it('keeps absolute http(s) URLs only', () => {
    expect(safeHttpUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeHttpUrl('http://example.com')).toBe('http://example.com/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('JAVASCRIPT:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHttpUrl('/relative/path')).toBeNull();
    expect(safeHttpUrl('chrome-extension://abc/popup.html')).toBeNull();
    expect(safeHttpUrl(`https://example.com/${'a'.repeat(3000)}`)).toBeNull();
  });

  it('labels a source by publisher, else by host without www', () => {
    expect(sourceLabel('https://www.reuters.com/x', 'Reuters')).toBe('Reuters');
    expect(sourceLabel('https://www.reuters.com/x')).toBe('reuters.com');
  });
});
