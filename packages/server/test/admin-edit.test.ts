import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AdminEvent, AdminInitiative, AdminMentor, EventDetail, Initiative, MentorList, PartnerKey, Problem } from '@sinn/sdk';
import type * as z from 'zod/mini';
import { collectPages, getParsed, getProblem } from './helpers/http.js';
import { NOW, startTestServer, type TestServer } from './helpers/server.js';
import { STAFF_TOKEN, staffFetch } from './helpers/staff.js';
import { berlinIso } from '../src/time/berlin.js';

// An edit in the staff API is a GET, a change and a PUT of the whole. So the body a GET gives must go back as it
// is (its read-only id, updatedAt and sequence included), and change nothing a partner's page shows but the time
// of the change; and a second editor who read the record before the first one saved must not overwrite that
// change unseen: the GET's ETag in If-Match makes their PUT a 412.

type StaffRecord = { [key: string]: unknown; id: string; slug: string; updatedAt: string };

/** A staff resource and how the public API shows a record of it. */
interface Kind {
  path: 'initiatives' | 'events' | 'mentors';
  noun: string;
  schema: z.ZodMiniType<StaffRecord>;
  /** A text field the public record shows, to change. */
  text: string;
  /** The public record of every slug, read in as few requests as the public API allows. */
  publicRecords(url: string, slugs: readonly string[]): Promise<Map<string, object>>;
}

async function eachDetail(url: string, slugs: readonly string[], detail: (slug: string) => Promise<object>) {
  const records = new Map<string, object>();
  for (const slug of slugs) records.set(slug, await detail(slug));
  return records;
}

const KINDS: Kind[] = [
  {
    path: 'initiatives',
    noun: 'initiative',
    text: 'teaser',
    schema: AdminInitiative,
    publicRecords: (url, slugs) => eachDetail(url, slugs, (slug) => getParsed(`${url}/v1/initiatives/${slug}`, Initiative)),
  },
  {
    path: 'events',
    noun: 'event',
    text: 'summary',
    schema: AdminEvent,
    publicRecords: (url, slugs) => eachDetail(url, slugs, (slug) => getParsed(`${url}/v1/events/${slug}`, EventDetail)),
  },
  {
    path: 'mentors',
    noun: 'mentor',
    text: 'bio',
    schema: AdminMentor,
    // Mentors have no public page of their own: the list shows all of them.
    async publicRecords(url, slugs) {
      const { items } = await collectPages(`${url}/v1/mentors?limit=100`, MentorList);
      const bySlug = new Map(items.map((item) => [item.slug, item as object]));
      return new Map(slugs.map((slug) => [slug, bySlug.get(slug)!]));
    },
  },
];

/** A value with its words and numbers left out: nulls, flags, and whether each list holds anything. */
function shapeOf(value: unknown): unknown {
  if (value === null || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.length === 0 ? [] : [shapeOf(value[0])];
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shapeOf(inner)]));
  return typeof value;
}

const withoutUpdatedAt = (record: object) => ({ ...record, updatedAt: undefined });

describe('staff API: an edit is a GET, a change and a PUT', () => {
  let server: TestServer;
  let api: string;
  before(async () => {
    server = await startTestServer({ adminToken: STAFF_TOKEN });
    api = `${server.url}/v1/admin`;
  });
  after(() => server.stop());

  async function read(kind: Kind, slug: string): Promise<{ record: StaffRecord; etag: string }> {
    const response = await staffFetch(`${api}/${kind.path}/${slug}`);
    assert.equal(response.status, 200, await response.clone().text());
    const etag = response.headers.get('etag');
    assert.match(etag ?? '', /^"[A-Za-z0-9_-]{27}"$/, 'a strong ETag');
    return { record: kind.schema.parse(await response.json()), etag: etag! };
  }

  /**
   * One record of each shape the demo data holds (which columns are empty, which lists and nested fields hold
   * anything, the flags): every path a record takes through GET and PUT, without a round trip for all 700.
   */
  async function slugsOfEveryShape(kind: Kind): Promise<string[]> {
    const rows = await server.database.db.query<{ slug: string; row: unknown }>(`select slug, to_jsonb(t) as row from ${kind.path} t order by slug`);
    const bySignature = new Map<string, string>();
    for (const { slug, row } of rows) {
      const signature = JSON.stringify(shapeOf(row));
      if (!bySignature.has(signature)) bySignature.set(signature, slug);
    }
    return [...bySignature.values()];
  }

  for (const kind of KINDS) {
    describe(kind.path, () => {
      const put = (slug: string, body: unknown, ifMatch?: string) =>
        staffFetch(`${api}/${kind.path}/${slug}`, { method: 'PUT', body, headers: ifMatch === undefined ? {} : { 'If-Match': ifMatch } });
      const firstSlug = async () => (await slugsOfEveryShape(kind))[0]!;

      it(`takes back the body a GET gave, for ${kind.path} of every shape: a 200, and the public record changes in updatedAt only`, async () => {
        const slugs = await slugsOfEveryShape(kind);
        assert.ok(slugs.length >= 5, `the demo data has ${kind.path} of ${slugs.length} shapes`);
        const publicBefore = await kind.publicRecords(server.url, slugs);
        for (const slug of slugs) {
          const { record, etag } = await read(kind, slug);
          const response = await put(slug, record, etag);
          assert.equal(response.status, 200, `${slug}: ${await response.clone().text()}`);
          const answer = kind.schema.parse(await response.json());
          assert.deepEqual(withoutUpdatedAt(answer), withoutUpdatedAt(record), `${slug}: the stored record is the one read`);
          assert.equal(answer.updatedAt, berlinIso(NOW), `${slug}: stamped with the time of the change`);
          // The PUT's ETag is the one the next GET gives.
          const again = await read(kind, slug);
          assert.equal(response.headers.get('etag'), again.etag, slug);
        }
        const publicAfter = await kind.publicRecords(server.url, slugs);
        for (const slug of slugs) {
          assert.deepEqual(withoutUpdatedAt(publicAfter.get(slug)!), withoutUpdatedAt(publicBefore.get(slug)!), `${slug}: the public record`);
        }
      });

      it(`refuses a PUT whose If-Match no longer names the ${kind.noun} with a 412, and lets one through that does`, async () => {
        const slug = await firstSlug();
        const { record: first, etag: firstTag } = await read(kind, slug);
        // Two editors read the record; the first saves.
        const saved = await put(slug, { ...first, [kind.text]: 'Geändert von der ersten Bearbeiterin.' }, firstTag);
        assert.equal(saved.status, 200, await saved.clone().text());
        const savedTag = saved.headers.get('etag')!;
        assert.notEqual(savedTag, firstTag);
        assert.equal((await read(kind, slug)).etag, savedTag);

        // The second sends what they read, changed: their If-Match names what is no longer there.
        const stale = await getProblem(`${api}/${kind.path}/${slug}`, 412, {
          method: 'PUT',
          headers: { Authorization: `Bearer ${STAFF_TOKEN}`, 'Content-Type': 'application/json', 'If-Match': firstTag },
          body: JSON.stringify({ ...first, [kind.text]: 'Geändert vom zweiten Bearbeiter.' }),
        });
        assert.equal(stale.title, 'Precondition Failed');
        assert.match(stale.detail ?? '', new RegExp(`This ${kind.noun} was changed after it was read`));
        const kept = await read(kind, slug);
        assert.equal(kept.record[kind.text], 'Geändert von der ersten Bearbeiterin.');
        assert.equal(kept.etag, savedTag);
        const shown = await kind.publicRecords(server.url, [slug]);
        assert.equal((shown.get(slug) as { [key: string]: unknown })[kind.text], 'Geändert von der ersten Bearbeiterin.');

        // A weak tag never matches (RFC 9110, 13.1.1), not even the current one made weak, as a compressing proxy does.
        assert.equal((await put(slug, kept.record, `W/${savedTag}`)).status, 412);
        // One of several tags is enough; so is `*`, as the record exists; no If-Match at all is as before.
        const listed = await put(slug, { ...kept.record, [kind.text]: 'Zweite Fassung.' }, `"nicht-mehr", ${savedTag}`);
        assert.equal(listed.status, 200, await listed.clone().text());
        const any = await put(slug, { ...kept.record, [kind.text]: 'Dritte Fassung.' }, '*');
        assert.equal(any.status, 200);
        const unconditional = await put(slug, { ...kept.record, [kind.text]: 'Vierte Fassung.' });
        assert.equal(unconditional.status, 200);
        assert.equal(unconditional.headers.get('etag'), (await read(kind, slug)).etag);
        assert.equal((await read(kind, slug)).record[kind.text], 'Vierte Fassung.');
      });

      it(`still names a field that is not one of the ${kind.noun}'s, and refuses the id of another ${kind.noun}`, async () => {
        const slug = await firstSlug();
        const { record, etag } = await read(kind, slug);
        const typo = await put(slug, { ...record, titel: 'Tippfehler' }, etag);
        assert.equal(typo.status, 422);
        const problem = Problem.parse(await typo.json());
        // The read-only fields sent along are not named: only the one the resource does not know.
        assert.deepEqual(problem.errors?.map((error) => `${error.pointer} ${error.detail}`), ['/titel not a field of this resource']);
        // Failures of the body itself come before the precondition (RFC 9110, 13.2.2): a stale tag does not hide them.
        assert.equal((await put(slug, { ...record, titel: 'Tippfehler' }, '"veraltet"')).status, 422);

        const [other] = await server.database.db.query<{ id: string }>(`select id from ${kind.path} where slug <> $1 limit 1`, [slug]);
        const copied = await put(slug, { ...record, id: other!.id }, etag);
        assert.equal(copied.status, 422);
        assert.deepEqual(Problem.parse(await copied.json()).errors?.map((error) => error.pointer), ['/id']);
        assert.equal((await read(kind, slug)).etag, etag, 'nothing was stored');
      });

      it(`answers 404 where there is no ${kind.noun}, whatever the If-Match`, async () => {
        assert.equal((await put('gibt-es-nicht', { title: 'x' }, '*')).status, 422, 'a body that cannot be one is named first');
        const { record } = await read(kind, await firstSlug());
        const { id: _id, slug: _slug, ...body } = record;
        assert.equal((await put('gibt-es-nicht', body, '*')).status, 404);
        assert.equal((await put('gibt-es-nicht', body, '"irgendein"')).status, 404);
      });
    });
  }

  describe('two editors at once', () => {
    const initiatives = KINDS[0]!;

    it('lets only one of two PUTs with the same If-Match through, sent at the same moment', async () => {
      const slug = (await slugsOfEveryShape(initiatives))[1]!;
      const { record, etag } = await read(initiatives, slug);
      const send = (teaser: string) =>
        staffFetch(`${api}/initiatives/${slug}`, { method: 'PUT', body: { ...record, teaser }, headers: { 'If-Match': etag } });
      const answers = await Promise.all([send('Fassung A.'), send('Fassung B.')]);
      assert.deepEqual(answers.map((answer) => answer.status).sort(), [200, 412]);
      const winner = AdminInitiative.parse(await answers.find((answer) => answer.status === 200)!.json());
      assert.equal((await read(initiatives, slug)).record.teaser, winner.teaser);
    });

    it('gives the ETag with a created record, and deletes only with an If-Match that still holds', async () => {
      const { record } = await read(initiatives, (await slugsOfEveryShape(initiatives))[2]!);
      const { id: _id, updatedAt: _updatedAt, ...body } = record;
      const created = await staffFetch(`${api}/initiatives`, { method: 'POST', body: { ...body, slug: 'zum-loeschen' } });
      assert.equal(created.status, 201, await created.clone().text());
      const createdTag = created.headers.get('etag')!;
      assert.equal((await read(initiatives, 'zum-loeschen')).etag, createdTag);

      const changed = await staffFetch(`${api}/initiatives/zum-loeschen`, { method: 'PUT', body: { ...body, slug: 'zum-loeschen', teaser: 'Noch da.' } });
      const currentTag = changed.headers.get('etag')!;
      const stale = await staffFetch(`${api}/initiatives/zum-loeschen`, { method: 'DELETE', headers: { 'If-Match': createdTag } });
      assert.equal(stale.status, 412);
      assert.equal((await fetch(`${server.url}/v1/initiatives/zum-loeschen`)).status, 200, 'still shown');
      const current = await staffFetch(`${api}/initiatives/zum-loeschen`, { method: 'DELETE', headers: { 'If-Match': currentTag } });
      assert.equal(current.status, 204);
      assert.equal((await fetch(`${server.url}/v1/initiatives/zum-loeschen`)).status, 404);
    });
  });

  describe('partner keys', () => {
    it('reads a key with its ETag, takes back what the list gave, and refuses a stale If-Match', async () => {
      const issued = await staffFetch(`${api}/partner-keys`, {
        method: 'POST',
        body: { name: 'Bürgerstiftung Dresden', origins: ['https://www.buergerstiftung-dresden.example.org'] },
      });
      assert.equal(issued.status, 201);
      const key = PartnerKey.parse(await issued.json());
      const one = await staffFetch(`${api}/partner-keys/${key.id}`);
      assert.equal(one.status, 200);
      assert.deepEqual(PartnerKey.parse(await one.json()), key);
      const etag = one.headers.get('etag')!;
      assert.equal(issued.headers.get('etag'), etag);

      // What the list gives goes back whole, with the key's read-only fields.
      const listed = (await (await staffFetch(`${api}/partner-keys`)).json()) as { items: PartnerKey[] };
      const item = listed.items.find((entry) => entry.id === key.id)!;
      const renamed = await staffFetch(`${api}/partner-keys/${key.id}`, {
        method: 'PUT',
        body: { ...item, name: 'Bürgerstiftung Dresden e. V.', key: 'pk_nicht-der-schluessel', revokedAt: berlinIso(NOW) },
        headers: { 'If-Match': etag },
      });
      assert.equal(renamed.status, 200, await renamed.clone().text());
      const stored = PartnerKey.parse(await renamed.json());
      assert.deepEqual(stored, { ...key, name: 'Bürgerstiftung Dresden e. V.' }, 'the read-only fields are not written');
      assert.notEqual(renamed.headers.get('etag'), etag);

      const stale = await staffFetch(`${api}/partner-keys/${key.id}`, { method: 'PUT', body: { ...item, name: 'Überschrieben' }, headers: { 'If-Match': etag } });
      assert.equal(stale.status, 412);
      assert.equal(stale.headers.get('content-type'), 'application/problem+json');
      assert.match(Problem.parse(await stale.json()).detail ?? '', /This partner key was changed after it was read/);

      const typo = await staffFetch(`${api}/partner-keys/${key.id}`, { method: 'PUT', body: { ...item, origin: 'https://example.org' } });
      assert.deepEqual(Problem.parse(await typo.json()).errors?.map((error) => error.pointer), ['/origin']);
      const copied = await staffFetch(`${api}/partner-keys/${key.id}`, { method: 'PUT', body: { ...item, id: '00000000-0000-4000-8000-000000000000' } });
      assert.equal(copied.status, 422);
      assert.deepEqual(Problem.parse(await copied.json()).errors?.map((error) => error.pointer), ['/id']);

      // Revoking changes what GET answers, so it changes the ETag.
      const current = (await staffFetch(`${api}/partner-keys/${key.id}`)).headers.get('etag');
      assert.equal((await staffFetch(`${api}/partner-keys/${key.id}/revoke`, { method: 'POST' })).status, 200);
      assert.notEqual((await staffFetch(`${api}/partner-keys/${key.id}`)).headers.get('etag'), current);
      assert.equal((await staffFetch(`${api}/partner-keys/00000000-0000-4000-8000-000000000000`)).status, 404);
    });
  });
});
