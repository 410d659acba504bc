// One Idempotency-Key per body, for any form's write: part of the sending, loaded on demand.

/**
 * One Idempotency-Key per body: every retry of an unchanged submission carries the same key, so the server stores
 * it once however often it arrives; a changed body is a new submission with a new key.
 */
export class IdempotencyKeys {
  #body: string | undefined;
  #key: string | undefined;

  keyFor(body: unknown): string {
    const text = JSON.stringify(body);
    if (text !== this.#body || !this.#key) {
      this.#body = text;
      this.#key = newKey();
    }
    return this.#key;
  }

  /** After a submission went through, the next one (of another person at the same computer) is a new one. */
  forget(): void {
    this.#body = undefined;
    this.#key = undefined;
  }
}

function newKey(): string {
  // randomUUID needs a secure context; a partner's plain-http test page is not one.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
