import type { Challenge, ChallengeSolution } from '@sinn/sdk';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/sha';

// The proof of work on the page's main thread, for pages that cannot start the worker (a partner's page may not
// start a Worker from the SINN origin, or its CSP forbids workers): the search runs in slices of a few
// milliseconds and gives the event loop back between them, so typing and scrolling stay smooth. Loaded only
// when needed.

/** Longest stretch of hashing before the page gets its turn, in milliseconds. */
const SLICE_MS = 8;

/**
 * Gives the event loop a turn: input, rendering and the page's own timers run before the next slice. A message
 * to itself queues behind what waits, without the 4 ms that nested timers are held back.
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export async function solveInSlices(challenge: Challenge, signal: AbortSignal): Promise<ChallengeSolution | null> {
  let sliceStart = performance.now();
  const controller = new AbortController();
  const stop = () => controller.abort();
  signal.addEventListener('abort', stop, { once: true });
  try {
    const solution = await solveChallenge({
      challenge,
      controller,
      timeout: 0,
      async deriveKey(parameters, salt, password) {
        if (performance.now() - sliceStart >= SLICE_MS) {
          // The password buffer is the solver's and stays unchanged while it waits for this call.
          await yieldToPage();
          sliceStart = performance.now();
        }
        return deriveKey(parameters, salt, password);
      },
    });
    if (signal.aborted) throw signal.reason;
    return solution && { counter: solution.counter, derivedKey: solution.derivedKey };
  } finally {
    signal.removeEventListener('abort', stop);
  }
}
