/**
 * The file-handle interface the sync engine runs over. The extension adapts the File System
 * Access API to it (fs-access-handles.ts); the Node simulation and tests adapt node:fs
 * (node-handles.ts). Same engine code in both.
 */

export type ReadResult =
  | { exists: false }
  /** `text` is absent when the file is over `maxBytes`: it was not read into memory. */
  | { exists: true; size: number; text?: string };

export interface SyncFile {
  readonly name: string;
  /** Reads the whole file unless it is larger than maxBytes. */
  read(maxBytes: number): Promise<ReadResult>;
  /** Replaces the whole content atomically: readers see the old or the new text, never a mix. */
  write(text: string): Promise<void>;
}

export interface SyncFolder {
  readonly name: string;
  /** Names of the regular files directly in the folder. */
  list(): Promise<string[]>;
  file(name: string): SyncFile;
}
