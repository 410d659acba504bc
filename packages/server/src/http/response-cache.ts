import { createHash } from 'node:crypto';
import type { Coding } from './compression.js';

// Answers to reads, kept per content version. A version change (any write to the content, in this process or
// another sharing the database) empties the cache, so no process serves what another has changed.

export interface CachedResponse {
  body: Uint8Array<ArrayBuffer>;
  /**
   * Whether the body is compressed at request time, in each coding the first time a client takes it: not where
   * it is too small to gain, or an image or font compressed in its own format.
   */
  compressible: boolean;
  /** The body in each coding it is compressed in: made on request and kept, or the build's twins of a file. */
  encoded: Partial<Record<Coding, Uint8Array<ArrayBuffer>>>;
  /**
   * A weak tag, one for every coding of the body: RFC 9110 (8.8.1) lets representations that differ only in
   * their content coding share a weak tag, as nginx and HAProxy do when they compress (they weaken a strong
   * tag). So a client revalidates with whichever coding it last received.
   */
  etag: string;
  contentType: string;
  cacheControl: string;
  /** Headers of this answer beyond the common ones (a page's own Content-Security-Policy). */
  headers: Record<string, string>;
}

export class ResponseCache {
  #entries = new Map<string, CachedResponse>();
  #version = -1n;

  constructor(readonly maxEntries: number) {}

  get(version: bigint, key: string): CachedResponse | undefined {
    if (version !== this.#version) return undefined;
    return this.#entries.get(key);
  }

  set(version: bigint, key: string, value: CachedResponse): void {
    if (this.maxEntries <= 0) return;
    if (version !== this.#version) {
      this.#entries.clear();
      this.#version = version;
    }
    // Oldest first out: a Map iterates in insertion order.
    if (this.#entries.size >= this.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(key, value);
  }

  get size(): number {
    return this.#entries.size;
  }
}

/**
 * A weak ETag from the data alone (not from `generatedAt`), so every process sharing a database gives equal
 * data the same tag and a client revalidating with any of them gets its 304.
 */
export function etagOf(data: unknown): string {
  return `W/"${createHash('sha256').update(JSON.stringify(data)).digest('base64url').slice(0, 27)}"`;
}

/** RFC 9110 weak comparison of an If-None-Match header against an ETag. */
export function matchesEtag(ifNoneMatch: string | undefined | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === wanted);
}
