import { suggestMentorsEndpoint, type MentorSuggestions } from '@sinn/sdk';
import type { ApiClient } from '../base/page-client.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Suggestion = MentorSuggestions['items'][number];

/** How long typing pauses before suggestions are asked for. */
const PAUSE_MS = 150;

/**
 * The search box's completions. Each keystroke waits for a pause; a newer text aborts the request of an older
 * one, and an answer that arrives late is dropped, so the list always belongs to what the box shows.
 */
export class Suggestions implements ReactiveController {
  items: Suggestion[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #controller: AbortController | undefined;

  /** `arrived` is told when suggestions for the text last asked about are in. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly arrived: () => void,
  ) {
    host.addController(this);
  }

  ask(client: ApiClient | null, text: string): void {
    clearTimeout(this.#timer);
    this.#controller?.abort();
    const q = text.trim();
    if (!client || !q) {
      this.clear();
      return;
    }
    this.#timer = setTimeout(() => {
      const controller = (this.#controller = new AbortController());
      client.get(suggestMentorsEndpoint, { query: { q: q.slice(0, 100), limit: 6 }, signal: controller.signal }).then(
        (answer) => {
          if (controller.signal.aborted) return;
          this.items = answer.items;
          this.arrived();
        },
        // Suggestions are a help, not the search: a failure shows none, and the search itself still runs.
        () => !controller.signal.aborted && this.clear(),
      );
    }, PAUSE_MS);
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.#controller?.abort();
    if (this.items.length) {
      this.items = [];
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.clear();
  }
}

export type { Suggestion };
