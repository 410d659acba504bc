// Collects the generated pictures into media rows. Pictures are content-addressed, so two identical ones become
// one row that several records point to.
import type { GeneratedImage } from './images.js';
import type { MediaRow } from './types.js';

export class MediaCollector {
  readonly rows: MediaRow[] = [];
  readonly #ids = new Set<string>();
  readonly #createdAt: Date;

  constructor(createdAt: Date) {
    this.#createdAt = createdAt;
  }

  /** Stores the picture (once) and returns its id. */
  add(image: GeneratedImage): string {
    if (!this.#ids.has(image.id)) {
      this.#ids.add(image.id);
      this.rows.push({ ...image, createdAt: new Date(this.#createdAt) });
    }
    return image.id;
  }
}
