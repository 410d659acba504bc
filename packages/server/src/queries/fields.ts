import type * as z from 'zod/mini';

/**
 * The keys a list sends of each item when asked with `fields` (sparse fieldsets): those asked for and those that
 * identify the item, in the order of the item's schema. A list asked without `fields` has none of these and
 * sends whole items, exactly as before there was `fields`.
 */
export class Fields<K extends string = string> {
  readonly keys: readonly K[];
  readonly #set: ReadonlySet<string>;

  constructor(item: z.ZodMiniObject, asked: readonly K[], identity: readonly K[]) {
    const wanted = new Set<string>([...asked, ...identity]);
    this.keys = (Object.keys(item.shape) as K[]).filter((key) => wanted.has(key));
    this.#set = new Set(this.keys);
  }

  has(key: K): boolean {
    return this.#set.has(key);
  }

  /** The item with the keys asked for only. */
  pick<T extends object>(item: T): Partial<T> {
    const narrowed: Partial<T> = {};
    for (const key of this.keys) {
      if (key in item) narrowed[key as unknown as keyof T] = item[key as unknown as keyof T];
    }
    return narrowed;
  }
}

/** The keys asked for with `fields`, or undefined for whole items. */
export function fieldsOf<K extends string>(item: z.ZodMiniObject, asked: readonly K[] | undefined, identity: readonly K[]): Fields<K> | undefined {
  return asked ? new Fields(item, asked, identity) : undefined;
}

/** Whether a list reads `key`: always for whole items, else only when it is asked for. */
export function wants<K extends string>(fields: Fields<K> | undefined, key: K): boolean {
  return !fields || fields.has(key);
}
