import assert from 'node:assert/strict';
import { createHmac, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { AdminSurvey, ErasureResult, Survey, SurveyResponseAccepted, SurveyResults } from '@sinn/sdk';
import * as z from 'zod/mini';
import { runCleanup, VOTERS_KEPT_DAYS } from '../src/jobs/cleanup.js';
import { closingWords } from '../src/surveys/closing.js';
import { normaliseVoterAddress, voterHash } from '../src/surveys/voter.js';
import { fromBerlin } from '../src/time/berlin.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { mailText, startTestSmtp, type TestSmtp } from './helpers/smtp.js';
import { staffFetch } from './helpers/staff.js';
import { confirmVote, countRows, createSurvey, EASY_SURVEYS, insertOrganiser, postResponse, responseBody, surveyInput, voteLinkIn } from './helpers/survey.js';

// `verified` mode, the prize vote's: a vote counts once its link is confirmed, one per address (domain case and
// +tag make no second voter), the address is kept only while the vote is pending, a second vote from a
// confirmed address changes nothing and is answered the same, a link confirmed after the close does not count,
// and erasure by address takes a person's votes and their consent.

const DAY = 24 * 60 * 60 * 1000;

function movableClock() {
  const clock = { at: fromBerlin(2026, 11, 15, 10, 0), now: () => clock.at, set: (at: Date) => (clock.at = at) };
  return clock;
}

const PRIZE = {
  resultsPolicy: 'after-close',
  integrity: 'verified',
  questions: [
    {
      id: 'winner',
      kind: 'single',
      required: true,
      label: { de: 'Wer soll den Preis bekommen?', en: 'Who should win the prize?' },
      options: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: { de: `Initiative ${id}`, en: `Initiative ${id}` } })),
    },
  ],
} as const;

describe('votes in verified mode', () => {
  let smtp: TestSmtp;
  let server: TestServer;
  let organiser: string;
  let survey: z.output<typeof Survey>;
  const clock = movableClock();
  let mailsSeen = 0;

  /** The next `n` mails, in order of arrival. */
  async function nextMails(n: number) {
    const mails = await smtp.waitFor(mailsSeen + n);
    const fresh = mails.slice(mailsSeen, mailsSeen + n);
    mailsSeen += n;
    return fresh;
  }

  async function vote(email: string, winner: string, target = survey) {
    const response = await postResponse(server.url, target.slug, responseBody(target, { winner }, { email }));
    const text = await response.text();
    assert.equal(response.status, 202, text);
    return text;
  }

  /** A vote cast and confirmed by its link. */
  async function confirmOne(email: string, winner: string, target: z.output<typeof Survey>) {
    await vote(email, winner, target);
    const [mail] = await nextMails(1);
    assert.equal((await confirmVote(server.url, voteLinkIn(mailText(mail!)))).status, 200);
  }

  async function results(slug = survey.slug) {
    const response = await staffFetch(`${server.url}/v1/admin/surveys/${slug}/results`);
    return z.parse(SurveyResults, await response.json());
  }

  const winnerCounts = (counted: z.output<typeof SurveyResults>) => {
    const question = counted.questions[0]!;
    return question.kind === 'single' ? Object.fromEntries(question.options.map((option) => [option.id, option.count])) : {};
  };

  before(async () => {
    smtp = await startTestSmtp();
    server = await startTestServer({ ...EASY_SURVEYS, smtpUrl: smtp.url, logLevel: 'silent' }, clock);
    organiser = await insertOrganiser(server.database.db);
    survey = await createSurvey(server.url, surveyInput(organiser, { slug: 'innovationspreis', ...PRIZE } as never));
  });
  after(async () => {
    await server.stop();
    await smtp.close();
  });

  it('says a close at midnight as the end of the day before, in summer too, and any other close as it is', () => {
    assert.equal(closingWords(fromBerlin(2026, 12, 5), 'de'), 'einschließlich 4. Dezember 2026');
    assert.equal(closingWords(fromBerlin(2026, 12, 5), 'en'), 'the end of 4 December 2026');
    assert.equal(closingWords(fromBerlin(2026, 7, 1), 'de'), 'einschließlich 30. Juni 2026');
    assert.equal(closingWords(fromBerlin(2026, 12, 5, 18, 30), 'de'), '5. Dezember 2026 um 18:30 Uhr');
    assert.equal(closingWords(fromBerlin(2026, 12, 5, 18, 30), 'en'), '5 December 2026 at 18:30');
  });

  it('hashes an address with the survey in it, or as before migration 012 for a survey whose votes have that value', () => {
    const survey = (id: string, voter_scope: 'shared' | 'survey') => ({ id, voter_scope });
    const a = randomUUID();
    const b = randomUUID();
    // The old value, as the votes stored before 012 carry it: a survey that keeps it must make the same.
    const v1 = createHmac('sha256', 'geheim').update('sinn-survey-voter-v1\nanna@example.org').digest('hex');
    assert.equal(voterHash('geheim', 'Anna+x@Example.org', survey(a, 'shared')), v1);
    assert.equal(voterHash('geheim', 'anna@example.org', survey(b, 'shared')), v1);
    assert.notEqual(voterHash('geheim', 'anna@example.org', survey(a, 'survey')), v1);
    assert.notEqual(voterHash('geheim', 'anna@example.org', survey(a, 'survey')), voterHash('geheim', 'anna@example.org', survey(b, 'survey')));
    assert.equal(voterHash('geheim', 'Anna+x@Example.org', survey(a, 'survey')), voterHash('geheim', 'anna@example.org', survey(a, 'survey')));
    assert.notEqual(voterHash('geheim', 'anna@example.org', survey(a, 'survey')), voterHash('anderes', 'anna@example.org', survey(a, 'survey')));
  });

  it('normalises an address: the domain lowercased, a +tag removed, dots kept', () => {
    assert.equal(normaliseVoterAddress('Anna.Berg+preis@Example.ORG'), 'anna.berg@example.org');
    assert.equal(normaliseVoterAddress('annaberg@example.org'), 'annaberg@example.org');
    assert.notEqual(normaliseVoterAddress('anna.berg@example.org'), normaliseVoterAddress('annaberg@example.org'));
  });

  it('counts a vote only after its link is confirmed, and says so on the page', async () => {
    const answer = await vote('lena@example.org', 'a');
    const accepted = z.parse(SurveyResponseAccepted, JSON.parse(answer));
    assert.deepEqual(accepted, { status: 'pending', confirmBy: '2026-11-22T10:00:00+01:00', results: null });
    const [mail] = await nextMails(1);
    assert.deepEqual(mail!.to, ['lena@example.org']);
    const text = mailText(mail!);
    assert.match(text, /Der Link gilt bis 22\. November 2026 um 10:00 Uhr;/, 'the date of the answer');
    assert.doesNotMatch(text, /Stand der Abstimmung/, 'results after the close: the mail promises none');
    const link = voteLinkIn(text);
    assert.equal((await results()).responses, 0, 'pending: not counted');
    const [pending] = await server.database.db.query<{ email: string | null; voter_hash: string }>("select email, voter_hash from survey_responses where status = 'pending'");
    assert.equal(pending?.email, 'lena@example.org', 'the address is kept while pending, to send the link');

    const page = await fetch(link);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<button type="submit">Stimme bestätigen<\/button>/);
    assert.equal((await results()).responses, 0, 'opening the link confirms nothing');

    const confirmed = await confirmVote(server.url, link);
    assert.equal(confirmed.status, 200);
    const confirmedPage = await confirmed.text();
    assert.match(confirmedPage, /<h1>Ihre Stimme zählt<\/h1>/);
    assert.doesNotMatch(confirmedPage, /So wurde bisher abgestimmt/, 'results after the close: none on the page');
    const counted = await results();
    assert.equal(counted.responses, 1);
    assert.equal(winnerCounts(counted).a, 1);
    const [row] = await server.database.db.query<{ email: string | null; voter_hash: string; confirmed: Date | null }>(
      `select r.email, r.voter_hash, l.confirmed_at as confirmed from survey_responses r join consent_log l on l.survey_response_id = r.id`,
    );
    assert.equal(row?.email, null, 'a confirmed vote keeps no address');
    assert.match(row?.voter_hash ?? '', /^[0-9a-f]{64}$/);
    assert.ok(row?.confirmed, 'the consent is confirmed with the vote');

    const again = await confirmVote(server.url, link);
    assert.equal(again.status, 200);
    assert.match(await again.text(), /<h1>Ihre Stimme wurde bereits gezählt<\/h1>/);
    assert.equal((await results()).responses, 1);
  });

  it('shows the results with the vote in them on the page that confirms it, where the survey shows them after an answer', async () => {
    const award = await createSurvey(server.url, surveyInput(organiser, { slug: 'publikumspreis', ...PRIZE, resultsPolicy: 'after-answer' } as never));
    await confirmOne('jonas@example.org', 'b', award);
    await vote('mia@example.org', 'c', award);
    const [mail] = await nextMails(1);
    assert.match(mailText(mail!), /Nach der Bestätigung zeigt Ihnen die Seite den bisherigen Stand der Abstimmung\./, 'the mail says where the results are');
    const english = await confirmVote(server.url, voteLinkIn(mailText(mail!)).replace('lang=de', 'lang=en'));
    const page = await english.text();
    assert.match(page, /<h2 id="results">The results so far<\/h2>\n<p>2 votes count so far\.<\/p>/);
    assert.match(page, /<h3>Who should win the prize\?<\/h3>\n<ul><li>Initiative a: 0 votes \(0 %\)<\/li><li>Initiative b: 1 vote \(50 %\)<\/li><li>Initiative c: 1 vote \(50 %\)<\/li>/);
  });

  it('counts one vote per address whatever the case of the domain and any +tag; a second one sends "already voted" and answers the same', async () => {
    const before = await countRows(server.database.db, 'survey_responses');
    const first = await vote('lena+nochmal@EXAMPLE.org', 'b');
    const [mail] = await nextMails(1);
    assert.deepEqual(mail!.to.map((to) => to.toLowerCase()), ['lena+nochmal@example.org']);
    assert.match(mailText(mail!), /bereits bestätigt/);
    assert.doesNotMatch(mailText(mail!), /survey-votes\/confirm/, 'no link: there is nothing to confirm');
    const fresh = await vote(`neu-${randomUUID().slice(0, 6)}@example.org`, 'b');
    await nextMails(1);
    assert.equal(first, fresh, 'the answer does not tell whether the address voted before');
    const counted = await results();
    assert.equal(winnerCounts(counted).a, 1, 'the confirmed vote is final');
    assert.equal(winnerCounts(counted).b, 0, 'the new address is pending');
    assert.equal(await countRows(server.database.db, 'survey_responses'), before + 1);
  });

  it('replaces a pending vote with a newer one: the newest link counts, the older one is void', async () => {
    await vote('jonas@example.org', 'c');
    const [firstMail] = await nextMails(1);
    await vote('Jonas+2@Example.org', 'd');
    const [secondMail] = await nextMails(1);
    const stale = await confirmVote(server.url, voteLinkIn(mailText(firstMail!)));
    assert.equal(stale.status, 404);
    assert.match(await stale.text(), /neuere Stimme/);
    const fresh = await confirmVote(server.url, voteLinkIn(mailText(secondMail!)));
    assert.equal(fresh.status, 200);
    const counted = winnerCounts(await results());
    assert.equal(counted.c, 0);
    assert.equal(counted.d, 1);
  });

  it('deletes a pending vote with its address when its link expires', async () => {
    await vote('mila@example.org', 'e');
    await nextMails(1);
    assert.equal(await countRows(server.database.db, 'survey_responses', 'email = $1', ['mila@example.org']), 1);
    assert.equal((await runCleanup(server.database.db, { now: () => new Date(clock.at.getTime() + 6 * DAY) })).expiredVotes, 0);
    const removed = await runCleanup(server.database.db, { now: () => new Date(clock.at.getTime() + 7 * DAY + 1) });
    assert.ok(removed.expiredVotes >= 1);
    assert.equal(await countRows(server.database.db, 'survey_responses', 'email is not null'), 0, 'no raw address is left');
    assert.equal(await countRows(server.database.db, 'survey_responses', "status = 'pending'"), 0);
    assert.equal(await countRows(server.database.db, 'consent_log', 'survey_response_id is not null and survey_response_id not in (select id from survey_responses)'), 0);
  });

  it('answers and mails, as the last moment to confirm, the close where the survey closes before the link expires', async () => {
    const soon = await createSurvey(server.url, surveyInput(organiser, { slug: 'bald-zu', closesAt: '2026-11-18T18:30:00+01:00', ...PRIZE } as never));
    const accepted = z.parse(SurveyResponseAccepted, JSON.parse(await vote('bald@example.org', 'a', soon)));
    assert.equal(accepted.confirmBy, '2026-11-18T18:30:00+01:00', 'not the link\'s expiry a week on: a confirmation after the close does not count');
    const [mail] = await nextMails(1);
    const text = mailText(mail!);
    assert.match(text, /Bitte bestätigen Sie bis 18\. November 2026 um 18:30 Uhr: So lange läuft die Abstimmung\./);
    assert.match(text, /werden gelöscht, wenn der Link am 22\. November 2026 um 10:00 Uhr abläuft\./);
    assert.doesNotMatch(text, /Der Link gilt bis/);
    // A robot (the decoy field filled) is told the same.
    const robot = await postResponse(server.url, soon.slug, { ...responseBody(soon, { winner: 'a' }, { email: 'robot@example.org' }), website: 'https://example.org' });
    assert.equal(robot.status, 202);
    assert.equal(z.parse(SurveyResponseAccepted, await robot.json()).confirmBy, '2026-11-18T18:30:00+01:00');

    const english = await postResponse(server.url, soon.slug, { ...responseBody(soon, { winner: 'b' }, { email: 'soon@example.org' }), language: 'en' });
    assert.equal(english.status, 202);
    const englishText = mailText((await nextMails(1))[0]!);
    assert.match(englishText, /Please confirm by 18 November 2026 at 18:30 \(Berlin time\), when the vote closes\./);
    assert.match(englishText, /are deleted when the link expires on 22 November 2026 at 10:00 \(Berlin time\)\./);
  });

  it('does not count a link confirmed after the survey closed, and its page says so', async () => {
    const short = await createSurvey(server.url, surveyInput(organiser, { slug: 'kurz', closesAt: '2026-11-16T00:00:00+01:00', ...PRIZE } as never));
    await vote('spaet@example.org', 'a', short);
    const [mail] = await nextMails(1);
    // It closes at midnight: the mail and the page name the day before as its last.
    assert.match(mailText(mail!), /Bitte bestätigen Sie bis einschließlich 15\. November 2026: So lange läuft die Abstimmung\./);
    clock.set(fromBerlin(2026, 11, 16, 8, 0));
    try {
      const page = await confirmVote(server.url, voteLinkIn(mailText(mail!)));
      assert.equal(page.status, 409);
      const html = await page.text();
      assert.match(html, /<h1>Die Abstimmung ist beendet<\/h1>/);
      assert.match(html, /zählt darum nicht; wir haben sie mit Ihrer Adresse gelöscht\./);
      assert.match(html, /lief bis einschließlich 15\. November 2026,/);
      assert.equal((await results(short.slug)).responses, 0);
      assert.equal(await countRows(server.database.db, 'survey_responses r join surveys s on s.id = r.survey_id', 's.slug = $1', [short.slug]), 0);
    } finally {
      clock.set(fromBerlin(2026, 11, 15, 10, 0));
    }
  });

  it('opening the link of a pending vote after staff closed the survey deletes nothing and says so; its button deletes it', async () => {
    const closing = await createSurvey(server.url, surveyInput(organiser, { slug: 'zu-spaet', ...PRIZE } as never));
    await vote('zoe@example.org', 'b', closing);
    const [mail] = await nextMails(1);
    const link = voteLinkIn(mailText(mail!));
    assert.equal((await staffFetch(`${server.url}/v1/admin/surveys/${closing.slug}/close`, { method: 'POST' })).status, 200);
    const ofSurvey = 'survey_responses r join surveys s on s.id = r.survey_id';
    const pendingOf = () => countRows(server.database.db, ofSurvey, "s.slug = $1 and r.status = 'pending' and r.email is not null", [closing.slug]);

    for (let opened = 0; opened < 2; opened += 1) {
      const page = await fetch(link);
      assert.equal(page.status, 409);
      const html = await page.text();
      assert.match(html, /<html lang="de">/);
      assert.match(html, /<h1>Die Abstimmung ist beendet<\/h1>/);
      assert.match(html, /nicht bestätigt und kann jetzt nicht mehr bestätigt werden; sie zählt nicht\./);
      assert.match(html, /löschen wir sie mit Ihrer Adresse, wenn der Link am 22\. November 2026 um 10:00 Uhr abläuft\./);
      assert.doesNotMatch(html, /gelöscht|Sie haben Ihre Stimme/, 'nothing was deleted, and nobody confirmed anything');
      assert.match(html, /<input type="hidden" name="action" value="delete">\n<button type="submit">Stimme und Adresse jetzt löschen<\/button>/);
      assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      assert.equal(await pendingOf(), 1, 'a GET changes nothing: the vote and its address are still there');
    }
    const url = new URL(link);
    url.searchParams.set('lang', 'en');
    const english = await (await fetch(url)).text();
    assert.match(english, /<html lang="en">/);
    assert.match(english, /was not confirmed by then and can no longer be confirmed; it does not count\./);
    assert.match(english, /when the link expires on 22 November 2026 at 10:00 \(Berlin time\)\./);
    assert.match(english, /<button type="submit">Delete my vote and address now<\/button>/);
    assert.match(english, /<p lang="de"><a href="[^"]*lang=de">Diese Seite auf Deutsch<\/a><\/p>/);
    assert.doesNotMatch(english, /deleted|you confirmed/i);

    const deleted = await fetch(`${server.url}/v1/survey-votes/confirm`, {
      method: 'POST',
      body: new URLSearchParams({ token: url.searchParams.get('token')!, lang: 'en', action: 'delete' }),
    });
    assert.equal(deleted.status, 200);
    const done = await deleted.text();
    assert.match(done, /<h1>Vote and address deleted<\/h1>/);
    assert.match(done, /We have deleted your unconfirmed vote in “Which topic should the next workshop take\?” with your address\. It does not count\./);
    assert.equal(await countRows(server.database.db, ofSurvey, 's.slug = $1', [closing.slug]), 0, 'the vote is gone, address and all');
    assert.equal(await countRows(server.database.db, 'consent_log', 'survey_response_id is not null and survey_response_id not in (select id from survey_responses)'), 0);
    assert.equal(await countRows(server.database.db, 'outbox', 'survey_response_id is not null and survey_response_id not in (select id from survey_responses)'), 0);
    const after = await fetch(link);
    assert.equal(after.status, 404, 'the link names nothing any more');
  });

  it('says on the page of a closed survey whose link expired that the vote goes shortly, not when it expires', async () => {
    const closing = await createSurvey(server.url, surveyInput(organiser, { slug: 'abgelaufen-zu', ...PRIZE } as never));
    await vote('ida@example.org', 'c', closing);
    const [mail] = await nextMails(1);
    assert.equal((await staffFetch(`${server.url}/v1/admin/surveys/${closing.slug}/close`, { method: 'POST' })).status, 200);
    clock.set(new Date(clock.at.getTime() + 7 * DAY + 1));
    try {
      const page = await fetch(voteLinkIn(mailText(mail!)));
      assert.equal(page.status, 409);
      const html = await page.text();
      assert.match(html, /löschen wir sie mit Ihrer Adresse in Kürze, denn der Link ist abgelaufen\./);
      assert.doesNotMatch(html, /abläuft/);
    } finally {
      clock.set(fromBerlin(2026, 11, 15, 10, 0));
    }
  });

  it('deletes no counted vote by the delete button: the page says it counts', async () => {
    const kept = await createSurvey(server.url, surveyInput(organiser, { slug: 'bleibt', ...PRIZE } as never));
    await vote('ole@example.org', 'd', kept);
    const [mail] = await nextMails(1);
    const link = voteLinkIn(mailText(mail!));
    assert.equal((await confirmVote(server.url, link)).status, 200);
    const pressed = await fetch(`${server.url}/v1/survey-votes/confirm`, {
      method: 'POST',
      body: new URLSearchParams({ token: new URL(link).searchParams.get('token')!, lang: 'de', action: 'delete' }),
    });
    assert.equal(pressed.status, 200);
    assert.match(await pressed.text(), /<h1>Ihre Stimme wurde bereits gezählt<\/h1>/);
    assert.equal((await results(kept.slug)).responses, 1);
  });

  it('shows a survey title with markup on the confirmation page as text', async () => {
    const hostile = await createSurvey(
      server.url,
      surveyInput(organiser, { slug: 'xss', ...PRIZE, title: { de: '<script>alert(1)</script><img src=x onerror=alert(2)>', en: '"><svg onload=alert(3)>' } } as never),
    );
    await vote('xss@example.org', 'a', hostile);
    const [mail] = await nextMails(1);
    const link = voteLinkIn(mailText(mail!));
    for (const lang of ['de', 'en']) {
      const url = new URL(link);
      url.searchParams.set('lang', lang);
      const html = await (await fetch(url)).text();
      assert.doesNotMatch(html, /<script|<img|<svg/);
      assert.match(html, lang === 'de' ? /&lt;script&gt;alert\(1\)&lt;\/script&gt;/ : /&quot;&gt;&lt;svg onload=alert\(3\)&gt;/);
    }
    const done = await (await confirmVote(server.url, link)).text();
    assert.doesNotMatch(done, /<script|<img/);
  });

  it('keeps a value of its own per survey for an address: two votes of one person cannot be linked by them; both count', async () => {
    const first = await createSurvey(server.url, surveyInput(organiser, { slug: 'preis-eins', ...PRIZE } as never));
    const second = await createSurvey(server.url, surveyInput(organiser, { slug: 'preis-zwei', ...PRIZE } as never));
    await confirmOne('karl@example.org', 'a', first);
    await confirmOne('Karl+zwei@example.org', 'b', second);
    const hashes = await server.database.db.query<{ slug: string; voter_hash: string }>(
      "select s.slug, r.voter_hash from survey_responses r join surveys s on s.id = r.survey_id where s.slug in ('preis-eins', 'preis-zwei')",
    );
    assert.equal(hashes.length, 2);
    assert.ok(hashes.every((row) => /^[0-9a-f]{64}$/.test(row.voter_hash)));
    assert.notEqual(hashes[0]!.voter_hash, hashes[1]!.voter_hash);
    assert.deepEqual(winnerCounts(await results(first.slug)), { a: 1, b: 0, c: 0, d: 0, e: 0 });
    assert.deepEqual(winnerCounts(await results(second.slug)), { a: 0, b: 1, c: 0, d: 0, e: 0 });
    // Within one survey the value still makes one voter of the address.
    await vote('KARL@example.org', 'c', first);
    const [mail] = await nextMails(1);
    assert.match(mailText(mail!), /bereits bestätigt/);
  });

  it(`forgets a survey's voters ${VOTERS_KEPT_DAYS} days after it closed: the counts stay, the survey cannot open again`, async () => {
    const closing = await createSurvey(server.url, surveyInput(organiser, { slug: 'vergessen', closesAt: '2026-11-16T00:00:00+01:00', ...PRIZE } as never));
    await confirmOne('vera@example.org', 'a', closing);
    const closed = fromBerlin(2026, 11, 16).getTime();
    const hashed = () => countRows(server.database.db, 'survey_responses r join surveys s on s.id = r.survey_id', "s.slug = 'vergessen' and (r.voter_hash is not null or r.token_hash is not null)");
    assert.equal((await runCleanup(server.database.db, { now: () => new Date(closed + (VOTERS_KEPT_DAYS - 1) * DAY) })).forgottenVoters, 0);
    assert.equal(await hashed(), 1);
    const cleaned = await runCleanup(server.database.db, { now: () => new Date(closed + VOTERS_KEPT_DAYS * DAY) });
    assert.ok(cleaned.forgottenVoters >= 1);
    assert.equal(await hashed(), 0, 'nothing of the address is left');
    assert.deepEqual(winnerCounts(await results(closing.slug)), { a: 1, b: 0, c: 0, d: 0, e: 0 }, 'the vote still counts');
    // The address has nothing left to erase in it.
    const erased = z.parse(ErasureResult, await (await staffFetch(`${server.url}/v1/admin/erasure`, { method: 'POST', body: { email: 'vera@example.org' } })).json());
    assert.equal(erased.surveyResponses, 0);

    clock.set(new Date(closed + VOTERS_KEPT_DAYS * DAY));
    try {
      const read = await staffFetch(`${server.url}/v1/admin/surveys/vergessen`);
      const record = z.parse(AdminSurvey, await read.clone().json());
      const headers = { 'If-Match': read.headers.get('etag')! };
      const reopened = await staffFetch(`${server.url}/v1/admin/surveys/vergessen`, { method: 'PUT', body: { ...record, closesAt: '2027-01-31T00:00:00+01:00' }, headers });
      assert.equal(reopened.status, 409);
      assert.match(((await reopened.json()) as { detail: string }).detail, /cannot open again/);
      const retitled = await staffFetch(`${server.url}/v1/admin/surveys/vergessen`, { method: 'PUT', body: { ...record, title: { de: 'Vergessen', en: 'Forgotten', easyLanguage: null } }, headers });
      assert.equal(retitled.status, 200, `a closed survey stays editable while it stays closed: ${await retitled.clone().text()}`);
    } finally {
      clock.set(fromBerlin(2026, 11, 15, 10, 0));
    }
  });

  it('erases a person: their votes, pending and confirmed, and their consent rows; the other counts stay right', async () => {
    const erasable = await createSurvey(server.url, surveyInput(organiser, { slug: 'loeschbar', ...PRIZE } as never));
    await confirmOne('erika@example.org', 'a', erasable);
    await confirmOne('paul@example.org', 'a', erasable);
    await confirmOne('ida@example.org', 'b', erasable);
    await vote('erika@example.org', 'c'); // pending, in the prize vote
    await nextMails(1);
    assert.deepEqual(winnerCounts(await results(erasable.slug)), { a: 2, b: 1, c: 0, d: 0, e: 0 });

    const erased = await staffFetch(`${server.url}/v1/admin/erasure`, { method: 'POST', body: { email: 'Erika+x@EXAMPLE.org' } });
    assert.equal(erased.status, 200);
    const result = z.parse(ErasureResult, await erased.json());
    assert.equal(result.surveyResponses, 2);
    assert.equal(result.consentLog, 2);
    assert.deepEqual(winnerCounts(await results(erasable.slug)), { a: 1, b: 1, c: 0, d: 0, e: 0 });
    assert.equal(await countRows(server.database.db, 'survey_responses', 'email = $1', ['erika@example.org']), 0);
    const responses = await countRows(server.database.db, 'survey_responses');
    const consents = await countRows(server.database.db, 'consent_log', 'survey_response_id is not null');
    assert.equal(consents, responses, 'one consent row per response, none left over');
    const [entry] = await server.database.db.query<{ action: string; details: unknown }>("select action, details from audit_log where action = 'membership.erase' order by id desc limit 1");
    assert.doesNotMatch(JSON.stringify(entry), /erika/i, 'the audit entry holds no address');
  });
});

describe('a vote in development without SMTP_URL', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ ...EASY_SURVEYS, smtpUrl: undefined, logLevel: 'info' }, movableClock());
  });
  after(() => server.stop());

  it('logs its confirmation link, as a sign-up does, never the address', async () => {
    const organiser = await insertOrganiser(server.database.db);
    const survey = await createSurvey(server.url, surveyInput(organiser, { slug: 'ohne-smtp', ...PRIZE } as never));
    const response = await postResponse(server.url, survey.slug, responseBody(survey, { winner: 'a' }, { email: 'lokal@example.org' }));
    assert.equal(response.status, 202, await response.text());
    const logged = server.logLines.find((line) => line.includes('mail queued, not sent'));
    assert.match(logged ?? '', /"kind":"survey-vote-confirmation"/);
    const link = voteLinkIn(JSON.parse(logged!).links[0]);
    assert.equal((await confirmVote(server.url, link)).status, 200, 'the logged link works as the mail\'s would');
    assert.doesNotMatch(logged!, /@/);
  });
});
