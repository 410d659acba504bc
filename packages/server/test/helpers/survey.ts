import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Survey, type SurveyInput, type SurveyResponseInput } from '@sinn/sdk';
import * as z from 'zod/mini';
import type { Queryable } from '../../src/db/database.js';
import { postForm, type PostOptions } from './signup.js';
import { STAFF_TOKEN, staffFetch } from './staff.js';

/**
 * A server for surveys without demo data, whose proof of work and fill time cost nothing and whose limits no test
 * reaches unless it sets its own, with the staff token.
 */
export const EASY_SURVEYS = { demoData: false, powCost: 1, powMaxCounter: 20, minFillSeconds: 0, rateLimitClient: 1_000_000, rateLimitSurvey: 1_000_000, adminToken: STAFF_TOKEN };

/** An organisation for surveys on a server without demo data; returns its slug. */
export async function insertOrganiser(db: Queryable, name = 'Werkstatt Zwickau e. V.'): Promise<string> {
  const slug = `org-${randomUUID().slice(0, 8)}`;
  await db.query("insert into organisations (id, slug, name, kind, url) values ($1, $2, $3, 'initiative', null)", [randomUUID(), slug, name]);
  return slug;
}

/** A survey with one question of each kind, open around the tests' clock (2026-11-15); `overrides` replace fields. */
export function surveyInput(organiser: string, overrides: Partial<SurveyInput> = {}): SurveyInput {
  return {
    slug: `umfrage-${randomUUID().slice(0, 8)}`,
    title: { de: 'Welches Thema soll die nächste Werkstatt haben?', en: 'Which topic should the next workshop take?' },
    intro: { de: 'Drei Fragen, eine Minute.', en: 'Three questions, one minute.' },
    region: 'zwickau',
    organiser,
    opensAt: '2026-11-01T00:00:00+01:00',
    closesAt: '2026-12-01T00:00:00+01:00',
    resultsPolicy: 'after-answer',
    integrity: 'open',
    questions: [
      {
        id: 'topic',
        kind: 'single',
        required: true,
        label: { de: 'Thema', en: 'Topic' },
        options: [
          { id: 'ki', label: { de: 'KI im Ehrenamt', en: 'AI in volunteering' } },
          { id: 'wohnen', label: { de: 'Wohnen', en: 'Housing' } },
          { id: 'mobil', label: { de: 'Mobilität', en: 'Mobility' } },
        ],
      },
      {
        id: 'formats',
        kind: 'multiple',
        label: { de: 'Formate', en: 'Formats' },
        min: 1,
        max: 2,
        options: [
          { id: 'abend', label: { de: 'Abend', en: 'Evening' } },
          { id: 'samstag', label: { de: 'Samstag', en: 'Saturday' } },
          { id: 'online', label: { de: 'Online', en: 'Online' } },
        ],
      },
      {
        id: 'rating',
        kind: 'scale',
        label: { de: 'Wie wichtig?', en: 'How important?' },
        min: 1,
        max: 5,
        minLabel: { de: 'gar nicht', en: 'not at all' },
        maxLabel: { de: 'sehr', en: 'very' },
      },
      { id: 'comment', kind: 'text', label: { de: 'Noch etwas?', en: 'Anything else?' }, maxLength: 500 },
    ],
    ...overrides,
  };
}

/** Creates a survey through the staff API and reads it back as the public API shows it. */
export async function createSurvey(baseUrl: string, input: SurveyInput): Promise<z.output<typeof Survey>> {
  const created = await staffFetch(`${baseUrl}/v1/admin/surveys`, { method: 'POST', body: input });
  assert.equal(created.status, 201, await created.clone().text());
  const slug = ((await created.json()) as { slug: string }).slug;
  const response = await fetch(`${baseUrl}/v1/surveys/${slug}`);
  assert.equal(response.status, 200, await response.clone().text());
  return z.parse(Survey, await response.json());
}

/** A response to `survey` with its consent; `answers` and `overrides` replace the defaults. */
export function responseBody(
  survey: Pick<z.output<typeof Survey>, 'consent'>,
  answers: SurveyResponseInput['answers'] = { topic: 'ki', formats: ['abend'], rating: 4, comment: 'Gern wieder.' },
  overrides: Partial<SurveyResponseInput> = {},
): SurveyResponseInput {
  return { answers, consent: { version: survey.consent.version, accepted: true }, language: 'de', ...overrides };
}

export function postResponse(baseUrl: string, slug: string, body: unknown, options: PostOptions = {}): Promise<Response> {
  return postForm(baseUrl, `/v1/surveys/${slug}/responses`, body, options);
}

export async function countRows(db: Queryable, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const [row] = await db.query<{ n: number }>(`select count(*)::integer as n from ${table} where ${where}`, params);
  return row!.n;
}

/** The link in a vote's mail. */
export function voteLinkIn(text: string): string {
  const link = text.match(/https?:\/\/[^\s"<]+\/v1\/survey-votes\/confirm\?[^\s"<]+/)?.[0];
  assert.ok(link, `no vote link in: ${text}`);
  return link;
}

/** Presses the button on the page a vote's link opens. */
export function confirmVote(baseUrl: string, link: string): Promise<Response> {
  const url = new URL(link);
  return fetch(`${baseUrl}/v1/survey-votes/confirm`, {
    method: 'POST',
    body: new URLSearchParams({ token: url.searchParams.get('token')!, lang: url.searchParams.get('lang')! }),
  });
}

export interface AcknowledgedVote {
  email: string;
  /** The 202 answer's body. */
  answer: string;
}

/**
 * Ten clients send votes from new addresses to `survey` on the server at `url`, one after another each, until
 * `count` are answered 202; then `kill` is called once (the clients go on sending until it has ended), and each
 * client stops at the first request the dead server fails. Any answer but 202 before that fails the burst. The
 * survey-response twin of signupBurst (burst.ts).
 */
export async function voteBurst(
  url: string,
  survey: Pick<z.output<typeof Survey>, 'slug' | 'consent'>,
  answers: SurveyResponseInput['answers'],
  count: number,
  kill: () => void | Promise<void>,
): Promise<AcknowledgedVote[]> {
  const acknowledged: AcknowledgedVote[] = [];
  let killing: Promise<void> | undefined;
  let killed = false;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (!killed) {
        const email = `voter-${randomUUID().slice(0, 12)}@example.org`;
        try {
          const response = await postResponse(url, survey.slug, responseBody(survey, answers, { email }));
          const answer = await response.text();
          if (response.status !== 202) throw new Error(`${response.status} ${answer}`);
          acknowledged.push({ email, answer });
        } catch (error) {
          if (!killed) throw error;
          return;
        }
        if (acknowledged.length >= count && !killing) {
          killing = Promise.resolve(kill()).then(() => {
            killed = true;
          });
        }
      }
    }),
  );
  return acknowledged;
}
