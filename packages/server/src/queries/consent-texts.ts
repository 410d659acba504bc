import type { ConsentPurpose, ConsentText, ConsentWording } from '@sinn/sdk';
import type { Queryable } from '../db/database.js';
import { isoOf } from './columns.js';

/** The consent text in force for a purpose: the one of that purpose published last. */
export async function currentConsentText(db: Queryable, purpose: ConsentPurpose = 'membership'): Promise<ConsentText | null> {
  const [row] = await db.query<{ version: string; hash: string; published_at: Date; wording: { de: ConsentWording; en: ConsentWording } }>(
    `select version, hash, published_at, wording from consent_texts where purpose = $1
     order by published_at desc, version desc limit 1`,
    [purpose],
  );
  if (!row) return null;
  return { purpose, version: row.version, hash: row.hash, publishedAt: isoOf(row.published_at), de: row.wording.de, en: row.wording.en };
}
