import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AdminInitiative, AdminSurvey, Problem } from '@sinn/sdk';
import * as z from 'zod/mini';
import { startTestServer, type TestServer } from './helpers/server.js';
import { initiativeInput, STAFF_TOKEN, staffFetch } from './helpers/staff.js';
import { countRows, insertOrganiser, surveyInput } from './helpers/survey.js';

// A staff script that loses a create's answer sends the POST again. With an Idempotency-Key, the repeat makes no
// second record: it answers the first, as it is now.

describe('a staff create sent again with its Idempotency-Key', () => {
  let server: TestServer;
  let organisation: string;
  before(async () => {
    server = await startTestServer({ demoData: false, adminToken: STAFF_TOKEN });
    organisation = await insertOrganiser(server.database.db, 'Kulturverein Döbeln e. V.');
  });
  after(() => server.stop());

  const admin = (path: string) => `${server.url}/v1/admin${path}`;
  const initiative = (title: string) => initiativeInput(organisation, title);
  const post = (path: string, body: unknown, key?: string) =>
    staffFetch(admin(path), { method: 'POST', body, headers: key === undefined ? {} : { 'Idempotency-Key': key } });

  it('creates one initiative, and answers the repeat with it as it is now', async () => {
    const first = await post('/initiatives', initiative('Lastenrad Döbeln'), 'lastenrad-1');
    assert.equal(first.status, 201, await first.clone().text());
    assert.equal(first.headers.get('idempotent-replayed'), null);
    const made = AdminInitiative.parse(await first.json());

    const again = await post('/initiatives', initiative('Lastenrad Döbeln'), 'lastenrad-1');
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(again.headers.get('location'), first.headers.get('location'));
    assert.deepEqual(AdminInitiative.parse(await again.json()), made);
    assert.equal(await countRows(server.database.db, 'initiatives', "title = 'Lastenrad Döbeln'"), 1);

    // Renamed since: the repeat answers the record under its slug now.
    const read = await staffFetch(admin(`/initiatives/${made.slug}`));
    const { id: _id, updatedAt: _at, ...editable } = AdminInitiative.parse(await read.json());
    assert.equal((await staffFetch(admin(`/initiatives/${made.slug}`), { method: 'PUT', body: { ...editable, slug: 'lastenrad-doebeln-ost' } })).status, 200);
    const renamed = await post('/initiatives', initiative('Lastenrad Döbeln'), 'lastenrad-1');
    assert.equal(renamed.headers.get('location'), '/v1/admin/initiatives/lastenrad-doebeln-ost');

    // The same key with another body is refused; deleted since, the repeat says so.
    const other = await post('/initiatives', initiative('Lastenrad Leisnig'), 'lastenrad-1');
    assert.equal(other.status, 422);
    assert.equal(Problem.parse(await other.json()).type, '/problems/idempotency-key-reused');
    assert.equal((await staffFetch(admin('/initiatives/lastenrad-doebeln-ost'), { method: 'DELETE' })).status, 204);
    const gone = await post('/initiatives', initiative('Lastenrad Döbeln'), 'lastenrad-1');
    assert.equal(gone.status, 404);
    assert.match(Problem.parse(await gone.json()).detail ?? '', /deleted since/);
  });

  it('keeps nothing of a refused create, so its key can be sent again once the body is right', async () => {
    const refused = await post('/initiatives', { ...initiative('Repair-Café Hainichen'), region: 'niemandsland' }, 'repair-1');
    assert.equal(refused.status, 422);
    const right = await post('/initiatives', initiative('Repair-Café Hainichen'), 'repair-1');
    assert.equal(right.status, 201, await right.clone().text());
    assert.equal(right.headers.get('idempotent-replayed'), null);
  });

  it('creates as before without a key, and refuses a key that cannot be one', async () => {
    assert.equal((await post('/initiatives', initiative('Tauschregal Roßwein'))).status, 201);
    assert.equal((await post('/initiatives', initiative('Tauschregal Roßwein'))).status, 201);
    assert.equal(await countRows(server.database.db, 'initiatives', "title = 'Tauschregal Roßwein'"), 2);
    assert.equal((await post('/initiatives', initiative('Tauschregal Waldheim'), 'kein schlüssel!')).status, 400);
  });

  it('creates one survey, and keeps only the record\'s id with the key', async () => {
    const body = surveyInput(organisation);
    const first = await post('/surveys', body, 'umfrage-1');
    assert.equal(first.status, 201, await first.clone().text());
    const again = await post('/surveys', body, 'umfrage-1');
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(z.parse(AdminSurvey, await again.json()).id, z.parse(AdminSurvey, await first.json()).id);
    assert.equal(await countRows(server.database.db, 'surveys'), 1);
    const [kept] = await server.database.db.query<{ response: unknown }>("select response from idempotency_keys where key = 'umfrage-1'");
    assert.deepEqual(Object.keys(kept!.response as object), ['id']);
  });
});
