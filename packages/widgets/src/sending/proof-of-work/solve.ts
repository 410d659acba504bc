import type { Challenge, ChallengeSolution } from '@sinn/sdk';
import type { SolveRequest, WorkerMessage } from './protocol.js';

// Solves a proof-of-work challenge: in a Worker where the page allows one, else on the main thread in small
// slices. A Worker must come from the page's own origin (the browser refuses a cross-origin worker script), so
// a partner's page that loads the widgets from the SINN server solves in slices; a page whose CSP forbids
// workers too. Any trouble with the worker (refused, failed, silent) falls back to the slices.

/** How long a started worker has to say it runs before the slices take over. */
const READY_MS = 4000;

/** Once a worker failed on this page, the next challenge goes to the slices straight away. */
let workerFailed = false;

export type SolvedBy = 'worker' | 'slices';

export interface Solved {
  solution: ChallengeSolution;
  by: SolvedBy;
}

export interface SolveOptions {
  /** Where the worker script is; default: pow-worker.js beside this module. Tests name others. */
  workerUrl?: URL;
}

export async function solve(challenge: Challenge, signal: AbortSignal, options: SolveOptions = {}): Promise<Solved> {
  // The worker script lies beside this module, on its origin.
  const origin = new URL(options.workerUrl ?? import.meta.url).origin;
  if (!workerFailed && typeof Worker === 'function' && origin === location.origin) {
    try {
      return { solution: await inWorker(() => startWorker(options.workerUrl), challenge, signal), by: 'worker' };
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (error instanceof Unsolvable) throw error;
      // Remembered for the page (unless a test named a worker of its own): the slices do the next ones.
      if (!options.workerUrl) workerFailed = true;
    }
  }
  const { solveInSlices } = await import('./slices.js');
  const solution = await solveInSlices(challenge, signal);
  if (!solution) throw new Unsolvable();
  return { solution, by: 'slices' };
}

/** The challenge has no solution within its range: a new one is needed. */
export class Unsolvable extends Error {
  constructor() {
    super('the challenge has no solution');
  }
}

/**
 * Starts the worker. The default is written as one `new Worker(new URL(…, import.meta.url))` expression, the
 * form bundlers (Vite, webpack, Parcel) recognise: a page that bundles @sinn/widgets gets the worker bundled
 * with its imports, beside its own files, instead of a copy of a module whose imports it cannot resolve.
 */
function startWorker(url: URL | undefined): Worker {
  return url ? new Worker(url, { type: 'module' }) : new Worker(new URL('./pow-worker.js', import.meta.url), { type: 'module' });
}

function inWorker(start: () => Worker, challenge: Challenge, signal: AbortSignal): Promise<ChallengeSolution> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = start();
    } catch (error) {
      // SecurityError (another origin) or a policy that forbids it.
      reject(error);
      return;
    }
    const finish = (settle: () => void) => {
      clearTimeout(silent);
      signal.removeEventListener('abort', abort);
      worker.terminate();
      settle();
    };
    const abort = () => finish(() => reject(signal.reason));
    const silent = setTimeout(() => finish(() => reject(new Error('the proof-of-work worker did not start'))), READY_MS);
    signal.addEventListener('abort', abort, { once: true });
    // A script that does not load, a CSP that refuses it, an error inside: all arrive here.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish(() => reject(new Error('the proof-of-work worker failed')));
    });
    worker.addEventListener('message', ({ data }: MessageEvent<WorkerMessage>) => {
      if (data.type === 'ready') {
        clearTimeout(silent);
        worker.postMessage({ challenge } satisfies SolveRequest);
      } else if (data.type === 'done') {
        finish(() => (data.solution ? resolve(data.solution) : reject(new Unsolvable())));
      } else {
        finish(() => reject(new Error(data.message)));
      }
    });
  });
}

/** The value of the `X-Sinn-Challenge` header: base64url of `{ challenge, solution }`. */
export function encodeSolution(challenge: Challenge, solution: ChallengeSolution): string {
  const json = JSON.stringify({ challenge, solution: { counter: solution.counter, derivedKey: solution.derivedKey } });
  let binary = '';
  for (const byte of new TextEncoder().encode(json)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
