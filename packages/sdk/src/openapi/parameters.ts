import { FIRST_ANSWER_ATTRIBUTES } from '../routes/first-answers.js';

// What each query parameter means, for the OpenAPI document. Kept out of the schemas so that browser bundles,
// which import the schemas, do not carry these sentences. `Schema.name` keys hold what differs for one query.
export const PARAMETER_DESCRIPTIONS: Record<string, string> = {
  topic: 'Topics, comma-separated or repeated; an item matches when it has any of them.',
  region: "Saxony's Landkreise and kreisfreie Städte, comma-separated or repeated; matches any of them. Online-only events have no region.",
  stage: 'Stages of an initiative; matches any of them.',
  sdg: 'Numbers of UN Sustainable Development Goals (1–17); an initiative matches when it serves any of them.',
  organisation: 'The slug of the organisation behind the initiatives.',
  q: 'Free text, up to 200 characters, without control characters. Initiatives: title, teaser, description and organisation; mentors: name, role and biography.',
  limit: 'Items per page, 1 to 100. Default 20.',
  'InitiativeQuery.limit':
    'Initiatives per page, 1 to 100; up to 1000 when `fields` names only what a map draws (`title`, `region`, `municipality`, `coordinates`, `topics`, `sdgs`, `stage`, `organisation`), so that a map gets every match in one request. Default 20.',
  'EventQuery.limit': 'Events per page, 1 to 1000 (a busy month in one request). Default 20.',
  cursor: 'The `nextCursor` of the previous page. Leave it out for the first page.',
  from: 'Start of the range: a day (`YYYY-MM-DD`, from midnight in Europe/Berlin) or an instant with its offset. Default: today. Events that overlap the range are listed.',
  'EventFeedQuery.from':
    'Start of the range: a day (`YYYY-MM-DD`, from midnight in Europe/Berlin) or an instant with its offset. Default: 30 days before today, so that events of the past month stay in a subscribed calendar. Events with an occurrence that overlaps the range are in the feed, each once, with its whole series.',
  to: 'End of the range, exclusive: a day (its midnight) or an instant. At most 366 days after `from`, which is also the default. One day: `from=2026-12-24&to=2026-12-25`.',
  category: 'Event categories; matches any of them.',
  format: 'Events: onsite, online or hybrid. Mentors: onsite or online. Matches any of them.',
  expertise: 'Fields of expertise; a mentor matches when they have any of them.',
  language: 'Languages (ISO 639-1); a mentor matches when they speak any of them.',
  availability: 'How available a mentor is; matches any of the values.',
  // The keys always sent are EVENT_IDENTITY, INITIATIVE_IDENTITY and MENTOR_IDENTITY of the schemas.
  'EventQuery.fields':
    'Which keys of each event to send (sparse fieldsets), comma-separated, e.g. `title,start,end`. `slug` and `occurrenceId` are always sent: they identify the event and the occurrence. Without it, whole events. The answer is then `PartialEventList`; `GET /v1/events/{slug}` gives the whole event.',
  'InitiativeQuery.fields':
    'Which keys of each initiative to send (sparse fieldsets), comma-separated, e.g. `title,teaser`. `slug` is always sent: it identifies the initiative. Without it, whole initiatives. The answer is then `PartialInitiativeList`; `GET /v1/initiatives/{slug}` gives the whole initiative.',
  'MentorQuery.fields':
    'Which keys of each mentor to send (sparse fieldsets), comma-separated, e.g. `id,name,role`. `slug` is always sent: it identifies the mentor. Without it, whole mentors. The answer is then `PartialMentorList`; `facets` and the paging keys are not affected.',
  v: "The version of the outlines the client was built with: `REGION_GEOMETRY_VERSION` of `@sinn/sdk/geo`. When it is the server's, the answer may be kept for a year.",
  purpose: 'What the consent is for: `membership` (joining the network) or `mentor-request` (contacting a mentor). Default: membership.',
  // The first answers' parameters are an element's attributes, not filters: the shared sentences above do not fit.
  ...Object.fromEntries(
    FIRST_ANSWER_ATTRIBUTES.map((name) => [
      `FirstAnswersQuery.${name}`,
      `The element's \`${name}\` attribute, as the page wrote it (empty for a boolean attribute); left out where the element does not have it. A value the element does not understand is its own to report: the answers are then those it asks for without it.`,
    ]),
  ),
  'FirstAnswersQuery.element': 'Required. The tag of the element whose first answers are wanted, e.g. `sinn-event-calendar`.',
};
