import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AdminMentor, EventDetail, Initiative, InitiativeList, Survey, type EventInput } from '@sinn/sdk';
import { getParsed } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { initiativeInput, staffFetch } from './helpers/staff.js';
import { countRows, createSurvey, EASY_SURVEYS, insertOrganiser, postResponse, responseBody, surveyInput } from './helpers/survey.js';

// Staff rename a record by a PUT with a new slug. Partners' pages name initiatives and surveys by slug, visitors'
// calendars subscribe to an event's .ics: the old slug keeps answering the record as it is now, until the record
// is deleted. A mentor's slug is made from the name and keeps nothing.


describe('a renamed record under its old slug', () => {
  let server: TestServer;
  let organisation: string;
  before(async () => {
    server = await startTestServer(EASY_SURVEYS);
    organisation = await insertOrganiser(server.database.db, 'Gartenfreunde Riesa e. V.');
  });
  after(() => server.stop());

  const admin = (path: string) => `${server.url}/v1/admin${path}`;
  const initiative = (title: string) => initiativeInput(organisation, title);
  /** Replaces the record at `path` with what its GET answered and a new slug; the renamed record as staff read it. */
  async function rename(path: string, slug: string): Promise<Record<string, unknown>> {
    const read = await staffFetch(admin(path));
    assert.equal(read.status, 200, await read.clone().text());
    const renamed = await staffFetch(admin(path), { method: 'PUT', body: { ...(await read.json()), slug }, headers: { 'If-Match': read.headers.get('etag')! } });
    assert.equal(renamed.status, 200, await renamed.clone().text());
    return (await renamed.json()) as Record<string, unknown>;
  }

  it('answers an initiative under the slug it had, until a record of its own takes that slug or it is deleted', async () => {
    assert.equal((await staffFetch(admin('/initiatives'), { method: 'POST', body: initiative('Nachbarschaftsgarten Riesa') })).status, 201);
    await rename('/initiatives/nachbarschaftsgarten-riesa', 'gemeinschaftsgarten-riesa');
    const old = await getParsed(`${server.url}/v1/initiatives/nachbarschaftsgarten-riesa`, Initiative);
    assert.equal(old.slug, 'gemeinschaftsgarten-riesa', 'the record as it is now, with its new slug');
    assert.equal(old.title, 'Nachbarschaftsgarten Riesa');

    // A new record of the same title gets a slug of its own, not the renamed one's embeds.
    const second = await staffFetch(admin('/initiatives'), { method: 'POST', body: initiative('Nachbarschaftsgarten Riesa') });
    assert.equal(((await second.json()) as { slug: string }).slug, 'nachbarschaftsgarten-riesa-2');
    // Staff who give the slug take it over on purpose: a record's own slug wins.
    const third = await staffFetch(admin('/initiatives'), { method: 'POST', body: { ...initiative('Garten am Elbufer'), slug: 'nachbarschaftsgarten-riesa' } });
    assert.equal(third.status, 201, await third.clone().text());
    assert.equal((await getParsed(`${server.url}/v1/initiatives/nachbarschaftsgarten-riesa`, Initiative)).title, 'Garten am Elbufer');

    // Renamed twice, both old slugs name it; deleted, none does.
    await rename('/initiatives/gemeinschaftsgarten-riesa', 'gemeinschaftsgarten-riesa-elbe');
    assert.equal((await getParsed(`${server.url}/v1/initiatives/gemeinschaftsgarten-riesa`, Initiative)).slug, 'gemeinschaftsgarten-riesa-elbe');
    assert.equal((await staffFetch(admin('/initiatives/gemeinschaftsgarten-riesa-elbe'), { method: 'DELETE' })).status, 204);
    assert.equal((await fetch(`${server.url}/v1/initiatives/gemeinschaftsgarten-riesa`)).status, 404);
    assert.equal((await fetch(`${server.url}/v1/initiatives/gemeinschaftsgarten-riesa-elbe`)).status, 404);
    assert.equal(await countRows(server.database.db, 'slug_aliases', "slug like 'gemeinschaftsgarten-riesa%'"), 0);
  });

  it("filters by an organisation's old slug as by its new one", async () => {
    const before = await getParsed(`${server.url}/v1/initiatives?organisation=${organisation}`, InitiativeList);
    assert.ok(before.total > 0);
    await rename(`/organisations/${organisation}`, 'gartenfreunde-riesa');
    const old = await getParsed(`${server.url}/v1/initiatives?organisation=${organisation}`, InitiativeList);
    assert.deepEqual(
      old.items.map((item) => item.slug),
      before.items.map((item) => item.slug),
    );
    assert.ok(old.items.every((item) => item.organisation.slug === 'gartenfreunde-riesa'));
    organisation = 'gartenfreunde-riesa';
  });

  it("answers an event and its calendar file under the slug it had, so a visitor's subscription goes on", async () => {
    const event: EventInput = {
      title: 'Pflanzentauschbörse',
      summary: 'Ableger bringen, Ableger mitnehmen.',
      description: 'Im Gewächshaus, bei jedem Wetter.',
      category: 'netzwerktreffen',
      topics: ['zusammenhalt'],
      region: 'meissen',
      format: 'onsite',
      start: '2026-12-12T10:00:00+01:00',
      end: '2026-12-12T13:00:00+01:00',
      location: { name: 'Gemeinschaftsgarten', street: 'Elbstraße 1', postalCode: '01589', city: 'Riesa' },
      organiser: organisation,
    };
    const created = await staffFetch(admin('/events'), { method: 'POST', body: event });
    assert.equal(created.status, 201, await created.clone().text());
    await rename('/events/pflanzentauschboerse', 'pflanzentausch-im-advent');
    assert.equal((await getParsed(`${server.url}/v1/events/pflanzentauschboerse`, EventDetail)).slug, 'pflanzentausch-im-advent');
    const calendar = await fetch(`${server.url}/v1/events/pflanzentauschboerse.ics`);
    assert.equal(calendar.status, 200);
    assert.match(await calendar.text(), /SUMMARY:Pflanzentauschbörse/);
  });

  it("answers a survey under the slug it had, and takes a response sent there from a partner's page", async () => {
    const survey = await createSurvey(server.url, surveyInput(organisation, { slug: 'gartenthema' }));
    await rename('/surveys/gartenthema', 'gartenthema-2027');
    assert.equal((await getParsed(`${server.url}/v1/surveys/gartenthema`, Survey)).slug, 'gartenthema-2027');
    assert.equal((await postResponse(server.url, 'gartenthema', responseBody(survey))).status, 202);
    assert.equal(await countRows(server.database.db, 'survey_responses r join surveys s on s.id = r.survey_id', "s.slug = 'gartenthema-2027'"), 1);
  });

  it("keeps no old slug of a mentor's, which is made from a name", async () => {
    const created = await staffFetch(admin('/mentors'), {
      method: 'POST',
      body: {
        name: 'Ilse Beispiel',
        role: 'Beraterin',
        bio: 'Berät Vereine.',
        expertise: ['foerdermittel'],
        region: 'meissen',
        languages: ['de'],
        formats: ['online'],
        availability: 'available',
        email: 'ilse@example.org',
      },
    });
    assert.equal(created.status, 201, await created.clone().text());
    const mentor = AdminMentor.parse(await created.json());
    await rename(`/mentors/${mentor.slug}`, 'ilse-neuname');
    assert.equal(await countRows(server.database.db, 'slug_aliases', 'record_id = $1', [mentor.id]), 0);
  });
});
