import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import {
  AdminEvent,
  AdminInitiative,
  AdminMentor,
  AdminOrganisation,
  AuditLogList,
  EventDetail,
  EventList,
  Initiative,
  InitiativeList,
  MentorList,
  Problem,
  type EventInput,
  type InitiativeInput,
  type MentorInput,
} from '@sinn/sdk';
import { getParsed } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { STAFF_TOKEN, staffFetch } from './helpers/staff.js';

// Staff curate initiatives, events and mentors; partners' pages read them through the public API. What staff
// change must show there at once, under a new ETag, and what they send wrong must be named field by field.

describe('staff API: content', () => {
  let server: TestServer;
  let api: string;
  let organisation: string;
  let image: string;
  before(async () => {
    server = await startTestServer({ adminToken: STAFF_TOKEN });
    api = `${server.url}/v1/admin`;
    const [org] = await server.database.db.query<{ slug: string }>('select slug from organisations order by slug limit 1');
    const [media] = await server.database.db.query<{ id: string }>('select id from media order by id limit 1');
    organisation = org!.slug;
    image = media!.id;
  });
  after(() => server.stop());

  const initiative = (): InitiativeInput => ({
    title: 'Repair-Café Großenhain',
    teaser: 'Nachbarn reparieren gemeinsam, was sonst im Müll landen würde.',
    description: 'Jeden ersten Samstag im Monat.\n\nWerkzeug ist da, Kaffee auch.',
    region: 'meissen',
    topics: ['klima-umwelt', 'zusammenhalt'],
    sdgs: [12],
    stage: 'pilot',
    organisation,
    website: 'https://repaircafe-grossenhain.example.org',
    image: { id: image, alt: 'Ein Lötkolben auf einem Werktisch' },
    crowdfunding: { url: 'https://www.startnext.com/repaircafe', goal: 5000, raised: 1200, supporters: 31, endsAt: '2026-12-31T23:59:00+01:00' },
  });

  async function auditActions(afterId: number): Promise<string[]> {
    const list = AuditLogList.parse(await (await staffFetch(`${api}/audit-log?limit=100`)).json());
    return list.items.filter((entry) => entry.id > afterId).map((entry) => `${entry.action} ${entry.details.slug ?? ''}`.trim()).reverse();
  }
  async function lastAuditId(): Promise<number> {
    const [row] = await server.database.db.query<{ id: number }>('select coalesce(max(id), 0)::integer as id from audit_log');
    return row!.id;
  }

  describe('initiatives', () => {
    it('creates an initiative that the public list shows at once, under a new ETag', async () => {
      const listUrl = `${server.url}/v1/initiatives?region=meissen&limit=100`;
      const before = await fetch(listUrl);
      const etag = before.headers.get('etag')!;
      const { items } = InitiativeList.parse(await before.json());
      assert.ok(!items.some((item) => item.title === 'Repair-Café Großenhain'));

      const created = await staffFetch(`${api}/initiatives`, { method: 'POST', body: initiative() });
      assert.equal(created.status, 201, await created.clone().text());
      const stored = AdminInitiative.parse(await created.json());
      // The slug is made from the title when none is given.
      assert.equal(stored.slug, 'repair-cafe-grossenhain');
      assert.equal(created.headers.get('location'), '/v1/admin/initiatives/repair-cafe-grossenhain');
      assert.equal(stored.publishedAt, '2026-11-15T10:00:00+01:00');

      const after = await fetch(listUrl, { headers: { 'If-None-Match': etag } });
      assert.equal(after.status, 200);
      assert.notEqual(after.headers.get('etag'), etag);
      const shown = InitiativeList.parse(await after.json()).items.find((item) => item.slug === stored.slug);
      assert.equal(shown?.title, 'Repair-Café Großenhain');
      assert.equal(shown?.organisation.slug, organisation);
      assert.equal(shown?.image?.alt, 'Ein Lötkolben auf einem Werktisch');
      assert.equal(shown?.crowdfunding?.raised, 1200);
      assert.deepEqual(shown?.sdgs, [12]);

      // A second one with the same title gets the next free slug.
      const second = AdminInitiative.parse(await (await staffFetch(`${api}/initiatives`, { method: 'POST', body: initiative() })).json());
      assert.equal(second.slug, 'repair-cafe-grossenhain-2');
    });

    it('replaces an initiative: the cached detail and list give the new data under a new ETag', async () => {
      const slug = 'repair-cafe-grossenhain';
      const detailUrl = `${server.url}/v1/initiatives/${slug}`;
      const listUrl = `${server.url}/v1/initiatives?region=meissen&limit=100`;
      const detail = await fetch(detailUrl);
      const list = await fetch(listUrl);
      const [detailTag, listTag] = [detail.headers.get('etag')!, list.headers.get('etag')!];
      // Cached now: the same question again is a 304.
      assert.equal((await fetch(listUrl, { headers: { 'If-None-Match': listTag } })).status, 304);

      const current = AdminInitiative.parse(await (await staffFetch(`${api}/initiatives/${slug}`)).json());
      const { id: _id, updatedAt: _updated, ...editable } = current;
      const changed = { ...editable, title: 'Repair-Café Großenhain und Riesa', stage: 'wachstum', crowdfunding: null };
      const response = await staffFetch(`${api}/initiatives/${slug}`, { method: 'PUT', body: changed });
      assert.equal(response.status, 200, await response.clone().text());
      const stored = AdminInitiative.parse(await response.json());
      assert.equal(stored.slug, slug, 'a replacement without a new slug keeps the slug');
      assert.equal(stored.publishedAt, current.publishedAt, 'and keeps its publication date');

      const newDetail = await fetch(detailUrl, { headers: { 'If-None-Match': detailTag } });
      assert.equal(newDetail.status, 200);
      const shown = Initiative.parse(await newDetail.json());
      assert.equal(shown.title, 'Repair-Café Großenhain und Riesa');
      assert.equal(shown.stage, 'wachstum');
      assert.equal(shown.crowdfunding, null);
      const newList = await fetch(listUrl, { headers: { 'If-None-Match': listTag } });
      assert.equal(newList.status, 200);
      assert.notEqual(newList.headers.get('etag'), listTag);
    });

    it('renames an initiative when the replacement brings a new slug, and refuses a taken one', async () => {
      const current = AdminInitiative.parse(await (await staffFetch(`${api}/initiatives/repair-cafe-grossenhain-2`)).json());
      const { id: _id, updatedAt: _updated, ...editable } = current;
      const taken = await staffFetch(`${api}/initiatives/repair-cafe-grossenhain-2`, {
        method: 'PUT',
        body: { ...editable, slug: 'repair-cafe-grossenhain' },
      });
      assert.equal(taken.status, 409);
      const renamed = await staffFetch(`${api}/initiatives/repair-cafe-grossenhain-2`, { method: 'PUT', body: { ...editable, slug: 'repair-cafe-riesa' } });
      assert.equal(renamed.status, 200);
      assert.equal((await fetch(`${server.url}/v1/initiatives/repair-cafe-riesa`)).status, 200);
      // The old slug still answers, for the partners' pages that name it (old-slugs.test.ts).
      assert.equal((await getParsed(`${server.url}/v1/initiatives/repair-cafe-grossenhain-2`, Initiative)).slug, 'repair-cafe-riesa');
      const duplicate = await staffFetch(`${api}/initiatives`, { method: 'POST', body: { ...initiative(), slug: 'repair-cafe-riesa' } });
      assert.equal(duplicate.status, 409);
    });

    it('deletes an initiative: gone from the public API, audited, then a 404', async () => {
      const before = await lastAuditId();
      const detail = await fetch(`${server.url}/v1/initiatives/repair-cafe-riesa`);
      assert.equal(detail.status, 200);
      const response = await staffFetch(`${api}/initiatives/repair-cafe-riesa`, { method: 'DELETE' });
      assert.equal(response.status, 204);
      assert.equal((await fetch(`${server.url}/v1/initiatives/repair-cafe-riesa`)).status, 404);
      assert.equal((await staffFetch(`${api}/initiatives/repair-cafe-riesa`, { method: 'DELETE' })).status, 404);
      assert.equal((await staffFetch(`${api}/initiatives/gibt-es-nicht`, { method: 'PUT', body: initiative() })).status, 404);
      assert.deepEqual(await auditActions(before), ['initiative.delete repair-cafe-riesa']);
    });

    it('names every wrong field of an initiative with a JSON pointer, and stores nothing', async () => {
      const before = await lastAuditId();
      const [{ n: countBefore }] = (await server.database.db.query<{ n: number }>('select count(*)::integer as n from initiatives')) as [{ n: number }];
      const { title: _title, ...noTitle } = initiative();
      const response = await staffFetch(`${api}/initiatives`, {
        method: 'POST',
        body: { ...noTitle, region: 'berlin', sdgs: [18], website: 'javascript:alert(1)', titel: 'Tippfehler', crowdfunding: { ...initiative().crowdfunding!, goal: -1 } },
      });
      assert.equal(response.status, 422);
      assert.equal(response.headers.get('content-type'), 'application/problem+json');
      const problem = Problem.parse(await response.json());
      assert.deepEqual(problem.errors?.map((error) => error.pointer).sort(), [
        '/crowdfunding/goal',
        '/region',
        '/sdgs/0',
        '/title',
        '/titel',
        '/website',
      ].sort());
      assert.deepEqual(problem.errors?.find((error) => error.pointer === '/region')?.allowed?.includes('meissen'), true);
      // Said so that staff writing a body by hand can mend it: what is missing, what a link may be.
      const detailOf = (errors: typeof problem.errors, pointer: string) => errors?.find((error) => error.pointer === pointer)?.detail;
      assert.equal(detailOf(problem.errors, '/title'), 'required: expected string');
      assert.equal(detailOf(problem.errors, '/website'), 'not a valid URL: http:// or https:// only');
      const emptyAndMistyped = Problem.parse(
        await (await staffFetch(`${api}/initiatives`, { method: 'POST', body: { ...initiative(), easyLanguage: '', slug: 'Repair Café' } })).json(),
      ).errors;
      assert.equal(detailOf(emptyAndMistyped, '/easyLanguage'), 'empty: an optional field without a value is null or left out');
      assert.match(detailOf(emptyAndMistyped, '/slug') ?? '', /^not a slug: lowercase letters, digits and single hyphens/);

      // What only the database knows is named the same way.
      const unknownOrganisation = Problem.parse(
        await (await staffFetch(`${api}/initiatives`, { method: 'POST', body: { ...initiative(), organisation: 'gibt-es-nicht' } })).json(),
      );
      assert.deepEqual(unknownOrganisation.errors?.map((error) => error.pointer), ['/organisation']);
      const unknownImage = Problem.parse(
        await (await staffFetch(`${api}/initiatives`, { method: 'POST', body: { ...initiative(), image: { id: 'abcdef0123456789.svg', alt: '' } } })).json(),
      );
      assert.deepEqual(unknownImage.errors?.map((error) => error.pointer), ['/image/id']);

      assert.equal((await staffFetch(`${api}/initiatives`, { method: 'POST', body: '{"title": ' })).status, 400);
      assert.equal((await staffFetch(`${api}/initiatives`, { method: 'POST', body: [initiative()] })).status, 422);
      assert.equal(
        (await staffFetch(`${api}/initiatives`, { method: 'POST', body: JSON.stringify(initiative()), headers: { 'Content-Type': 'text/plain' } })).status,
        415,
      );
      const [{ n: countAfter }] = (await server.database.db.query<{ n: number }>('select count(*)::integer as n from initiatives')) as [{ n: number }];
      assert.equal(countAfter, countBefore);
      assert.deepEqual(await auditActions(before), []);
    });
  });

  describe('events', () => {
    const event = (): EventInput => ({
      title: 'Sprechstunde Soziale Innovation',
      summary: 'Offene Beratung für Gründerinnen und Gründer.',
      description: 'Jeden Dienstag im Impact Hub.',
      category: 'sprechstunde',
      topics: ['sozialunternehmertum'],
      region: 'leipzig',
      format: 'onsite',
      start: '2026-11-17T16:00:00+01:00',
      end: '2026-11-17T18:00:00+01:00',
      recurrence: { rule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=6', exceptions: ['2026-11-24T16:00:00+01:00'] },
      location: { name: 'Impact Hub Leipzig', street: 'Straße des 18. Oktober 10', postalCode: '04103', city: 'Leipzig' },
      registration: { url: 'https://leipzig.impacthub.example/sprechstunde' },
      organiser: organisation,
    });

    it('creates a weekly series the public calendar expands, without the occurrence taken out', async () => {
      const response = await staffFetch(`${api}/events`, { method: 'POST', body: event() });
      assert.equal(response.status, 201, await response.clone().text());
      const stored = AdminEvent.parse(await response.json());
      assert.equal(stored.slug, 'sprechstunde-soziale-innovation');
      assert.equal(stored.sequence, 0);
      const [row] = await server.database.db.query<{ until: Date }>('select series_until as until from events where id = $1', [stored.id]);
      // Six Tuesdays from 17 November: the last ends on 22 December at 18:00.
      assert.equal(row?.until.toISOString(), '2026-12-22T17:00:00.000Z');

      const list = await getParsed(`${server.url}/v1/events?from=2026-11-16&to=2027-01-01&category=sprechstunde&limit=100`, EventList);
      const starts = list.items.filter((item) => item.slug === stored.slug).map((item) => item.start.slice(0, 10));
      assert.deepEqual(starts, ['2026-11-17', '2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22']);

      // Staff see every event, in the shape they write, past ones too, which the public lists leave out.
      const all = await staffFetch(`${api}/events`);
      assert.equal(all.status, 200);
      const items = z.array(AdminEvent).parse(((await all.json()) as { items: unknown }).items);
      assert.deepEqual(items.find((item) => item.slug === stored.slug), stored);
    });

    it('raises the sequence when a replacement moves the time, and the feed shows the new time', async () => {
      const slug = 'sprechstunde-soziale-innovation';
      const detailUrl = `${server.url}/v1/events/${slug}`;
      const etag = (await fetch(detailUrl)).headers.get('etag')!;
      const before = await lastAuditId();
      const response = await staffFetch(`${api}/events/${slug}`, {
        method: 'PUT',
        body: { ...event(), start: '2026-11-17T17:00:00+01:00', end: '2026-11-17T19:00:00+01:00', recurrence: { rule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=6' } },
      });
      assert.equal(response.status, 200, await response.clone().text());
      assert.equal(AdminEvent.parse(await response.json()).sequence, 1);
      // The log says what changed, by the fields' names.
      const [entry] = AuditLogList.parse(await (await staffFetch(`${api}/audit-log?action=event.update&limit=1`)).json()).items;
      assert.ok(entry!.id > before);
      assert.deepEqual(entry!.details, { slug, changed: ['recurrence', 'start', 'end'] });
      const changed = await fetch(detailUrl, { headers: { 'If-None-Match': etag } });
      assert.equal(changed.status, 200);
      const detail = EventDetail.parse(await changed.json());
      assert.equal(detail.start, '2026-11-17T17:00:00+01:00');
      assert.equal(detail.sequence, 1);
      const ics = await (await fetch(`${server.url}/v1/events/${slug}.ics`)).text();
      assert.match(ics, /SEQUENCE:1/);
    });

    it('names what is wrong with an event: its end, its rule, an exception off the series, its organiser', async () => {
      const wrong = async (body: unknown) => {
        const response = await staffFetch(`${api}/events`, { method: 'POST', body });
        assert.equal(response.status, 422, await response.clone().text());
        return Problem.parse(await response.json()).errors?.map((error) => error.pointer);
      };
      assert.deepEqual(await wrong({ ...event(), end: '2026-11-17T15:00:00+01:00' }), ['/end']);
      const noOffset = Problem.parse(await (await staffFetch(`${api}/events`, { method: 'POST', body: { ...event(), start: '2026-11-17T16:00:00' } })).json());
      assert.match(noOffset.errors?.[0]?.detail ?? '', /with its offset, e\.g\. "2026-12-20T10:00:00\+01:00"/);
      assert.deepEqual(await wrong({ ...event(), recurrence: { rule: 'FREQ=SOMETIMES' } }), ['/recurrence/rule']);
      assert.deepEqual(await wrong({ ...event(), recurrence: { rule: 'FREQ=MINUTELY;COUNT=5' } }), ['/recurrence/rule']);
      assert.deepEqual(
        await wrong({ ...event(), recurrence: { rule: 'FREQ=WEEKLY;BYDAY=TU', exceptions: ['2026-11-24T16:00:00+01:00', '2026-11-25T16:00:00+01:00'] } }),
        ['/recurrence/exceptions/1'],
      );
      assert.deepEqual(await wrong({ ...event(), allDay: true }), ['/start']);
      assert.deepEqual(await wrong({ ...event(), organiser: 'gibt-es-nicht' }), ['/organiser']);
      assert.deepEqual(await wrong({ ...event(), location: { name: 'Saal', city: 'Leipzig', postalCode: '4103' } }), ['/location/postalCode']);
      // Where and when, across fields: on site needs a place, online only has no district, registration closes first.
      assert.deepEqual(await wrong({ ...event(), location: null }), ['/location']);
      assert.deepEqual(await wrong({ ...event(), format: 'hybrid', location: undefined }), ['/location']);
      assert.deepEqual(await wrong({ ...event(), format: 'online', location: null, onlineUrl: 'https://meet.example/sprechstunde' }), ['/region']);
      assert.deepEqual(await wrong({ ...event(), registration: { url: 'https://leipzig.impacthub.example/a', deadline: '2026-11-17T16:30:00+01:00' } }), ['/registration/deadline']);
      const online = await staffFetch(`${api}/events`, {
        method: 'POST',
        body: { ...event(), slug: 'sprechstunde-online', format: 'online', region: null, location: null, recurrence: null, onlineUrl: 'https://meet.example/sprechstunde' },
      });
      assert.equal(online.status, 201, await online.clone().text());
    });

    it('deletes an event from the public calendar', async () => {
      const response = await staffFetch(`${api}/events/sprechstunde-soziale-innovation`, { method: 'DELETE' });
      assert.equal(response.status, 204);
      assert.equal((await fetch(`${server.url}/v1/events/sprechstunde-soziale-innovation`)).status, 404);
    });
  });

  describe('organisations', () => {
    it('are created, named by new content, renamed and deleted by staff; one still named is kept with a 409', async () => {
      const before = await lastAuditId();
      const created = await staffFetch(`${api}/organisations`, {
        method: 'POST',
        body: { name: 'Nachbarschaftshilfe Riesa e. V.', kind: 'initiative', url: 'https://nachbarn-riesa.example.org' },
      });
      assert.equal(created.status, 201, await created.clone().text());
      const stored = AdminOrganisation.parse(await created.json());
      assert.equal(stored.slug, 'nachbarschaftshilfe-riesa-e-v');
      assert.equal(created.headers.get('location'), `/v1/admin/organisations/${stored.slug}`);
      // Listed for staff, who name it by its slug: every organisation, this one among them.
      const listed = (await (await staffFetch(`${api}/organisations`)).json()) as { items: unknown[] };
      const all = listed.items.map((item) => AdminOrganisation.parse(item));
      assert.ok(all.some((item) => item.slug === stored.slug));
      const [{ n } = { n: 0 }] = await server.database.db.query<{ n: number }>('select count(*)::integer as n from organisations');
      assert.equal(all.length, n);

      // New content can name it at once, and the public API shows it with it.
      const initiativeResponse = await staffFetch(`${api}/initiatives`, { method: 'POST', body: { ...initiative(), title: 'Einkaufshilfe Riesa', organisation: stored.slug } });
      assert.equal(initiativeResponse.status, 201, await initiativeResponse.clone().text());
      const shown = await getParsed(`${server.url}/v1/initiatives/einkaufshilfe-riesa`, Initiative);
      assert.deepEqual(shown.organisation, { slug: stored.slug, name: 'Nachbarschaftshilfe Riesa e. V.', kind: 'initiative', url: 'https://nachbarn-riesa.example.org' });

      // A new name shows on its initiatives; the If-Match of a GET guards the change.
      const read = await staffFetch(`${api}/organisations/${stored.slug}`);
      const renamed = await staffFetch(`${api}/organisations/${stored.slug}`, {
        method: 'PUT',
        body: { ...AdminOrganisation.parse(await read.clone().json()), name: 'Nachbarschaftshilfe Riesa', url: null },
        headers: { 'If-Match': read.headers.get('etag')! },
      });
      assert.equal(renamed.status, 200, await renamed.clone().text());
      assert.equal((await getParsed(`${server.url}/v1/initiatives/einkaufshilfe-riesa`, Initiative)).organisation.name, 'Nachbarschaftshilfe Riesa');
      const stale = await staffFetch(`${api}/organisations/${stored.slug}`, { method: 'PUT', body: { name: 'X', kind: 'initiative' }, headers: { 'If-Match': read.headers.get('etag')! } });
      assert.equal(stale.status, 412);

      const named = await staffFetch(`${api}/organisations/${stored.slug}`, { method: 'DELETE' });
      assert.equal(named.status, 409);
      assert.equal(Problem.parse(await named.json()).detail, 'Other content still names this organisation: initiative einkaufshilfe-riesa. Change or delete it first.');
      assert.equal((await staffFetch(`${api}/initiatives/einkaufshilfe-riesa`, { method: 'DELETE' })).status, 204);
      assert.equal((await staffFetch(`${api}/organisations/${stored.slug}`, { method: 'DELETE' })).status, 204);
      assert.equal((await staffFetch(`${api}/organisations/${stored.slug}`)).status, 404);
      assert.deepEqual(await auditActions(before), [
        `organisation.create ${stored.slug}`,
        'initiative.create einkaufshilfe-riesa',
        `organisation.update ${stored.slug}`,
        'initiative.delete einkaufshilfe-riesa',
        `organisation.delete ${stored.slug}`,
      ]);
    });

    it('names each field that does not fit', async () => {
      const refused = await staffFetch(`${api}/organisations`, { method: 'POST', body: { name: '', kind: 'verein', url: 'ftp://x' } });
      assert.equal(refused.status, 422);
      const problem = Problem.parse(await refused.json());
      assert.deepEqual(problem.errors?.map((error) => error.pointer).sort(), ['/kind', '/name', '/url']);
    });
  });

  describe('mentors', () => {
    const mentor = (): MentorInput => ({
      name: 'Dr. Jana Łukasiewicz',
      role: 'Beraterin für Wirkungsmessung',
      bio: 'Begleitet seit zehn Jahren soziale Unternehmen in der Lausitz.',
      expertise: ['wirkungsmessung', 'foerdermittel'],
      region: 'goerlitz',
      languages: ['de', 'pl'],
      formats: ['online', 'onsite'],
      availability: 'available',
      organisation: 'Lausitzer Sozialwerkstatt',
      email: 'jana.lukasiewicz@example.org',
      phone: '+49 3581 123456',
    });

    it('keeps a mentor\'s address for staff and never shows it in the public list', async () => {
      const created = await staffFetch(`${api}/mentors`, { method: 'POST', body: mentor() });
      assert.equal(created.status, 201, await created.clone().text());
      const stored = AdminMentor.parse(await created.json());
      assert.equal(stored.slug, 'dr-jana-lukasiewicz');
      assert.equal(stored.email, 'jana.lukasiewicz@example.org');
      assert.equal(AdminMentor.parse(await (await staffFetch(`${api}/mentors/${stored.slug}`)).json()).phone, '+49 3581 123456');

      const response = await fetch(`${server.url}/v1/mentors?q=Łukasiewicz`);
      const text = await response.text();
      const list = MentorList.parse(JSON.parse(text));
      assert.deepEqual(list.items.map((item) => item.slug), ['dr-jana-lukasiewicz']);
      assert.doesNotMatch(text, /jana\.lukasiewicz@|3581/);

      const updated = await staffFetch(`${api}/mentors/${stored.slug}`, { method: 'PUT', body: { ...mentor(), availability: 'limited' } });
      assert.equal(updated.status, 200);
      const shown = MentorList.parse(await (await fetch(`${server.url}/v1/mentors?q=Łukasiewicz`)).json());
      assert.equal(shown.items[0]?.availability, 'limited');
    });

    it('keeps the mentor\'s name out of the audit log', async () => {
      const before = await lastAuditId();
      assert.equal((await staffFetch(`${api}/mentors/dr-jana-lukasiewicz`, { method: 'DELETE' })).status, 204);
      assert.equal((await fetch(`${server.url}/v1/mentors?q=Łukasiewicz`)).status, 200);
      assert.equal(MentorList.parse(await (await fetch(`${server.url}/v1/mentors?q=Łukasiewicz`)).json()).total, 0);
      const rows = await server.database.db.query('select * from audit_log where id > $1', [before]);
      assert.equal(rows.length, 1);
      assert.doesNotMatch(JSON.stringify(rows), /jana|lukasiewicz/i);
    });

    it('refuses a mentor without a way to reach them', async () => {
      const { email: _email, ...noEmail } = mentor();
      const response = await staffFetch(`${api}/mentors`, { method: 'POST', body: { ...noEmail, languages: [] } });
      assert.equal(response.status, 422);
      const problem = Problem.parse(await response.json());
      assert.deepEqual(problem.errors?.map((error) => error.pointer).sort(), ['/email', '/languages']);
    });
  });
});
