/**
 * `createFileSystemFileStore`: the files' bytes in a folder on disk (keep it
 * outside the web root), each under a random name with mode 0600, written as
 * the upload arrives.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileStore } from './types.js';

const KEY = /^[0-9a-f]{32}$/;

/** A `FileStore` in `dir` (created, mode 0700, when missing). */
export async function createFileSystemFileStore({ dir }: { dir: string }): Promise<FileStore> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const pathOf = (key: string) => {
    if (!KEY.test(key)) throw new Error(`Not a file key: ${key}`);
    return join(dir, key);
  };
  return {
    async create() {
      const key = randomUUID().replaceAll('-', '');
      const path = pathOf(key);
      const stream = createWriteStream(path, { flags: 'wx', mode: 0o600 });
      await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
      return { key, path, stream };
    },
    read: (key) => createReadStream(pathOf(key)),
    readAll: async (key) => new Uint8Array(await readFile(pathOf(key))),
    remove: (key) => rm(pathOf(key), { force: true }),
    pathOf,
  };
}
