import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/**
 * Where evidence files live: content-addressed, so the same bytes are stored once however often
 * they are uploaded, and a key never changes meaning. The file system store is the default (under
 * DATA_DIR); an S3-compatible store implements the same three calls with the same keys.
 */
export interface BlobStore {
  /** Stores the bytes (if not already there) and returns their key and digest. */
  put(bytes: Uint8Array): Promise<{ key: string; sha256: string; size: number }>;
  get(key: string): Promise<Uint8Array<ArrayBuffer> | undefined>;
  has(key: string): Promise<boolean>;
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** `sha256/ab/cd/abcd…`: two levels of fan-out keep directories small. */
export const keyFor = (sha256: string) => `sha256/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;

const KEY_RE = /^sha256\/[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/;

export class FileBlobStore implements BlobStore {
  private readonly root: string;
  constructor(root: string) {
    this.root = resolve(root);
  }

  private pathOf(key: string): string {
    // Keys come from our own rows, but never let one name a path outside the store.
    if (!KEY_RE.test(key)) throw new Error(`invalid blob key ${key}`);
    return join(this.root, key);
  }

  async put(bytes: Uint8Array) {
    const sha256 = sha256Hex(bytes);
    const key = keyFor(sha256);
    const path = this.pathOf(key);
    if (!(await this.has(key))) {
      await mkdir(dirname(path), { recursive: true });
      // Write then rename: a reader never sees half a file, and concurrent uploads of the same
      // content end with the same bytes.
      const temp = `${path}.${randomUUID()}.tmp`;
      await writeFile(temp, bytes, { mode: 0o640 });
      await rename(temp, path).catch(async (error) => {
        await rm(temp, { force: true });
        throw error;
      });
    }
    return { key, sha256, size: bytes.byteLength };
  }

  async get(key: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
    try {
      return new Uint8Array(await readFile(this.pathOf(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async has(key: string) {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch {
      return false;
    }
  }
}

const stores = new Map<string, BlobStore>();

/** The evidence store for a data directory (one per directory per process). */
export function blobStoreFor(config: { DATA_DIR: string }): BlobStore {
  const root = join(config.DATA_DIR, 'evidence');
  let store = stores.get(root);
  if (!store) stores.set(root, (store = new FileBlobStore(root)));
  return store;
}
