import type { Queryable } from '../db/database.js';

export interface MediaFile {
  contentType: string;
  body: Uint8Array<ArrayBuffer>;
}

export async function getMedia(db: Queryable, id: string): Promise<MediaFile | null> {
  const [row] = await db.query<{ content_type: string; body: Uint8Array<ArrayBuffer> }>(
    'select content_type, body from media where id = $1',
    [id],
  );
  return row ? { contentType: row.content_type, body: row.body } : null;
}
