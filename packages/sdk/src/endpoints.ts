import { endpoint, fileEndpoint, writeEndpoint, type Endpoint, type FileEndpoint, type WriteEndpoint } from './endpoint.js';
import { challengeEndpoint } from './routes/challenge.js';
import { consentTextEndpoint } from './routes/consent.js';
import { eventFeedEndpoint, eventIcsEndpoint, getEventEndpoint, listEventsEndpoint } from './routes/event.js';
import { firstAnswersEndpoint } from './routes/first-answers.js';
import { healthEndpoint } from './routes/health.js';
import { getInitiativeEndpoint, listInitiativesEndpoint } from './routes/initiative.js';
import { createMembershipEndpoint } from './routes/membership.js';
import { createMentorRequestEndpoint } from './routes/mentor-request.js';
import { listMentorsEndpoint, suggestMentorsEndpoint } from './routes/mentor.js';
import { regionGeometryEndpoint } from './routes/region-geometry.js';
import { getSurveyEndpoint, listSurveysEndpoint, surveyResultsEndpoint } from './routes/survey.js';
import { createSurveyResponseEndpoint } from './routes/survey-response.js';
import { taxonomiesEndpoint } from './routes/taxonomies.js';
import { Challenge } from './schemas/challenge.js';
import { ConsentText, ConsentTextQuery } from './schemas/consent.js';
import { EventDetail, EventFeedQuery, EventList, EventQuery } from './schemas/event.js';
import { FirstAnswers, FirstAnswersQuery } from './schemas/first-answers.js';
import { Health } from './schemas/health.js';
import { Initiative, InitiativeList, InitiativeQuery } from './schemas/initiative.js';
import { MembershipAccepted, MembershipRequest } from './schemas/membership.js';
import { MentorRequestAccepted, MentorRequestBody } from './schemas/mentor-request.js';
import { MentorList, MentorQuery, MentorSuggestions, MentorSuggestQuery } from './schemas/mentor.js';
import { RegionGeometry, RegionGeometryQuery } from './schemas/region-geometry.js';
import { Survey, SurveyList, SurveyQuery, SurveyResponseAccepted, SurveyResponseBody, SurveyResults } from './schemas/survey.js';
import { Taxonomies } from './schemas/taxonomies.js';

// The contract of every endpoint: its route with the schemas that check it and what the OpenAPI document says of
// it, for the server's routes, the OpenAPI document and the parsing client. Browser code imports the routes alone
// (routes/), which carry no schema.

/** Every read endpoint of the public API. */
export const endpoints = {
  taxonomies: endpoint(taxonomiesEndpoint, {
    summary: 'Every vocabulary with German and English labels',
    tag: 'Taxonomies',
    response: Taxonomies,
  }),
  regionGeometry: endpoint(regionGeometryEndpoint, {
    summary: "The outlines of Saxony's 13 districts, for a map",
    description:
      "From the BKG's open VG5000 data (01.01.2021), simplified and projected into one SVG viewBox, keyed by region id; " +
      'show `attribution`, linked to `attributionUrl`, with the map. With `v` set to the version of the outlines the ' +
      'client was built with (`REGION_GEOMETRY_VERSION` of `@sinn/sdk/geo`) and the server holding that version, the ' +
      'answer is `immutable` and may be kept for a year; otherwise it is the outlines the server holds, kept for a day.',
    tag: 'Taxonomies',
    query: RegionGeometryQuery,
    response: RegionGeometry,
  }),
  firstAnswers: endpoint(firstAnswersEndpoint, {
    summary: "An element's first answers, from its attributes",
    description:
      'What the loader (sinn.js) asks the moment it sees an element on a page: the server works out the GETs the element ' +
      'asks first from its tag and its attributes as the page wrote them, and the GETs that follow from their answers as the ' +
      "element would ask them (the survey a region's list names, a closed survey's published results), and answers them " +
      'together, each under the URL the element asks it by, so that the element does not wait for code of its own to work ' +
      'them out, nor for one answer before asking the next. A GET that fails is left ' +
      'out; the element asks for it itself. Cached like the lists.',
    tag: 'Widgets',
    query: FirstAnswersQuery,
    response: FirstAnswers,
  }),
  listInitiatives: endpoint(listInitiativesEndpoint, {
    summary: 'Social innovations, filtered and paged',
    description: 'Newest first. Lists given to a filter (comma-separated or repeated) match any of their values.',
    tag: 'Initiatives',
    query: InitiativeQuery,
    response: InitiativeList,
  }),
  getInitiative: endpoint(getInitiativeEndpoint, { summary: 'One initiative', tag: 'Initiatives', response: Initiative }),
  listEvents: endpoint(listEventsEndpoint, {
    summary: 'Event occurrences in a range, recurring events expanded',
    description: 'Ordered by start. The range is at most 366 days; recurring events appear once per occurrence.',
    tag: 'Events',
    query: EventQuery,
    response: EventList,
  }),
  getEvent: endpoint(getEventEndpoint, { summary: 'One event with its coming occurrences', tag: 'Events', response: EventDetail }),
  eventFeed: fileEndpoint(eventFeedEndpoint, {
    summary: 'The events that pass the filters as an iCalendar feed (RFC 5545) to subscribe to',
    description:
      'Every event with an occurrence in the range appears once, a recurring one as its series (RRULE, EXDATE), never expanded.',
    tag: 'Events',
    query: EventFeedQuery,
  }),
  eventIcs: fileEndpoint(eventIcsEndpoint, {
    summary: 'One event, with its whole series, as an iCalendar file (RFC 5545)',
    tag: 'Events',
  }),
  listMentors: endpoint(listMentorsEndpoint, {
    summary: 'Mentors and coaches, filtered and paged',
    description:
      'Never includes an e-mail address or a phone number. `q` searches names, expertise, roles and biographies ' +
      'in German: umlauts may be spelled out (Foerdermittel), word forms are stemmed (Gründungen finds Gründung), ' +
      'a wrong, missing, extra or swapped letter in words of five letters or more is forgiven, and the last word ' +
      'matches as a prefix while typing. Every word must match somewhere. With `q` the order is by relevance ' +
      '(name and expertise above role above biography), then slug; without it, by slug. `facets` counts the ' +
      'filter values, `highlights` marks the matches.',
    tag: 'Mentors',
    query: MentorQuery,
    response: MentorList,
  }),
  suggestMentors: endpoint(suggestMentorsEndpoint, {
    summary: 'Completions for the mentor search box',
    description:
      'Up to `limit` (default 8) mentor names and expertise labels for what has been typed so far, matched like ' +
      '`q` of the mentor list (the last word as a prefix).',
    tag: 'Mentors',
    query: MentorSuggestQuery,
    response: MentorSuggestions,
  }),
  consentText: endpoint(consentTextEndpoint, {
    summary: 'The consent text in force',
    description:
      'The text in force for one purpose: `membership` (the default) for the sign-up, `mentor-request` for a contact ' +
      'request to a mentor. A write whose `consent.version` is not the current version of its purpose is answered 409.',
    tag: 'Memberships',
    query: ConsentTextQuery,
    response: ConsentText,
  }),
  listSurveys: endpoint(listSurveysEndpoint, {
    summary: 'Surveys and public votes: open, upcoming and closed',
    description:
      'Open ones first (closing soonest first), then upcoming ones (opening soonest first), then closed ones (closed last ' +
      'first). `region` keeps the surveys of those districts (a Saxony-wide one has no region); `state` keeps those in ' +
      'these states.',
    tag: 'Surveys',
    query: SurveyQuery,
    response: SurveyList,
  }),
  getSurvey: endpoint(getSurveyEndpoint, {
    summary: 'One survey with its questions and its consent text',
    tag: 'Surveys',
    response: Survey,
  }),
  surveyResults: endpoint(surveyResultsEndpoint, {
    summary: "A survey's results: counts per option and value, scale means; never free text",
    description:
      'Counted from the stored responses (in `verified` mode only the confirmed votes). Answered from `resultsFrom` of the ' +
      'survey on (its close, under the policies `after-answer` and `after-close`); before that, and always under ' +
      '`staff-only`, a 403 that says from when, if ever. Under `after-answer` the answer to a response carries them too.',
    tag: 'Surveys',
    response: SurveyResults,
    forbidden: 'The results are not public (yet): `detail` says from when, or that only staff see them',
  }),
  challenge: endpoint(challengeEndpoint, {
    summary: 'A proof-of-work challenge for a form',
    description:
      'Solve it and send it with the form in the `X-Sinn-Challenge` header. Each challenge is accepted once. A form asks for it ' +
      'with its partner key, if it has one, so that a key its write would be refused for is refused at once.',
    tag: 'Memberships',
    response: Challenge,
    forbidden: 'The partner key is unknown or revoked, or (where the request names its Origin) not valid for that Origin',
  }),
  health: endpoint(healthEndpoint, { summary: 'Liveness and database check', tag: 'Operations', response: Health }),
} as const satisfies Record<string, Endpoint | FileEndpoint>;

/** Every write endpoint of the public API (the staff API under /v1/admin is not part of the public contract). */
export const writeEndpoints = {
  createMembership: writeEndpoint(createMembershipEndpoint, {
    summary: 'Join the SINN network',
    description:
      'Stores the sign-up as pending and sends a mail with a confirmation link (double opt-in). Needs an `Idempotency-Key` ' +
      'header and a solved challenge from `GET /v1/challenge` in `X-Sinn-Challenge`; writes from a partner site carry its ' +
      '`X-Sinn-Partner-Key`. A repeated key with the same body answers the first answer again.',
    tag: 'Memberships',
    body: MembershipRequest,
    response: MembershipAccepted,
  }),
  createMentorRequest: writeEndpoint(createMentorRequestEndpoint, {
    summary: 'Contact a mentor',
    description:
      "Stores the request and mails it to the mentor, with the sender's address as Reply-To; the sender gets a receipt " +
      "that holds none of the typed text. The mentor's address is never shown. Needs an `Idempotency-Key` header and a " +
      'solved challenge from `GET /v1/challenge` in `X-Sinn-Challenge`; writes from a partner site carry its ' +
      '`X-Sinn-Partner-Key`. 404 for an unknown mentor, 409 for a mentor who takes no requests now (availability ' +
      '`unavailable`) or a `consent.version` that is not the current text of purpose `mentor-request` ' +
      '(`GET /v1/consent-texts/current?purpose=mentor-request`).',
    tag: 'Mentors',
    body: MentorRequestBody,
    response: MentorRequestAccepted,
  }),
  createSurveyResponse: writeEndpoint(createSurveyResponseEndpoint, {
    summary: 'Answer a survey, or vote',
    description:
      'Needs an `Idempotency-Key` header and a solved challenge from `GET /v1/challenge` in `X-Sinn-Challenge`; writes from ' +
      "a partner site carry its `X-Sinn-Partner-Key`. `consent.version` is the version of the survey's own consent text " +
      '(`consent` of `GET /v1/surveys/{slug}`). In `open` mode the response counts at once (`counted`), and under the ' +
      'policy `after-answer` the answer carries the results. In `verified` mode `email` is required: the vote is ' +
      'stored as pending and counts once the link mailed to the address is confirmed before the survey closes. One ' +
      'address is one voter (its domain lowercased and a `+tag` removed): a new vote while one is pending replaces it; ' +
      'after a confirmed one, the address gets a mail that it voted already, and nothing changes. The answer is the same ' +
      'in every case.',
    tag: 'Surveys',
    body: SurveyResponseBody,
    response: SurveyResponseAccepted,
    problems: {
      notFound: 'No survey with this slug',
      conflict:
        'The survey is not open (not yet, or no longer: `detail` says when it opens or closed), or its consent text has changed since the form was shown (show the current one and ask again)',
      unprocessable:
        "The body does not fit the schema, or an answer does not fit the survey's questions (`errors` names each by its JSON Pointer, `/answers/<question id>`, with the allowed options), or the Idempotency-Key was used with another body",
    },
  }),
} as const satisfies Record<string, WriteEndpoint>;

export type EndpointName = keyof typeof endpoints;
