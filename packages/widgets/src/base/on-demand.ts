/**
 * Code fetched when a person is about to use it (`load`, an `import()`): asked for once, at the first sign of
 * intent or use, and by every use after; a failed fetch is tried again at the next.
 */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let coming: Promise<T> | undefined;
  return () =>
    (coming ??= load().catch((error: unknown) => {
      coming = undefined;
      throw new CodeNotHere(error);
    }));
}

/**
 * Code that did not come: the connection to the server it comes from failed, and the element's error state says so
 * (`kind`, as the client's network errors), not that the server failed.
 */
export class CodeNotHere extends Error {
  readonly kind = 'network';

  constructor(cause: unknown) {
    super('SINN widgets: code could not be loaded', { cause });
  }
}
