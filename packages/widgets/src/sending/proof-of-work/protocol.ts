import type { Challenge, ChallengeSolution } from '@sinn/sdk';

// What the page and the proof-of-work worker say to each other.

/** Page → worker: solve this. */
export interface SolveRequest {
  challenge: Challenge;
}

/** Worker → page: it runs (so the page knows a policy did not stop it), then its answer. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'done'; solution: ChallengeSolution | null }
  | { type: 'error'; message: string };
