import type { ReadResult, SyncFile, SyncFolder } from './handles';

/**
 * File System Access API adapters of the sync handles (Chromium: extension pages and the
 * background service worker). createWritable() writes to a swap file that replaces the
 * target only on close(), which gives the atomic write the engine relies on.
 */

function isNotFound(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'NotFoundError' || e.name === 'NotFoundErr');
}

async function readHandle(get: () => Promise<FileSystemFileHandle>, maxBytes: number): Promise<ReadResult> {
  let handle: FileSystemFileHandle;
  try {
    handle = await get();
  } catch (e) {
    if (isNotFound(e)) return { exists: false };
    throw e;
  }
  const file = await handle.getFile();
  if (file.size > maxBytes) return { exists: true, size: file.size };
  return { exists: true, size: file.size, text: await file.text() };
}

async function writeHandle(handle: FileSystemFileHandle, text: string): Promise<void> {
  const w = await handle.createWritable();
  try {
    await w.write(text);
    await w.close();
  } catch (e) {
    await w.abort().catch(() => {});
    throw e;
  }
}

export function fsAccessFile(handle: FileSystemFileHandle): SyncFile {
  return {
    name: handle.name,
    read: (maxBytes) => readHandle(async () => handle, maxBytes),
    write: (text) => writeHandle(handle, text),
  };
}

export function fsAccessFolder(dir: FileSystemDirectoryHandle): SyncFolder {
  return {
    name: dir.name,
    async list() {
      const out: string[] = [];
      // entries() is missing from some TS DOM typings; it exists in every Chromium with the API.
      for await (const [name, h] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (h.kind === 'file') out.push(name);
      }
      return out;
    },
    file(name: string): SyncFile {
      return {
        name,
        read: (maxBytes) => readHandle(() => dir.getFileHandle(name), maxBytes),
        write: async (text) => writeHandle(await dir.getFileHandle(name, { create: true }), text),
      };
    },
  };
}

/** Permission state of a stored handle; asks only when `ask` (needs a user gesture, so pages only). */
export async function ensurePermission(handle: FileSystemHandle, ask: boolean): Promise<boolean> {
  const h = handle as FileSystemHandle & {
    queryPermission?: (d: { mode: 'readwrite' }) => Promise<PermissionState>;
    requestPermission?: (d: { mode: 'readwrite' }) => Promise<PermissionState>;
  };
  if (!h.queryPermission) return true; // OPFS handles in older builds: always granted
  if ((await h.queryPermission({ mode: 'readwrite' })) === 'granted') return true;
  if (!ask || !h.requestPermission) return false;
  return (await h.requestPermission({ mode: 'readwrite' })) === 'granted';
}
