import type { Context, Hono } from 'hono';
import {
  AdminMembershipExportQuery,
  AdminMembershipQuery,
  AuditLogQuery,
  ErasureRequest,
  EventInput,
  EventReplacement,
  Id,
  InitiativeInput,
  InitiativeReplacement,
  MentorInput,
  MentorReplacement,
  OrganisationInput,
  OrganisationReplacement,
  PartnerKeyInput,
  PartnerKeyReplacement,
} from '@sinn/sdk';
import * as z from 'zod/mini';
import { audit, listAuditLog } from '../admin/audit.js';
import { staffOnly } from '../admin/auth.js';
import { readBody } from '../admin/body.js';
import { createContent, deleteContent, replaceContent, type ContentKind, type ReadOnlyFields } from '../admin/content.js';
import { createdRecord, createOnce } from '../admin/create-once.js';
import { recordEtag } from '../admin/etag.js';
import { eventKind } from '../admin/events.js';
import { initiativeKind } from '../admin/initiatives.js';
import { eraseByEmail, eraseMembership, exportMemberships, listMemberships } from '../admin/memberships.js';
import { mentorKind } from '../admin/mentors.js';
import { organisationKind } from '../admin/organisations.js';
import {
  issuePartnerKey,
  listPartnerKeys,
  readPartnerKey,
  revokePartnerKey,
  rotateRelaySecret,
  updatePartnerKey,
} from '../admin/partner-keys.js';
import { staffTokensOf } from '../config.js';
import type { AppDeps } from '../deps.js';
import { onlyAllow } from '../http/methods.js';
import { ProblemError, problems } from '../http/problem.js';
import { parseQuery } from '../http/validate.js';
import { berlinDate } from '../time/berlin.js';
import { mentorRequestStaffRoutes } from './admin-mentor-requests.js';
import { surveyStaffRoutes } from './admin-surveys.js';
import { slugParam } from './paths.js';

const ADMIN = '/v1/admin';

/** The `id` path parameter; one that cannot be an id names nothing, so it is a 404 like an unknown one. */
function idParam(c: Context): string {
  const id = c.req.param('id') ?? '';
  if (!z.safeParse(Id, id).success) throw new ProblemError(problems.notFound('This is not a valid id.'));
  return id;
}

/** What staff filtered by, for the audit log: the search text itself may be a name or an address, so only that there was one. */
function filtersForAudit(query: Record<string, unknown>): Record<string, unknown> {
  const { q, cursor, ...rest } = query;
  return { ...rest, ...(q === undefined ? {} : { q: 'given' }), ...(cursor === undefined ? {} : { page: 'next' }) };
}

/**
 * The staff API under /v1/admin: a bearer token from ADMIN_TOKEN or ADMIN_TOKENS. Sign-ups (list, CSV export, erasure), content
 * (initiatives, events, mentors, organisations), partner keys and the audit log. Every change and every read of sign-ups writes
 * an audit entry in its own transaction.
 */
export function adminRoutes(app: Hono, deps: AppDeps): void {
  const { db, clock } = deps;
  // Everything under /v1/admin, including what does not exist, answers 401 without the token: the staff API
  // shows nobody what it has.
  const guard = staffOnly(staffTokensOf(deps.config), deps.logger);
  app.use(ADMIN, guard);
  app.use(`${ADMIN}/*`, guard);

  // --- Sign-ups --------------------------------------------------------------------------------------------
  const memberships = `${ADMIN}/memberships`;
  app.get(memberships, async (c) => {
    const query = parseQuery(AdminMembershipQuery, c.req.url);
    const list = await db.transaction(async (tx) => {
      const page = await listMemberships(tx, query);
      await audit(tx, clock.now(), {
        action: 'membership.list',
        details: { count: page.items.length, filters: filtersForAudit(query) },
      });
      return page;
    });
    return c.json(list);
  });
  onlyAllow(app, memberships, ['GET', 'HEAD']);

  const csv = `${ADMIN}/memberships.csv`;
  app.get(csv, async (c) => {
    const query = parseQuery(AdminMembershipExportQuery, c.req.url);
    const now = clock.now();
    const file = await db.transaction(async (tx) => {
      const result = await exportMemberships(tx, query);
      await audit(tx, now, { action: 'membership.export', details: { count: result.count, filters: filtersForAudit(query) } });
      return result;
    });
    return new Response(file.csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': `attachment; filename="sinn-anmeldungen-${berlinDate(now)}.csv"`,
      },
    });
  });
  onlyAllow(app, csv, ['GET', 'HEAD']);

  const membership = `${ADMIN}/memberships/:id`;
  app.delete(membership, async (c) => {
    const id = idParam(c);
    const erased = await db.transaction(async (tx) => {
      const result = await eraseMembership(tx, id);
      if (result) await audit(tx, clock.now(), { action: 'membership.delete', target: id, details: result });
      return result;
    });
    if (!erased) throw new ProblemError(problems.notFound('There is no sign-up with this id.'));
    return c.json(erased);
  });
  onlyAllow(app, membership, ['DELETE']);

  // A request for erasure (Art. 17 GDPR) names a person by address: everything stored under it goes. The audit
  // entry says how much went, never the address.
  const erasure = `${ADMIN}/erasure`;
  app.post(erasure, async (c) => {
    const { email } = await readBody(c, ErasureRequest);
    const erased = await db.transaction(async (tx) => {
      const result = await eraseByEmail(tx, email, deps.secret);
      await audit(tx, clock.now(), { action: 'membership.erase', details: result });
      return result;
    });
    return c.json(erased);
  });
  onlyAllow(app, erasure, ['POST']);

  mentorRequestStaffRoutes(app, deps);
  surveyStaffRoutes(app, deps);

  // --- Content ---------------------------------------------------------------------------------------------
  contentRoutes(app, deps, initiativeKind, InitiativeInput, InitiativeReplacement);
  contentRoutes(app, deps, eventKind, EventInput, EventReplacement);
  contentRoutes(app, deps, mentorKind, MentorInput, MentorReplacement);
  contentRoutes(app, deps, organisationKind, OrganisationInput, OrganisationReplacement);

  // --- Partner keys ----------------------------------------------------------------------------------------
  const keys = `${ADMIN}/partner-keys`;
  app.get(keys, async (c) => c.json({ items: await listPartnerKeys(db) }));
  app.post(keys, async (c) => {
    const input = await readBody(c, PartnerKeyInput);
    const issued = await db.transaction((tx) => issuePartnerKey(tx, input, clock.now()));
    // The relay secret is in this answer only; the tag is the key's as GET shows it, without the secret.
    const { relaySecret: _shownOnce, ...key } = issued;
    return c.json(issued, 201, { Location: `${keys}/${key.id}`, ETag: recordEtag(key) });
  });
  onlyAllow(app, keys, ['GET', 'HEAD', 'POST']);

  const key = `${keys}/:id`;
  const noKey = () => new ProblemError(problems.notFound('There is no partner key with this id.'));
  app.get(key, async (c) => {
    const found = await readPartnerKey(db, idParam(c));
    if (!found) throw noKey();
    return c.json(found, 200, { ETag: recordEtag(found) });
  });
  app.put(key, async (c) => {
    const id = idParam(c);
    const input = await readBody(c, PartnerKeyReplacement);
    const updated = await db.transaction((tx) => updatePartnerKey(tx, id, input, clock.now(), c.req.header('If-Match')));
    if (!updated) throw noKey();
    return c.json(updated, 200, { ETag: recordEtag(updated) });
  });
  onlyAllow(app, key, ['GET', 'HEAD', 'PUT']);

  const revoke = `${keys}/:id/revoke`;
  app.post(revoke, async (c) => {
    const id = idParam(c);
    const revoked = await db.transaction((tx) => revokePartnerKey(tx, id, clock.now()));
    if (!revoked) throw new ProblemError(problems.notFound('There is no partner key with this id.'));
    return c.json(revoked);
  });
  onlyAllow(app, revoke, ['POST']);

  const relaySecret = `${keys}/:id/relay-secret`;
  app.post(relaySecret, async (c) => {
    const id = idParam(c);
    const rotated = await db.transaction((tx) => rotateRelaySecret(tx, id, clock.now(), c.req.header('If-Match')));
    if (!rotated) throw noKey();
    const { relaySecret: _shownOnce, ...key } = rotated;
    return c.json(rotated, 200, { ETag: recordEtag(key) });
  });
  onlyAllow(app, relaySecret, ['POST']);

  // --- Audit log -------------------------------------------------------------------------------------------
  const auditLog = `${ADMIN}/audit-log`;
  app.get(auditLog, async (c) => c.json(await listAuditLog(db, parseQuery(AuditLogQuery, c.req.url))));
  onlyAllow(app, auditLog, ['GET', 'HEAD']);
}

/**
 * POST /v1/admin/<kind>, and GET, PUT, DELETE /v1/admin/<kind>/{slug}. The public reads see a change as soon as
 * it is committed: the content version it raised is read back here at once (other processes hear it by NOTIFY).
 * Every answer with the record carries its ETag; a PUT or DELETE with If-Match goes through only while it holds.
 */
function contentRoutes<I extends { slug?: string | undefined }, A>(
  app: Hono,
  deps: AppDeps,
  kind: ContentKind<I, A>,
  schema: z.ZodMiniType<I>,
  replacement: z.ZodMiniType<I & ReadOnlyFields>,
): void {
  const { db, clock, contentVersion } = deps;
  const collection = `${ADMIN}/${kind.table}`;
  const one = `${collection}/:slug`;
  const notFound = () => new ProblemError(problems.notFound(`There is no ${kind.noun} with this slug.`));

  app.post(collection, async (c) => {
    const input = await readBody(c, schema);
    const once = await createOnce(c, db, kind.table, input, clock.now(), (tx) => createContent(tx, kind, input, clock.now()));
    await contentVersion.refresh();
    const { slug, answer, headers } = await createdRecord(once, (created) => created.answer, (slug) => kind.read(db, slug));
    return c.json(answer as object, 201, { Location: `${collection}/${slug}`, ETag: recordEtag(answer), ...headers });
  });
  const list = kind.list;
  if (list) app.get(collection, async (c) => c.json({ items: await list(db) }));
  onlyAllow(app, collection, list ? ['GET', 'HEAD', 'POST'] : ['POST']);

  app.get(one, async (c) => {
    const answer = await kind.read(db, slugParam(c));
    if (!answer) throw notFound();
    return c.json(answer as object, 200, { ETag: recordEtag(answer) });
  });
  app.put(one, async (c) => {
    const slug = slugParam(c);
    const input = await readBody(c, replacement);
    const ifMatch = c.req.header('If-Match');
    const answer = await db.transaction((tx) => replaceContent(tx, kind, slug, input, clock.now(), ifMatch));
    if (!answer) throw notFound();
    await contentVersion.refresh();
    return c.json(answer as object, 200, { ETag: recordEtag(answer) });
  });
  app.delete(one, async (c) => {
    const ifMatch = c.req.header('If-Match');
    const deleted = await db.transaction((tx) => deleteContent(tx, kind, slugParam(c), clock.now(), ifMatch));
    if (!deleted) throw notFound();
    await contentVersion.refresh();
    return c.body(null, 204);
  });
  onlyAllow(app, one, ['GET', 'HEAD', 'PUT', 'DELETE']);
}
