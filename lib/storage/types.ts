/** What a file store keeps: bytes under a generated key, with the type detected at upload. */
export type StoredBody = Uint8Array | ReadableStream<Uint8Array>;

export interface FileStorage {
  readonly kind: 'local' | 'uploadthing' | 's3';
  put(key: string, body: StoredBody, options: { contentType: string }): Promise<void>;
  /** The bytes as a stream, or null when no file is stored under the key. */
  get(key: string): Promise<ReadableStream<Uint8Array> | null>;
  /** Removing a key that holds nothing is not an error. */
  remove(key: string): Promise<void>;
  /** A direct address of the file, where the store has one (uploadthing's signed URL). */
  url?(key: string): Promise<string>;
  /**
   * Removes what writes cut short left behind (a server killed mid upload), where the store
   * keeps such leftovers; answers how many it removed. Run when a server starts.
   */
  sweep?(now?: number): Promise<number>;
}

/**
 * Keys are made by `newStorageKey`, never from a user's file name: lower-case segments of
 * letters, digits and dashes, joined by '/'. Anything else (`..`, absolute paths, backslashes)
 * is refused before it reaches a store.
 */
const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}(\/[a-z0-9][a-z0-9-]{0,63}){0,3}$/;

export function isValidStorageKey(key: string): boolean {
  return key.length <= 128 && KEY_PATTERN.test(key);
}

export function assertStorageKey(key: string): void {
  if (!isValidStorageKey(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
}
