import { createHash } from 'node:crypto';

// Answers to reads, kept per content version. A version change (any write to the content, in this process or
// another sharing the database) empties the cache, so no process serves what another has changed.

export interface CachedResponse {
  body: Uint8Array<ArrayBuffer>;
  /** The body gzipped once a client asked for it (undefined before), or null where it is too small. */
  gzip: Uint8Array<ArrayBuffer> | null | undefined;
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
