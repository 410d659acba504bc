import type { ConsentPurpose, ConsentText, ConsentWording } from '@sinn/sdk';
import type { Queryable } from '../db/database.js';
import { isoOf } from './columns.js';

/**
 * The consent text in force for a purpose: the one of that purpose published last. The `survey` text is a
 * template that each survey fills in (surveys/read.ts), never answered as it is.
 */
export async function currentConsentText<P extends ConsentPurpose | 'survey' = 'membership'>(
  db: Queryable,
  purpose: P = 'membership' as P,
): Promise<(Omit<ConsentText, 'purpose'> & { purpose: P }) | null> {
  const [row] = await db.query<{ version: string; hash: string; published_at: Date; wording: { de: ConsentWording; en: ConsentWording } }>(
    `select version, hash, published_at, wording from consent_texts where purpose = $1
     order by published_at desc, version desc limit 1`,
    [purpose],
  );
  if (!row) return null;
  return { purpose, version: row.version, hash: row.hash, publishedAt: isoOf(row.published_at), de: row.wording.de, en: row.wording.en };
}
