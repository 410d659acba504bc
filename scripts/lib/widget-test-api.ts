// The API the element tests talk to: the real server on a free port, on a new in-memory PGlite with the demo
// data of the tests' fixed day (and a few events the calendar's tests need), the fault-injecting proxy in front
// of it, and a real SMTP server the sign-up mails go to. The proof of work is made trivial and the minimum fill
// time and rate limits are lifted, so a form test runs in a moment; the form's tests inject the rest.
//
// Run with `node --conditions=source --import tsx scripts/lib/widget-test-api.ts`; it prints one line of JSON,
// `{"api": "http://127.0.0.1:…", "proxy": "http://127.0.0.1:…", "inspect": "http://127.0.0.1:…"}`, once all
// listen, and stops them when its standard input closes (its parent left, however it left) or on SIGTERM/SIGINT.
//
// `inspect` answers the tests' questions about what happened behind the API (any origin may ask):
//   GET /mails?to=ADDRESS    the mails the SMTP server received for that address: [{ to, subject, text }]
//   GET /signups?email=ADDR  the sign-ups stored for that address: [{ email, name, status, language, … }]
//   GET /survey-responses?slug=SLUG  how many responses that survey stored, by status: { counted, pending }
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultProxy } from '../../packages/server/test/helpers/fault-proxy.js';
import { insertCalendarFixtures } from '../../packages/server/test/helpers/calendar-fixtures.js';
import { startTestServer } from '../../packages/server/test/helpers/server.js';
import { STAFF_TOKEN } from '../../packages/server/test/helpers/staff.js';
import { insertSurveyFixtures } from '../../packages/server/test/helpers/survey-fixtures.js';
import { mailText, startTestSmtp, type ReceivedMail } from '../../packages/server/test/helpers/smtp.js';

const smtp = await startTestSmtp();
const server = await startTestServer({
  logLevel: 'silent',
  smtpUrl: smtp.url,
  powCost: 1,
  powMaxCounter: 20,
  minFillSeconds: 0,
  rateLimitClient: 1_000_000,
  rateLimitPartner: 1_000_000,
  rateLimitRequests: 1_000_000,
  rateLimitSurvey: 1_000_000,
  adminToken: STAFF_TOKEN,
});
await insertCalendarFixtures(server);
await insertSurveyFixtures(server);
const proxy = await new FaultProxy(server.url).start();

/** A header's value, with RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`) decoded and folding undone. */
function header(raw: string, name: string): string {
  const head = raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ');
  const line = head.split('\r\n').find((candidate) => candidate.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  const value = line?.slice(name.length + 1).trim() ?? '';
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

function describeMail(mail: ReceivedMail) {
  return { to: mail.to, subject: header(mail.raw, 'Subject'), text: mailText(mail) };
}

const inspect = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://inspect');
  const answer = (status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  if (url.pathname === '/mails') {
    const to = url.searchParams.get('to')?.toLowerCase();
    answer(200, smtp.mails.filter((mail) => !to || mail.to.some((address) => address.toLowerCase() === to)).map(describeMail));
    return;
  }
  if (url.pathname === '/signups') {
    server.database.db
      .query(
        `select email, name, organisation, organisation_kind as "organisationKind", region, interests, offers, newsletter,
                language, status, confirmed_at is not null as confirmed
           from memberships where lower(email) = lower($1) order by created_at`,
        [url.searchParams.get('email') ?? ''],
      )
      .then(
        (rows) => answer(200, rows),
        (error: unknown) => answer(500, { error: String(error) }),
      );
    return;
  }
  if (url.pathname === '/survey-responses') {
    server.database.db
      .query<{ status: string; n: number }>(
        `select r.status, count(*)::integer as n from survey_responses r join surveys s on s.id = r.survey_id
          where s.slug = $1 group by r.status`,
        [url.searchParams.get('slug') ?? ''],
      )
      .then(
        (rows) => answer(200, Object.fromEntries([['counted', 0], ['pending', 0], ...rows.map((row) => [row.status, row.n])])),
        (error: unknown) => answer(500, { error: String(error) }),
      );
    return;
  }
  answer(404, { error: `no ${url.pathname}` });
});
await new Promise<void>((resolve) => inspect.listen(0, '127.0.0.1', resolve));

let stopping: Promise<void> | undefined;
function stop(): Promise<void> {
  stopping ??= (async () => {
    inspect.closeAllConnections();
    await new Promise((resolve) => inspect.close(resolve));
    await proxy.stop().catch(() => undefined);
    await server.stop().catch(() => undefined);
    await smtp.close().catch(() => undefined);
    process.exit(0);
  })();
  return stopping;
}

process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
process.stdin.on('end', () => void stop());
process.stdin.on('close', () => void stop());
process.stdin.resume();

const inspectUrl = `http://127.0.0.1:${(inspect.address() as AddressInfo).port}`;
process.stdout.write(`${JSON.stringify({ api: server.url, proxy: proxy.url, inspect: inspectUrl })}\n`);
