import type { Hono } from 'hono';
import { AdminMentorRequestExportQuery, AdminMentorRequestQuery } from '@sinn/sdk';
import { audit } from '../admin/audit.js';
import { exportMentorRequests, listMentorRequests } from '../admin/mentor-requests.js';
import type { AppDeps } from '../deps.js';
import { onlyAllow } from '../http/methods.js';
import { parseQuery } from '../http/validate.js';
import { berlinDate } from '../time/berlin.js';

const ADMIN = '/v1/admin';

/** What staff filtered by, for the audit log: the filters themselves hold no personal data, the cursor is noted only. */
function filtersForAudit(query: Record<string, unknown>): Record<string, unknown> {
  const { cursor, ...rest } = query;
  return { ...rest, ...(cursor === undefined ? {} : { page: 'next' }) };
}

/**
 * GET /v1/admin/mentor-requests and /v1/admin/mentor-requests.csv: contact requests to mentors, for staff. Called
 * by adminRoutes after its token guard; every read writes an audit entry in its own transaction.
 */
export function mentorRequestStaffRoutes(app: Hono, deps: AppDeps): void {
  const { db, clock } = deps;

  const list = `${ADMIN}/mentor-requests`;
  app.get(list, async (c) => {
    const query = parseQuery(AdminMentorRequestQuery, c.req.url);
    const page = await db.transaction(async (tx) => {
      const result = await listMentorRequests(tx, query);
      await audit(tx, clock.now(), {
        action: 'mentor-request.list',
        details: { count: result.items.length, filters: filtersForAudit(query) },
      });
      return result;
    });
    return c.json(page);
  });
  onlyAllow(app, list, ['GET', 'HEAD']);

  const csv = `${ADMIN}/mentor-requests.csv`;
  app.get(csv, async (c) => {
    const query = parseQuery(AdminMentorRequestExportQuery, c.req.url);
    const now = clock.now();
    const file = await db.transaction(async (tx) => {
      const result = await exportMentorRequests(tx, query);
      await audit(tx, now, { action: 'mentor-request.export', details: { count: result.count, filters: filtersForAudit(query) } });
      return result;
    });
    return new Response(file.csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': `attachment; filename="sinn-mentoring-anfragen-${berlinDate(now)}.csv"`,
      },
    });
  });
  onlyAllow(app, csv, ['GET', 'HEAD']);
}
