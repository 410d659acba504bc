// The proof-of-work worker: solves one challenge off the page's main thread, with the browser's own SHA
// (WebCrypto) through altcha-lib. Built as one self-contained file, pow-worker.js, beside the element chunks
// (it imports nothing at run time: a worker's imports would be subject to the SINN server's own CSP).
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/sha';
import type { SolveRequest, WorkerMessage } from './protocol.js';

const scope = self as unknown as {
  postMessage(message: WorkerMessage): void;
  onmessage: ((event: MessageEvent<SolveRequest>) => void) | null;
};

scope.onmessage = async ({ data }) => {
  try {
    const solution = await solveChallenge({ challenge: data.challenge, deriveKey, timeout: 0 });
    scope.postMessage({ type: 'done', solution: solution && { counter: solution.counter, derivedKey: solution.derivedKey } });
  } catch (error) {
    scope.postMessage({ type: 'error', message: String(error) });
  }
};

scope.postMessage({ type: 'ready' });
