/**
 * Code fetched when a person is about to use it (`load`, an `import()`): asked for once, at the first sign of
 * intent or use, and by every use after; a failed fetch is tried again at the next.
 */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let coming: Promise<T> | undefined;
  return () =>
    (coming ??= load().catch((error: unknown) => {
      coming = undefined;
      throw error;
    }));
}
