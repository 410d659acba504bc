// The SINN API as the stories see it: request handlers (MSW) that answer the sdk's endpoints from the typed
// fixtures, filter and page them as the server does, hand out real proof-of-work challenges and accept sign-ups.
// Stories add their own handlers in front (`msw.use(...)`) for the loading, empty, error and stale states.
import { EVENT_IDENTITY, type Challenge, type Survey, type SurveyResponseAccepted, type SurveyResults, type Event, type EventDetail, type Initiative, type MembershipAccepted, type Mentor, type MentorList, type MentorRequestAccepted, type MentorSuggestions, type PartialMentorList, type Problem } from '@sinn/sdk';
import { createChallenge, randomInt } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/sha';
import { bypass, delay, http, HttpResponse, type HttpHandler } from 'msw';
import { ASSETS, consentText, events, GENERATED_AT, geometry, initiatives, mentorConsentText, mentors, surveyResults, surveys, taxonomies } from '../fixtures/index.js';
import { staticRoot } from './static-root.js';

/**
 * The API address the stories give their elements. Each story gets its own path below it (`api(…)`), so that the
 * page's shared client (one per address: shared requests, the remembered vocabulary) starts afresh for each.
 */
export const API_ORIGIN = 'https://api.sinn.test';
export const api = (story: string): string => `${API_ORIGIN}/${story}`;
/** Every story's API address, and only those: the live stories' real server is never answered by the mocks. */
const ON_API = `${API_ORIGIN}/:story`;

/** Signs the stories' challenges: a fixed secret, since nothing verifies them but the stories' own handler. */
const SECRET = 'storybook-only-secret-not-used-anywhere-else';

function list(query: URLSearchParams, name: string): string[] {
  return (query.get(name) ?? '').split(',').filter(Boolean);
}

/**
 * One page of a list: `limit` items from the cursor (an offset here; the server's are opaque too), each with only
 * the keys `fields` asks for and those that identify it (`identity`), as the server sends them.
 */
function paged<T extends { slug: string }, I extends keyof T = 'slug'>(items: T[], query: URLSearchParams, fallback: number, identity: readonly I[] = ['slug' as I]) {
  const limit = Number(query.get('limit') ?? fallback);
  const offset = Number(query.get('cursor') ?? 0);
  const next = offset + limit;
  const page = narrowed(items.slice(offset, next), query, identity);
  return { items: page, total: items.length, nextCursor: next < items.length ? String(next) : null, generatedAt: GENERATED_AT };
}

/** Items with only the keys `fields` asks for and `identity`; whole without `fields`. */
function narrowed<T extends object, I extends keyof T>(items: T[], query: URLSearchParams, identity: readonly I[]): (Pick<T, I> & Partial<T>)[] {
  const asked = list(query, 'fields');
  if (asked.length === 0) return items;
  const keys = new Set<PropertyKey>([...identity, ...asked]);
  return items.map((item) => Object.fromEntries(Object.entries(item).filter(([key]) => keys.has(key))) as Pick<T, I> & Partial<T>);
}

function matches(text: string, q: string | null): boolean {
  if (!q) return true;
  const fold = (value: string) => value.toLocaleLowerCase('de').normalize('NFD').replace(/\p{M}/gu, '');
  return fold(text).includes(fold(q.trim()));
}

/** The results a response to an `after-answer` survey comes back with: nobody else yet, this response counted. */
function resultsWith(survey: Survey, answers: Record<string, unknown>): SurveyResults {
  const questions = survey.questions.map((question): SurveyResults['questions'][number] => {
    const answer = answers[question.id];
    const answered = answer === undefined ? 0 : 1;
    if (question.kind === 'text') return { id: question.id, kind: 'text', answered };
    if (question.kind === 'scale') {
      const values = Array.from({ length: question.max - question.min + 1 }, (_, index) => ({ value: question.min + index, count: answer === question.min + index ? 1 : 0 }));
      return { id: question.id, kind: 'scale', answered, mean: typeof answer === 'number' ? answer : null, values };
    }
    const chosen = ([] as unknown[]).concat(answer ?? []);
    return { id: question.id, kind: question.kind, answered, options: question.options.map((option) => ({ id: option.id, count: chosen.includes(option.id) ? 1 : 0 })) };
  });
  return { slug: survey.slug, state: survey.state, responses: 1, questions, generatedAt: GENERATED_AT };
}

export function problem(status: number, title: string): HttpResponse<Problem> {
  return HttpResponse.json({ type: 'about:blank', title, status }, { status, headers: { 'Content-Type': 'application/problem+json' } });
}

/** A server that fails (the client tries twice more with a short backoff, then shows the error). */
export const serverError = (): HttpResponse<Problem> => problem(500, 'Internal Server Error');

function filterInitiatives(query: URLSearchParams): Initiative[] {
  const want = (name: string, value: string | number | (string | number)[]) => {
    const asked = list(query, name);
    const values = (Array.isArray(value) ? value : [value]).map(String);
    return asked.length === 0 || values.some((one) => asked.includes(one));
  };
  return initiatives.filter(
    (item) =>
      want('region', item.region) &&
      want('topic', item.topics) &&
      want('stage', item.stage) &&
      want('sdg', item.sdgs) &&
      want('organisation', item.organisation?.slug ?? '') &&
      matches(`${item.title} ${item.teaser} ${item.description}`, query.get('q')),
  );
}

function filterEvents(query: URLSearchParams): Event[] {
  const from = query.get('from') ?? '0000';
  const to = query.get('to') ?? '9999';
  const want = (name: string, value: string | string[] | null) => {
    const asked = list(query, name);
    return asked.length === 0 || (value !== null && (Array.isArray(value) ? value : [value]).some((one) => asked.includes(one)));
  };
  return events.filter((event) => {
    const first = event.start.slice(0, 10);
    const last = (event.end ?? event.start).slice(0, 10);
    return last >= from && first < to && want('region', event.region) && want('category', event.category) && want('topic', event.topics) && want('format', event.format);
  });
}

type Facet = 'expertise' | 'region' | 'language' | 'format' | 'availability';
const FACETS: Facet[] = ['expertise', 'region', 'language', 'format', 'availability'];
const valuesOf = (mentor: Mentor, facet: Facet): string[] => {
  const value = { expertise: mentor.expertise, region: mentor.region, language: mentor.languages, format: mentor.formats, availability: mentor.availability }[facet];
  return ((Array.isArray(value) ? value : [value]) as unknown[]).filter((one): one is string => typeof one === 'string');
};

/** The mentors a search finds, with each facet counted under every filter but its own (as the server does). */
function searchMentors(query: URLSearchParams): PartialMentorList {
  const q = query.get('q');
  const text = (mentor: Mentor) => `${mentor.name} ${mentor.role} ${mentor.bio} ${mentor.expertise.map((id) => taxonomies.expertise.find((term) => term.id === id)?.label.de ?? id).join(' ')}`;
  const passes = (mentor: Mentor, except?: Facet) =>
    matches(text(mentor), q) &&
    FACETS.every((facet) => facet === except || list(query, facet).length === 0 || valuesOf(mentor, facet).some((value) => list(query, facet).includes(value)));
  const count = (facet: Facet) => {
    const counts = new Map<string, number>();
    for (const mentor of mentors.filter((one) => passes(one, facet))) for (const value of valuesOf(mentor, facet)) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id, n]) => ({ id, count: n }));
  };
  const found = mentors.filter((mentor) => passes(mentor));
  const facets = Object.fromEntries(FACETS.map((facet) => [facet, count(facet)])) as MentorList['facets'];
  return { ...paged(found, query, 10), facets };
}

function suggestions(q: string): MentorSuggestions {
  const range = (label: string): number[][] => {
    const at = label.toLocaleLowerCase('de').indexOf(q.toLocaleLowerCase('de'));
    return at < 0 ? [] : [[at, at + q.length]];
  };
  const people = mentors.filter((mentor) => matches(mentor.name, q)).map((mentor) => ({ kind: 'mentor' as const, label: mentor.name, value: mentor.slug, highlights: range(mentor.name) }));
  const areas = taxonomies.expertise
    .filter((term) => matches(term.label.de, q))
    .map((term) => ({ kind: 'expertise' as const, label: term.label.de, value: term.id, highlights: range(term.label.de) }));
  return { items: [...areas, ...people].slice(0, 6), generatedAt: GENERATED_AT };
}

/** A real ALTCHA v2 challenge, cheap to solve (a few hundred hashes), signed with the stories' secret. */
async function challenge(): Promise<Challenge> {
  const created = await createChallenge({
    algorithm: 'SHA-256',
    cost: 10,
    counter: randomInt(300, 50),
    deriveKey,
    hmacSignatureSecret: SECRET,
    expiresAt: new Date(Date.now() + 20 * 60_000),
    data: { issuedAt: Math.floor(Date.now() / 1000) },
  });
  return created as Challenge;
}

/** The images of the fixtures, from stories/static/media. */
const media = http.get(`${ASSETS}:file`, ({ params }) => fetch(bypass(new URL(`media/${String(params.file)}`, staticRoot()))));

/** The whole API on the fixtures. */
export const fixtureHandlers: HttpHandler[] = [
  media,
  http.get(`${ON_API}/v1/taxonomies`, () => HttpResponse.json(taxonomies)),
  http.get(`${ON_API}/v1/consent-texts/current`, ({ request }) =>
    HttpResponse.json(new URL(request.url).searchParams.get('purpose') === 'mentor-request' ? mentorConsentText : consentText),
  ),
  http.get(`${ON_API}/v1/challenge`, async () => HttpResponse.json(await challenge())),
  http.post(`${ON_API}/v1/memberships`, async () => {
    await delay(300);
    const confirmBy = new Date(Date.now() + 48 * 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    return HttpResponse.json<MembershipAccepted>({ status: 'pending', confirmBy }, { status: 202 });
  }),
  http.get(`${ON_API}/v1/surveys`, ({ request }) => {
    const query = new URL(request.url).searchParams;
    const regions = query.getAll('region').flatMap((value) => value.split(','));
    const states = query.getAll('state').flatMap((value) => value.split(','));
    const found = surveys.filter((survey) => (!regions.length || regions.includes(survey.region ?? '')) && (!states.length || states.includes(survey.state)));
    return HttpResponse.json(paged(found, query, 20));
  }),
  http.get(`${ON_API}/v1/surveys/:slug`, ({ params }) => {
    const survey = surveys.find((each) => each.slug === params.slug);
    return survey ? HttpResponse.json(survey) : problem(404, 'Not Found');
  }),
  http.get(`${ON_API}/v1/surveys/:slug/results`, ({ params }) =>
    params.slug === surveyResults.slug ? HttpResponse.json(surveyResults) : problem(403, 'The results are not public'),
  ),
  http.post(`${ON_API}/v1/surveys/:slug/responses`, async ({ params, request }) => {
    const survey = surveys.find((each) => each.slug === params.slug);
    if (!survey) return problem(404, 'Not Found');
    const body = (await request.json()) as { answers: Record<string, unknown> };
    await delay(300);
    const accepted: SurveyResponseAccepted =
      survey.integrity === 'verified'
        ? { status: 'pending', confirmBy: '2026-11-30T09:30:00+01:00', results: null }
        : { status: 'counted', confirmBy: null, results: survey.resultsPolicy === 'after-answer' ? resultsWith(survey, body.answers) : null };
    return HttpResponse.json(accepted, { status: 202 });
  }),
  http.get(`${ON_API}/v1/initiatives`, ({ request }) => HttpResponse.json(paged(filterInitiatives(new URL(request.url).searchParams), new URL(request.url).searchParams, 6))),
  http.get(`${ON_API}/v1/regions/geometry`, () => HttpResponse.json(geometry)),
  http.get(`${ON_API}/v1/initiatives/:slug`, ({ params }) => {
    const found = initiatives.find((item) => item.slug === params.slug);
    return found ? HttpResponse.json(found) : problem(404, 'Not Found');
  }),
  http.get(`${ON_API}/v1/events`, ({ request }) =>
    HttpResponse.json(paged(filterEvents(new URL(request.url).searchParams), new URL(request.url).searchParams, 20, EVENT_IDENTITY)),
  ),
  // An event opened: its first occurrence, with up to 20 (the fixtures' events are each one occurrence or a few).
  http.get(`${ON_API}/v1/events/:slug`, async ({ params }) => {
    const occurrences = events.filter((event) => event.slug === params.slug);
    if (occurrences.length === 0) return problem(404, 'Not Found');
    await delay(150);
    const detail: EventDetail = {
      ...occurrences[0]!,
      occurrences: occurrences.slice(0, 20).map(({ occurrenceId, start, end }) => ({ occurrenceId, start, end })),
    };
    return HttpResponse.json(detail);
  }),
  http.get(`${ON_API}/v1/mentors/suggest`, ({ request }) => HttpResponse.json(suggestions(new URL(request.url).searchParams.get('q') ?? ''))),
  http.get(`${ON_API}/v1/mentors`, ({ request }) => HttpResponse.json(searchMentors(new URL(request.url).searchParams))),
  http.post(`${ON_API}/v1/mentors/:id/requests`, async () => {
    await delay(300);
    return HttpResponse.json<MentorRequestAccepted>({ status: 'queued' }, { status: 202 });
  }),
];

/** A handler for one list that answers with nothing found. */
export function emptyList(path: '/v1/initiatives' | '/v1/events' | '/v1/mentors'): HttpHandler {
  const facets = { expertise: [], region: [], language: [], format: [], availability: [] };
  return http.get(`${ON_API}${path}`, () =>
    HttpResponse.json({ items: [], total: 0, nextCursor: null, generatedAt: GENERATED_AT, ...(path === '/v1/mentors' ? { facets } : {}) }),
  );
}

/**
 * A handler for one list whose answer does not fit the contract (its items are no list): a server newer or
 * broken in a way nobody checks on the page, which the element's render-error boundary meets.
 */
export function unfitList(path: '/v1/initiatives' | '/v1/events' | '/v1/mentors'): HttpHandler {
  return http.get(`${ON_API}${path}`, () => HttpResponse.json({ items: 42, total: 1, nextCursor: null, generatedAt: GENERATED_AT }));
}

/** A handler that never answers: the element stays in its loading state. */
export function neverAnswers(path: string): HttpHandler {
  return http.get(`${ON_API}${path}`, async () => {
    await delay('infinite');
    return HttpResponse.json({});
  });
}

/** A handler that fails with a server error. */
export function fails(path: string, when: (url: URL) => boolean = () => true): HttpHandler {
  return http.get(`${ON_API}${path}`, ({ request }) => (when(new URL(request.url)) ? serverError() : undefined));
}
