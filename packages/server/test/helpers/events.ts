import { randomUUID } from 'node:crypto';
import type { TestServer } from './server.js';

/**
 * Inserts an event (a plain onsite networking event in Chemnitz unless `fields` say otherwise) and makes the
 * server see the change at once. Returns its slug.
 */
export async function insertEvent(server: TestServer, fields: Record<string, unknown>): Promise<string> {
  const [org] = await server.database.db.query<{ id: string }>('select id from organisations order by slug limit 1');
  const slug = fields.slug as string;
  const row = {
    id: randomUUID(),
    title: `Test ${slug}`,
    summary: 'Kurzbeschreibung',
    description: 'Beschreibung',
    category: 'netzwerktreffen',
    format: 'onsite',
    region: 'chemnitz',
    organisation_id: org!.id,
    rrule: null,
    exdates: [],
    series_until: null,
    all_day: false,
    ...fields,
  };
  const columns = Object.keys(row);
  await server.database.db.query(
    `insert into events (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
    Object.values(row),
  );
  await server.deps.contentVersion.refresh();
  return slug;
}
