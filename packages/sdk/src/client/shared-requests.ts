// Identical GETs on one page become one request. Each caller keeps its own AbortSignal: a caller that gives up
// stops waiting at once, and the request itself is aborted only when the last caller waiting for it has left.

interface Entry<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiters: number;
}

export class SharedRequests {
  #entries = new Map<string, Entry<unknown>>();

  /** How many distinct requests are under way now. */
  get size(): number {
    return this.#entries.size;
  }

  run<T>(key: string, start: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    let entry = this.#entries.get(key) as Entry<T> | undefined;
    if (!entry) {
      const controller = new AbortController();
      const created: Entry<T> = { controller, waiters: 0, promise: undefined as unknown as Promise<T> };
      created.promise = start(controller.signal).finally(() => {
        if (this.#entries.get(key) === created) this.#entries.delete(key);
      });
      // A rejection nobody waits for any more (all callers aborted) must not surface as unhandled.
      created.promise.catch(() => undefined);
      this.#entries.set(key, created);
      entry = created;
    }
    const shared = entry;
    shared.waiters += 1;
    if (!signal) return shared.promise;
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const leave = () => {
        if (settled) return;
        settled = true;
        shared.waiters -= 1;
        reject(signal.reason);
        if (shared.waiters === 0) {
          if (this.#entries.get(key) === shared) this.#entries.delete(key);
          shared.controller.abort(signal.reason);
        }
      };
      signal.addEventListener('abort', leave, { once: true });
      shared.promise.then(
        (value) => {
          settled = true;
          signal.removeEventListener('abort', leave);
          resolve(value);
        },
        (error: unknown) => {
          settled = true;
          signal.removeEventListener('abort', leave);
          reject(error);
        },
      );
    });
  }
}
