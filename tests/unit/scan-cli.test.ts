import { spawnSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function scan(...files: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', ...files], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.split('\n').filter((l) => l && !l.startsWith('warning:')) };
}

describe('npm run scan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scan-'));

  it('prints one JSON line per mention with offsets into the decoded text', () => {
    const file = join(dir, 'a.txt');
    const text = '😀 오픈AI의 존 슐먼은 앤트로픽으로 갔다. 슐먼이 말했다.\n';
    writeFileSync(file, text);
    const r = scan(file);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.type, l.name])).toEqual([
      ['openai', 'org', 'OpenAI'],
      ['john-schulman', 'person', 'John Schulman'],
      ['anthropic', 'org', 'Anthropic'],
      ['john-schulman', 'person', 'John Schulman'],
    ]);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(['file', 'start', 'end', 'text', 'type', 'id', 'name']);
      expect(l.file).toBe(file);
      expect(text.slice(l.start, l.end)).toBe(l.text);
    }
  });

  it('scans the visible text of HTML files, offsets into the extracted text', () => {
    const file = join(dir, 'page.html');
    writeFileSync(file, '<html><body><script>OpenAI</script><p><b>오픈</b>AI의 샘 올트먼</p><p hidden>Anthropic</p></body></html>');
    const lines = scan(file).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.start, l.end, l.text])).toEqual([
      [0, 4, '오픈AI'],
      [6, 11, '샘 올트먼'],
    ]);
  });

  it('decodes a page in the legacy charset it declares (EUC-KR)', () => {
    const file = join(dir, 'euc-kr.html');
    const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head><body><p>오픈AI의 샘 올트먼</p></body></html>';
    // Node has no EUC-KR encoder; these are the EUC-KR bytes of the Korean words above.
    const euc: Record<string, number[]> = {
      오픈: [0xbf, 0xc0, 0xc7, 0xc2],
      의: [0xc0, 0xc7],
      샘: [0xbb, 0xf9],
      올트먼: [0xbf, 0xc3, 0xc6, 0xae, 0xb8, 0xd5],
    };
    const [before, after] = html.split('오픈AI의 샘 올트먼');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(before!, 'latin1'),
        Buffer.from([...euc['오픈']!, 0x41, 0x49, ...euc['의']!, 0x20, ...euc['샘']!, 0x20, ...euc['올트먼']!]),
        Buffer.from(after!, 'latin1'),
      ]),
    );
    expect(new TextDecoder('euc-kr').decode(Buffer.from(euc['올트먼']!))).toBe('올트먼');
    const lines = scan(file).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.text, l.id])).toEqual([
      ['오픈AI', 'openai'],
      ['샘 올트먼', 'sam-altman'],
    ]);
  });

  it('on bad input prints one clear line per file and exits non-zero, without a stack trace', () => {
    const binary = join(dir, 'image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 51 * 1024 * 1024);
    const missing = join(dir, 'nope.txt');
    const r = scan(missing, binary, huge);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toHaveLength(3);
    expect(r.stderr[0]).toMatch(/nope\.txt: no such file/);
    expect(r.stderr[1]).toMatch(/image\.png: binary/);
    expect(r.stderr[2]).toMatch(/huge\.txt: too large/);
    expect(r.stderr.join('\n')).not.toMatch(/\bat .*\(|Error:/);
  });

  it('without arguments prints usage and exits non-zero', () => {
    const r = scan();
    expect(r.code).not.toBe(0);
    expect(r.stderr[0]).toMatch(/usage/);
  });
});
