import type { ConsentText, ConsentWording } from '@sinn/sdk';
import type { Queryable } from '../db/database.js';
import { isoOf } from './columns.js';

/** The consent text in force: the one published last. */
export async function currentConsentText(db: Queryable): Promise<ConsentText | null> {
  const [row] = await db.query<{ version: string; hash: string; published_at: Date; wording: { de: ConsentWording; en: ConsentWording } }>(
    'select version, hash, published_at, wording from consent_texts order by published_at desc, version desc limit 1',
  );
  if (!row) return null;
  return { version: row.version, hash: row.hash, publishedAt: isoOf(row.published_at), de: row.wording.de, en: row.wording.en };
}
