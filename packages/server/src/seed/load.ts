// Writes the demo data into the content tables with multi-row INSERTs: one statement per batch of rows keeps
// the load of ~1,400 rows well under a second on PGlite, where each statement is a round trip through WASM.
import type { Queryable } from '../db/database.js';
import { generateDemoData } from './generate.js';
import type { DemoData, DemoOptions } from './types.js';

const BATCH_SIZE = 50;

interface Column<Row> {
  name: string;
  value: (row: Row) => unknown;
  /** A cast for the placeholder, e.g. `jsonb`: a JSON string becomes a jsonb value in both drivers. */
  cast?: string;
}

const json = (value: unknown) => (value === null ? null : JSON.stringify(value));

async function insertAll<Row>(tx: Queryable, table: string, columns: Column<Row>[], rows: readonly Row[]): Promise<void> {
  const names = columns.map((column) => column.name).join(', ');
  for (let offset = 0; offset < rows.length; offset += BATCH_SIZE) {
    const batch = rows.slice(offset, offset + BATCH_SIZE);
    const params: unknown[] = [];
    const tuples = batch.map((row) => {
      const placeholders = columns.map((column) => {
        params.push(column.value(row));
        return `$${params.length}${column.cast ? `::${column.cast}` : ''}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await tx.query(`insert into ${table} (${names}) values ${tuples.join(', ')}`, params);
  }
}

export async function loadDemoData(tx: Queryable, data: DemoData): Promise<void> {
  // Parents first: initiatives and events reference organisations and media.
  await insertAll(
    tx,
    'organisations',
    [
      { name: 'id', value: (r) => r.id },
      { name: 'slug', value: (r) => r.slug },
      { name: 'name', value: (r) => r.name },
      { name: 'kind', value: (r) => r.kind },
      { name: 'url', value: (r) => r.url },
    ],
    data.organisations,
  );
  await insertAll(
    tx,
    'media',
    [
      { name: 'id', value: (r) => r.id },
      { name: 'content_type', value: (r) => r.contentType },
      { name: 'body', value: (r) => r.body, cast: 'bytea' },
      { name: 'width', value: (r) => r.width },
      { name: 'height', value: (r) => r.height },
      { name: 'created_at', value: (r) => r.createdAt },
    ],
    data.media,
  );
  await insertAll(
    tx,
    'initiatives',
    [
      { name: 'id', value: (r) => r.id },
      { name: 'slug', value: (r) => r.slug },
      { name: 'title', value: (r) => r.title },
      { name: 'teaser', value: (r) => r.teaser },
      { name: 'description', value: (r) => r.description },
      { name: 'easy_language', value: (r) => r.easyLanguage },
      { name: 'region', value: (r) => r.region },
      { name: 'municipality_key', value: (r) => r.municipalityKey },
      { name: 'topics', value: (r) => r.topics, cast: 'text[]' },
      { name: 'sdgs', value: (r) => r.sdgs, cast: 'integer[]' },
      { name: 'stage', value: (r) => r.stage },
      { name: 'organisation_id', value: (r) => r.organisationId },
      { name: 'website', value: (r) => r.website },
      { name: 'image_id', value: (r) => r.imageId },
      { name: 'image_alt', value: (r) => r.imageAlt },
      { name: 'crowdfunding', value: (r) => json(r.crowdfunding), cast: 'jsonb' },
      { name: 'published_at', value: (r) => r.publishedAt },
      { name: 'updated_at', value: (r) => r.updatedAt },
    ],
    data.initiatives,
  );
  await insertAll(
    tx,
    'events',
    [
      { name: 'id', value: (r) => r.id },
      { name: 'slug', value: (r) => r.slug },
      { name: 'title', value: (r) => r.title },
      { name: 'summary', value: (r) => r.summary },
      { name: 'description', value: (r) => r.description },
      { name: 'easy_language', value: (r) => r.easyLanguage },
      { name: 'category', value: (r) => r.category },
      { name: 'topics', value: (r) => r.topics, cast: 'text[]' },
      { name: 'region', value: (r) => r.region },
      { name: 'format', value: (r) => r.format },
      { name: 'status', value: (r) => r.status },
      { name: 'starts_at', value: (r) => r.startsAt },
      { name: 'ends_at', value: (r) => r.endsAt },
      { name: 'all_day', value: (r) => r.allDay },
      { name: 'rrule', value: (r) => r.rrule },
      { name: 'exdates', value: (r) => r.exdates, cast: 'timestamptz[]' },
      { name: 'series_until', value: (r) => r.seriesUntil },
      { name: 'location', value: (r) => json(r.location), cast: 'jsonb' },
      { name: 'online_url', value: (r) => r.onlineUrl },
      { name: 'registration_url', value: (r) => r.registrationUrl },
      { name: 'registration_deadline', value: (r) => r.registrationDeadline },
      { name: 'organisation_id', value: (r) => r.organisationId },
      { name: 'image_id', value: (r) => r.imageId },
      { name: 'image_alt', value: (r) => r.imageAlt },
      { name: 'sequence', value: (r) => r.sequence },
      { name: 'updated_at', value: (r) => r.updatedAt },
    ],
    data.events,
  );
  await insertAll(
    tx,
    'mentors',
    [
      { name: 'id', value: (r) => r.id },
      { name: 'slug', value: (r) => r.slug },
      { name: 'name', value: (r) => r.name },
      { name: 'role', value: (r) => r.role },
      { name: 'bio', value: (r) => r.bio },
      { name: 'expertise', value: (r) => r.expertise, cast: 'text[]' },
      { name: 'region', value: (r) => r.region },
      { name: 'languages', value: (r) => r.languages, cast: 'text[]' },
      { name: 'formats', value: (r) => r.formats, cast: 'text[]' },
      { name: 'availability', value: (r) => r.availability },
      { name: 'organisation', value: (r) => r.organisation },
      { name: 'email', value: (r) => r.email },
      { name: 'phone', value: (r) => r.phone },
      { name: 'photo_id', value: (r) => r.photoId },
      { name: 'photo_alt', value: (r) => r.photoAlt },
      { name: 'updated_at', value: (r) => r.updatedAt },
    ],
    data.mentors,
  );
  await insertAll(
    tx,
    'surveys',
    [
      { name: 'id', value: (r) => r.id },
      { name: 'slug', value: (r) => r.slug },
      { name: 'title', value: (r) => json(r.title), cast: 'jsonb' },
      { name: 'intro', value: (r) => json(r.intro), cast: 'jsonb' },
      { name: 'region', value: (r) => r.region },
      { name: 'organisation_id', value: (r) => r.organisationId },
      { name: 'opens_at', value: (r) => r.opensAt },
      { name: 'closes_at', value: (r) => r.closesAt },
      { name: 'results_policy', value: (r) => r.resultsPolicy },
      { name: 'integrity', value: (r) => r.integrity },
      { name: 'questions', value: (r) => json(r.questions), cast: 'jsonb' },
      { name: 'created_at', value: (r) => r.opensAt },
      { name: 'updated_at', value: (r) => r.opensAt },
    ],
    data.surveys,
  );
  await insertAll(
    tx,
    'survey_responses',
    [
      { name: 'id', value: (r) => r.id },
      { name: 'survey_id', value: (r) => r.surveyId },
      { name: 'answers', value: (r) => json(r.answers), cast: 'jsonb' },
      { name: 'status', value: () => 'counted' },
      { name: 'voter_hash', value: (r) => r.voterHash },
      { name: 'token_hash', value: (r) => r.tokenHash },
      { name: 'language', value: (r) => r.language },
      { name: 'created_at', value: (r) => r.createdAt },
      { name: 'confirmed_at', value: (r) => r.confirmedAt },
    ],
    data.surveyResponses,
  );
}

/**
 * Loads the demo data into an empty database and reports whether it did. Runs inside the migration
 * transaction, under its lock, so two processes starting together cannot both seed.
 */
export async function seedIfEmpty(tx: Queryable, options: DemoOptions): Promise<boolean> {
  const [row] = await tx.query<{ present: boolean }>('select exists (select 1 from initiatives) as present');
  if (row?.present) return false;
  await loadDemoData(tx, generateDemoData(options));
  return true;
}
