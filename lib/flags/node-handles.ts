import { randomBytes } from 'node:crypto';
import { open, readdir, rename, writeFile, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ReadResult, SyncFile, SyncFolder } from './handles';

/**
 * node:fs adapters of the sync handles, for the simulation and tests (Node only; never
 * bundled into the extension). `pause` lets the simulation interleave concurrent writers
 * between every read and write, as a shared drive would.
 */
export interface NodeHandleOptions {
  pause?: () => Promise<void>;
}

export function nodeFile(path: string, opts: NodeHandleOptions = {}): SyncFile {
  const pause = opts.pause ?? (async () => {});
  return {
    name: basename(path),
    async read(maxBytes: number): Promise<ReadResult> {
      await pause();
      let fh;
      try {
        fh = await open(path, 'r');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { exists: false };
        throw e;
      }
      try {
        const { size } = await fh.stat();
        if (size > maxBytes) return { exists: true, size };
        return { exists: true, size, text: await fh.readFile('utf8') };
      } finally {
        await fh.close();
      }
    },
    async write(text: string): Promise<void> {
      await pause();
      // Write beside, then rename over: the same all-or-nothing swap createWritable().close() gives.
      const tmp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
      await writeFile(tmp, text, 'utf8');
      await pause();
      try {
        await rename(tmp, path);
      } catch (e) {
        await unlink(tmp).catch(() => {});
        throw e;
      }
    },
  };
}

export function nodeFolder(dir: string, opts: NodeHandleOptions = {}): SyncFolder {
  return {
    name: basename(dir),
    async list() {
      const out: string[] = [];
      for (const e of await readdir(dir, { withFileTypes: true })) if (e.isFile()) out.push(e.name);
      return out;
    },
    file: (name: string) => nodeFile(join(dir, name), opts),
  };
}

