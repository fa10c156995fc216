/**
 * npm run scan -- FILE...
 * Prints one JSON line per person/lab mention found in each text or HTML file. Offsets are
 * UTF-16 code units into the file's decoded text (for HTML: into the extracted visible text).
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSeeds } from '../lib/dataset/load-node';
import { buildAliasIndex } from '../lib/match/alias-index';
import { createMatcher, type PageMatcher } from '../lib/match/matcher';
import { extractVisibleText, looksLikeHtml } from '../lib/text/extract';

const MAX_BYTES = 50 * 1024 * 1024;

class InputError extends Error {}

/** The charset an HTML file declares in its first bytes (<meta charset> or http-equiv), if any. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

function decode(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${file}: binary file, not text or HTML`);
  // Korean, Chinese and Japanese news sites still serve EUC-KR, GBK or Shift_JIS pages.
  const charset = declaredCharset(bytes);
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(charset, { fatal: true });
    } catch {
      throw new InputError(`${file}: unsupported charset "${charset}"`);
    }
    try {
      return decoder.decode(bytes);
    } catch {
      throw new InputError(`${file}: not valid ${charset} text`);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file}: not valid UTF-8 text (and no other charset declared)`);
  }
}

function readInput(file: string): string {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new InputError(`${file}: not a regular file`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? 'error'})`);
  }
  if (size > MAX_BYTES) throw new InputError(`${file}: too large (${(size / 1048576).toFixed(1)} MB; the limit is 50 MB)`);
  try {
    return decode(readFileSync(file), file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

export function scanFile(matcher: PageMatcher, file: string): string[] {
  const raw = readInput(file);
  const isHtml = /\.x?html?$/i.test(file) || looksLikeHtml(raw);
  const blocks = isHtml ? extractVisibleText(raw).blocks : [{ offset: 0, text: raw }];
  const mentions = matcher.resolve(blocks.map((b) => ({ text: b.text, candidates: matcher.findCandidates(b.text) })));
  const lines: string[] = [];
  mentions.forEach((list, bi) => {
    const offset = blocks[bi]!.offset;
    for (const m of list) {
      lines.push(
        JSON.stringify({ file, start: m.start + offset, end: m.end + offset, text: m.text, type: m.type, id: m.id, name: m.name }),
      );
    }
  });
  return lines;
}

function main(argv: string[]): number {
  const files = argv.filter((a) => a !== '--');
  if (files.length === 0) {
    console.error('usage: npm run scan -- FILE...  (text or HTML files)');
    return 2;
  }
  const seedsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'seeds');
  const { dataset, problems } = loadSeeds(seedsDir);
  if (problems.length) console.error(`warning: ${problems.length} seed file(s) failed validation and were skipped (see npm run build:data)`);
  const matcher = createMatcher(buildAliasIndex(dataset));
  let failed = false;
  for (const file of files) {
    try {
      const lines = scanFile(matcher, file);
      if (lines.length) process.stdout.write(lines.join('\n') + '\n');
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      console.error(`scan: ${e.message}`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error(`scan: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
