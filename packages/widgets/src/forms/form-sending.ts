import type { ReactiveController } from 'lit';
import type { ApiClient } from '../base/page-client.js';
import { safeUrl } from '../base/safe-url.js';
import type { SinnElement } from '../base/sinn-element.js';
import { warnOnce } from '../base/warn.js';
import type { Failure } from '../sending/failures.js';
import type { Sender } from '../sending/sender.js';

/**
 * A form's sending, as the join form and the survey share it: its code and the strings of what sending leads to
 * (`fetchCode`), fetched once when a person first touches the form, a failed fetch (offline) tried again at the next
 * touch; one Sender for the element's life; and the signal that stops what is under way when the element leaves the
 * page (what was typed stays in the element, should it come back).
 */
export class FormSending<M extends { Sender: new () => Sender }> implements ReactiveController {
  /** The sending code, once it has come. */
  module: M | undefined;
  sender: Sender | undefined;
  #coming: Promise<M> | undefined;
  #abort = new AbortController();

  constructor(
    host: SinnElement,
    private readonly fetchCode: () => Promise<[M, ...unknown[]]>,
  ) {
    host.addController(this);
  }

  /** Stops when the element leaves the page. */
  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  /** The sending code; rejects with a network failure where it cannot be fetched. */
  load(): Promise<M> {
    this.#coming ??= this.fetchCode().then(
      ([module]) => {
        this.module = module;
        this.sender ??= new module.Sender();
        return module;
      },
      () => {
        this.#coming = undefined;
        throw { kind: 'network' } satisfies Failure;
      },
    );
    return this.#coming;
  }

  /**
   * At a person's first touch: the sending code, and a challenge fetched and solved with it, so both are ready
   * when they send (Sender.warm; `refused` hears where the server refuses this site's forms).
   */
  warm(client: ApiClient, refused: (failure: Failure) => void): void {
    this.load().then(() => this.sender!.warm(client, refused), () => undefined);
  }

  hostConnected(): void {
    if (this.#abort.signal.aborted) this.#abort = new AbortController();
  }

  hostDisconnected(): void {
    this.#abort.abort(new DOMException('The element left the page', 'AbortError'));
    this.sender?.stop();
  }
}

/** A form's `privacy-url`, where it is an address to link; anything else is said once on the console and left out. */
export function privacyUrlOf(host: Element, value: string | undefined): string | null {
  if (!value) return null;
  const url = safeUrl(value);
  if (!url) warnOnce(host, 'privacy-url', value, 'an https: or http: address');
  return url;
}
