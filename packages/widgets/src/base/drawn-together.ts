// Elements defined at one moment are drawn in one frame. The calendar's code defines a page's month with its filter
// bar and the sidebar's upcoming list at once; each waits for something before its first render (the filter bar's
// code, strings), and were each drawn as soon as it could be, the month above would appear a frame after the list
// below it and push it down: the page would jump (layout shift).

interface Moment {
  waits: Promise<unknown>[];
  /** Resolves once no more first renders join. */
  gathered: Promise<void>;
}

/** The moment under way: the elements upgraded at one definition schedule their first renders in one run of microtasks. */
let current: Moment | undefined;

function moment(): Moment {
  if (current) return current;
  const started: Moment = {
    waits: [],
    // Queued behind the first updates that Lit queued for the elements upgraded with this one.
    gathered: new Promise<void>((resolve) =>
      queueMicrotask(() => {
        current = undefined;
        resolve();
      }),
    ),
  };
  current = started;
  return started;
}

/**
 * Resolves as `own` does (an element's strings and code for its first render), once every first render of its
 * moment may happen. A failure holds the others only until it has failed.
 */
export function drawnTogether<T>(own: Promise<T>): Promise<T> {
  const { waits, gathered } = moment();
  waits.push(own);
  return gathered.then(() => Promise.allSettled(waits)).then(() => own);
}
