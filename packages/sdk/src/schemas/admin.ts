import * as z from 'zod/mini';
import { DateOnly, DateTime, Id, Slug, WebUrl } from './common.js';
import { ConsentPurpose } from './consent.js';
import { Crowdfunding } from './initiative.js';
import { EmailAddress, MailLanguage, MemberKindId, OfferId, typedLine } from './membership.js';
import { CoordinatesInput, MunicipalityKey } from './place.js';
import { CursorParam, LimitParam, listParam, TextParam } from './query.js';
import {
  AvailabilityId,
  EventCategoryId,
  EventFormatId,
  EventStatusId,
  ExpertiseId,
  LanguageId,
  MentorFormatId,
  OrganisationKindId,
  RegionId,
  SdgId,
  StageId,
  TopicId,
} from './taxonomies.js';

// The staff API under /v1/admin (bearer token). Not part of the public contract: none of these schemas is
// registered with `named`, so none appears in the public OpenAPI document, and browser bundles that do not
// import them carry none of them.
//
// The write shapes mirror the public read shapes, so what staff send is what partners later read: the same
// field names and vocabularies, with references by slug (`organisation`, `organiser`), a municipality by its
// official key (the name follows from it) and images by their media id. `GET /v1/admin/<kind>/{slug}` answers
// the same shape with its `slug` and the read-only `id` and `updatedAt` (an event's `sequence` too), so an edit is
// a GET, a change, and a PUT of the whole (PUT replaces: a field left out is empty afterwards). The PUT takes the
// read-only fields back and ignores them; with the GET's `ETag` in `If-Match` it is a 412 when someone else
// changed the record in between.

/** Text of several lines as staff type it: trimmed, line breaks and tabs allowed, no other control characters. */
export function prose(max: number, min = 1) {
  return z.string().check(
    z.trim(),
    z.minLength(min),
    z.maxLength(max),
    z.regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, 'no control characters but line breaks and tabs'),
  );
}

/** An image already stored on the server (`/media/{id}`), with its alternative text. */
export const MediaRef = /* @__PURE__ */ z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]{8,64}\.(svg|png|jpg|webp)$/, 'the name of an image under /media/')),
  /** Empty for a purely decorative image. */
  alt: z.string().check(z.trim(), z.maxLength(500)),
});

const optionalNull = <T extends z.core.$ZodType>(schema: T) => z.optional(z.nullable(schema));

// --- Initiatives ---------------------------------------------------------------------------------------------

export const CrowdfundingInput = /* @__PURE__ */ z.strictObject(
  z.omit(Crowdfunding, { platform: true, currency: true }).shape,
);

export const InitiativeInput = /* @__PURE__ */ z.strictObject({
  /** Made from the title when left out on creation; on a PUT a new slug renames, and the old one still answers public reads. */
  slug: z.optional(Slug),
  title: typedLine(200),
  teaser: prose(400),
  description: prose(20_000),
  easyLanguage: optionalNull(prose(5_000)),
  region: RegionId,
  /**
   * The official key (AGS) of the municipality it is at, one of `region`; the public API shows it with its name.
   * Null (or left out): no place; it still counts in its region, but a map does not draw it.
   */
  municipality: optionalNull(MunicipalityKey),
  /**
   * Exact coordinates, where staff know the address; null (or left out) for the municipality's own point, which
   * the public API then shows. Needs a municipality.
   */
  coordinates: optionalNull(CoordinatesInput),
  topics: z.array(TopicId).check(z.maxLength(16)),
  sdgs: z.array(SdgId).check(z.maxLength(17)),
  stage: StageId,
  /** The slug of an organisation the server knows. */
  organisation: Slug,
  website: optionalNull(WebUrl),
  image: optionalNull(MediaRef),
  crowdfunding: optionalNull(CrowdfundingInput),
  /** Default: now. Lists are ordered by it, newest first. */
  publishedAt: z.optional(DateTime),
});

// --- Events ----------------------------------------------------------------------------------------------------

export const EventLocationInput = /* @__PURE__ */ z.strictObject({
  name: typedLine(200),
  street: optionalNull(typedLine(200)),
  postalCode: optionalNull(z.string().check(z.regex(/^\d{5}$/, 'five digits'))),
  city: typedLine(100),
  accessibility: optionalNull(prose(1_000)),
});

export const RecurrenceInput = /* @__PURE__ */ z.strictObject({
  /** An RFC 5545 RRULE value, e.g. `FREQ=MONTHLY;BYDAY=1WE`; the series starts with `start`. */
  rule: z.string().check(z.minLength(1), z.maxLength(500), z.regex(/^[A-Za-z0-9=;,:+-]+$/, 'an RRULE value like FREQ=WEEKLY;BYDAY=TU')),
  /** Start instants of occurrences taken out of the series. */
  exceptions: z.optional(z.array(DateTime).check(z.maxLength(500))),
});

export const RegistrationInput = /* @__PURE__ */ z.strictObject({
  url: WebUrl,
  deadline: optionalNull(DateTime),
});

export const EventInput = /* @__PURE__ */ z.strictObject({
  /** Made from the title when left out on creation; on a PUT a new slug renames, and the old one (and its .ics) still answers public reads. */
  slug: z.optional(Slug),
  title: typedLine(200),
  summary: prose(400),
  description: prose(20_000),
  easyLanguage: optionalNull(prose(5_000)),
  category: EventCategoryId,
  topics: z.array(TopicId).check(z.maxLength(16)),
  /** Null (or left out) for events that are online only. */
  region: optionalNull(RegionId),
  format: EventFormatId,
  /** Default: scheduled. */
  status: z.optional(EventStatusId),
  /** Start of the (first) occurrence. */
  start: DateTime,
  /** End of the (first) occurrence, exclusive; for all-day events the midnight after the last day. */
  end: DateTime,
  /** All-day events start and end at midnight, Europe/Berlin. */
  allDay: z.optional(z.boolean()),
  recurrence: optionalNull(RecurrenceInput),
  location: optionalNull(EventLocationInput),
  onlineUrl: optionalNull(WebUrl),
  registration: optionalNull(RegistrationInput),
  /** The slug of an organisation the server knows. */
  organiser: Slug,
  image: optionalNull(MediaRef),
});

// --- Mentors ---------------------------------------------------------------------------------------------------

export const MentorInput = /* @__PURE__ */ z.strictObject({
  /** Made from the name when left out on creation; on a PUT a new slug renames, and the old one, made from a name, names nothing. */
  slug: z.optional(Slug),
  name: typedLine(200, 2),
  role: typedLine(200),
  bio: prose(5_000),
  expertise: z.array(ExpertiseId).check(z.maxLength(20)),
  region: RegionId,
  languages: z.array(LanguageId).check(z.minLength(1), z.maxLength(11)),
  formats: z.array(MentorFormatId).check(z.minLength(1), z.maxLength(2)),
  availability: AvailabilityId,
  organisation: optionalNull(typedLine(200)),
  /** Private: contact requests are forwarded here; never shown by the public API. */
  email: EmailAddress,
  /** Private, like the e-mail address. */
  phone: optionalNull(z.string().check(z.trim(), z.regex(/^\+?[0-9][0-9 ()/-]{2,38}$/, 'a phone number like +49 351 1234567'))),
  photo: optionalNull(MediaRef),
});

/** What the staff API answers for a piece of content: the write shape as stored, with its id and slug. */
function stored<S extends z.core.$ZodLooseShape>(input: z.ZodMiniObject<S>) {
  return z.extend(z.object(input.shape), { id: Id, slug: Slug, updatedAt: DateTime });
}

export const AdminInitiative = /* @__PURE__ */ stored(InitiativeInput);
export const AdminEvent = /* @__PURE__ */ z.extend(stored(EventInput), {
  /** Rises with every change a calendar shows (iCalendar SEQUENCE). */
  sequence: z.int().check(z.nonnegative()),
});
export const AdminMentor = /* @__PURE__ */ stored(MentorInput);

/**
 * What a PUT takes: the write shape, and the read-only fields its GET answered, which the server ignores (but for
 * an `id` that is not the record's), so that the GET's body can be sent back changed. Any other field is still
 * refused by name.
 */
function replacement<T extends z.ZodMiniObject>(input: T) {
  return z.extend(input, { id: z.optional(Id), updatedAt: z.optional(DateTime) });
}

export const InitiativeReplacement = /* @__PURE__ */ replacement(InitiativeInput);
export const EventReplacement = /* @__PURE__ */ z.extend(replacement(EventInput), {
  sequence: z.optional(z.int().check(z.nonnegative())),
});
export const MentorReplacement = /* @__PURE__ */ replacement(MentorInput);

// --- Organisations --------------------------------------------------------------------------------------------

/** An organisation that initiatives, events and surveys name by its slug (`organisation`, `organiser`). */
export const OrganisationInput = /* @__PURE__ */ z.strictObject({
  /** Made from the name when left out on creation; on a PUT a new slug renames, what names it follows, and a filter by the old one still finds its content. */
  slug: z.optional(Slug),
  name: typedLine(200),
  kind: OrganisationKindId,
  url: optionalNull(WebUrl),
});
export const AdminOrganisation = /* @__PURE__ */ stored(OrganisationInput);
export const OrganisationReplacement = /* @__PURE__ */ replacement(OrganisationInput);

// --- Sign-ups --------------------------------------------------------------------------------------------------

export const MembershipStatus = /* @__PURE__ */ z.enum(['pending', 'confirmed']);

const DateOrDateTime = /* @__PURE__ */ z.union([DateOnly, DateTime]);

const membershipFilters = {
  status: listParam(MembershipStatus),
  region: listParam(RegionId),
  /** Part of the name, e-mail address or organisation, any case. */
  q: TextParam,
  /** Signed up at or after: a day (Europe/Berlin) or an instant. */
  from: z.optional(DateOrDateTime),
  /** Signed up before (exclusive): a day (Europe/Berlin) or an instant. */
  to: z.optional(DateOrDateTime),
};

export const AdminMembershipQuery = /* @__PURE__ */ z.object({ ...membershipFilters, limit: LimitParam, cursor: CursorParam });
/** The export takes the filters of the list, without paging: it holds every sign-up that passes them. */
export const AdminMembershipExportQuery = /* @__PURE__ */ z.object(membershipFilters);

export const AdminMembership = /* @__PURE__ */ z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  organisation: z.nullable(z.string()),
  organisationKind: MemberKindId,
  region: RegionId,
  interests: z.array(TopicId),
  offers: z.array(OfferId),
  newsletter: z.boolean(),
  language: MailLanguage,
  status: MembershipStatus,
  createdAt: DateTime,
  confirmedAt: z.nullable(DateTime),
  /** The partner key the sign-up came through, if any. */
  partnerKey: z.nullable(z.object({ id: Id, name: z.string() })),
  /** The latest consent recorded: which text, when, on which page. */
  consent: z.nullable(
    z.object({
      version: z.string(),
      hash: z.string(),
      consentedAt: DateTime,
      origin: z.nullable(z.string()),
      confirmedAt: z.nullable(DateTime),
    }),
  ),
});

function adminList<T extends z.core.$ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.int().check(z.nonnegative()), nextCursor: z.nullable(z.string()) });
}

export const AdminMembershipList = /* @__PURE__ */ adminList(AdminMembership);

export const ErasureRequest = /* @__PURE__ */ z.strictObject({ email: EmailAddress });

/** How many rows an erasure removed, per table. */
export const ErasureResult = /* @__PURE__ */ z.object({
  memberships: z.int().check(z.nonnegative()),
  consentLog: z.int().check(z.nonnegative()),
  outbox: z.int().check(z.nonnegative()),
  /** Contact requests to mentors sent from the address. */
  mentorRequests: z.int().check(z.nonnegative()),
  /** Survey votes of the address (pending by the address, confirmed by its keyed hash), with their consent and mails. */
  surveyResponses: z.int().check(z.nonnegative()),
});

// --- Contact requests to mentors -------------------------------------------------------------------------------

const mentorRequestFilters = {
  /** The mentor's slug. */
  mentor: z.optional(Slug),
  /** Sent at or after: a day (Europe/Berlin) or an instant. */
  from: z.optional(DateOrDateTime),
  /** Sent before (exclusive): a day (Europe/Berlin) or an instant. */
  to: z.optional(DateOrDateTime),
};

export const AdminMentorRequestQuery = /* @__PURE__ */ z.object({ ...mentorRequestFilters, limit: LimitParam, cursor: CursorParam });
/** The export takes the filters of the list, without paging. */
export const AdminMentorRequestExportQuery = /* @__PURE__ */ z.object(mentorRequestFilters);

export const AdminMentorRequest = /* @__PURE__ */ z.object({
  id: Id,
  mentor: z.object({ id: Id, slug: Slug, name: z.string() }),
  name: z.string(),
  email: z.string(),
  message: z.string(),
  language: MailLanguage,
  createdAt: DateTime,
  /** The text consented to: its purpose (`mentor-request`; `membership` for requests stored before contact requests had a text of their own), version and hash. */
  consent: z.object({ purpose: ConsentPurpose, version: z.string(), hash: z.string() }),
  /** The page the request was sent from (its Origin), if it named one. */
  origin: z.nullable(z.string()),
  /** The partner key the request came through, if any. */
  partnerKey: z.nullable(z.object({ id: Id, name: z.string() })),
});

export const AdminMentorRequestList = /* @__PURE__ */ adminList(AdminMentorRequest);

// --- Partner keys ----------------------------------------------------------------------------------------------

const ORIGIN_SHAPE = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/;

/** A web origin as browsers send it in `Origin`: scheme, host and a port other than the default; no path. */
export const WebOrigin = /* @__PURE__ */ z.string().check(
  z.maxLength(300),
  z.regex(ORIGIN_SHAPE, 'an origin like https://www.example.org: lower case, no path, no slash at the end'),
  z.refine((value) => {
    // What is not of an origin's shape was said above; this says only a default port, written out.
    if (!ORIGIN_SHAPE.test(value)) return true;
    try {
      return new URL(value).origin === value;
    } catch {
      return false;
    }
  }, 'an origin like https://www.example.org, without the default port'),
);

export const PartnerKeyInput = /* @__PURE__ */ z.strictObject({
  /** Whose key it is, e.g. "DRK Kreisverband Bautzen". */
  name: typedLine(200),
  /** The pages allowed to write with the key. */
  origins: z.array(WebOrigin).check(z.minLength(1), z.maxLength(20)),
});

export const PartnerKey = /* @__PURE__ */ z.object({
  id: Id,
  /** Public: it stands in the partner's HTML. Writes with it count only from `origins`. */
  key: z.string(),
  name: z.string(),
  origins: z.array(z.string()),
  createdAt: DateTime,
  revokedAt: z.nullable(DateTime),
  /**
   * When the key's relay secret was issued, which its relaying site signs writes with; null while it has none
   * (keys issued before there were secrets). The secret itself is shown once, in `PartnerKeyWithSecret`.
   */
  relaySecretIssuedAt: z.nullable(DateTime),
});

/**
 * The answer to issuing a key or a new relay secret: the key and its relay secret (`sk_…`), shown here once and
 * never again. The partner enters it in its WordPress plugin, which signs the writes it relays with it.
 */
export const PartnerKeyWithSecret = /* @__PURE__ */ z.extend(PartnerKey, { relaySecret: z.string() });

/** What `PUT /v1/admin/partner-keys/{id}` takes: the write shape, and the read-only fields of a key, ignored. */
export const PartnerKeyReplacement = /* @__PURE__ */ z.extend(PartnerKeyInput, {
  id: z.optional(Id),
  key: z.optional(z.string()),
  createdAt: z.optional(DateTime),
  revokedAt: z.optional(z.nullable(DateTime)),
  relaySecretIssuedAt: z.optional(z.nullable(DateTime)),
});

export const PartnerKeyList = /* @__PURE__ */ z.object({ items: z.array(PartnerKey) });

// --- Audit log -------------------------------------------------------------------------------------------------

/** The kinds of content staff write through `/v1/admin/{kind}`: the first part of their audit actions. */
export type ContentNoun = 'initiative' | 'event' | 'mentor' | 'organisation';

/** Every action the audit log records, `<kind>.<verb>`: the server writes no other. */
export const AUDIT_ACTIONS = [
  'initiative.create',
  'initiative.update',
  'initiative.delete',
  'event.create',
  'event.update',
  'event.delete',
  'mentor.create',
  'mentor.update',
  'mentor.delete',
  'organisation.create',
  'organisation.update',
  'organisation.delete',
  'membership.list',
  'membership.export',
  'membership.delete',
  'membership.erase',
  'mentor-request.list',
  'mentor-request.export',
  'partner-key.issue',
  'partner-key.update',
  'partner-key.revoke',
  'partner-key.relay-secret',
  'survey.create',
  'survey.update',
  'survey.close',
  'survey.delete',
  'survey.export',
  'survey.erase',
  'survey.response.delete',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AuditLogQuery = /* @__PURE__ */ z.object({
  /** One or several actions, e.g. `initiative.update,membership.erase`; one the log does not know is a 400. */
  action: listParam(z.enum(AUDIT_ACTIONS)),
  /** One or several staff names (ADMIN_TOKENS), `staff` for ADMIN_TOKEN: who did it. */
  actor: listParam(z.string().check(z.minLength(1), z.maxLength(40), z.regex(/^[a-z0-9][a-z0-9._-]*$/))),
  limit: LimitParam,
  cursor: CursorParam,
});

export const AuditEntry = /* @__PURE__ */ z.object({
  id: z.int(),
  at: DateTime,
  actor: z.string(),
  /** `<kind>.<verb>`, e.g. `initiative.create`, `membership.erase`, `partner-key.revoke`. */
  action: z.string(),
  /** The id of what the action was on, if one thing. Never personal data. */
  target: z.nullable(z.string()),
  details: z.record(z.string(), z.unknown()),
});

export const AuditLogList = /* @__PURE__ */ adminList(AuditEntry);

export type MediaRef = z.infer<typeof MediaRef>;
export type InitiativeInput = z.input<typeof InitiativeInput>;
export type EventInput = z.input<typeof EventInput>;
export type MentorInput = z.input<typeof MentorInput>;
export type AdminInitiative = z.infer<typeof AdminInitiative>;
export type AdminEvent = z.infer<typeof AdminEvent>;
export type AdminMentor = z.infer<typeof AdminMentor>;
export type InitiativeReplacement = z.input<typeof InitiativeReplacement>;
export type EventReplacement = z.input<typeof EventReplacement>;
export type MentorReplacement = z.input<typeof MentorReplacement>;
export type OrganisationInput = z.input<typeof OrganisationInput>;
export type AdminOrganisation = z.infer<typeof AdminOrganisation>;
export type OrganisationReplacement = z.input<typeof OrganisationReplacement>;
export type MembershipStatus = z.infer<typeof MembershipStatus>;
export type AdminMembershipQuery = z.input<typeof AdminMembershipQuery>;
export type AdminMembership = z.infer<typeof AdminMembership>;
export type AdminMembershipList = z.infer<typeof AdminMembershipList>;
export type ErasureRequest = z.input<typeof ErasureRequest>;
export type ErasureResult = z.infer<typeof ErasureResult>;
export type AdminMentorRequestQuery = z.input<typeof AdminMentorRequestQuery>;
export type AdminMentorRequest = z.infer<typeof AdminMentorRequest>;
export type AdminMentorRequestList = z.infer<typeof AdminMentorRequestList>;
export type PartnerKeyInput = z.input<typeof PartnerKeyInput>;
export type PartnerKeyReplacement = z.input<typeof PartnerKeyReplacement>;
export type PartnerKey = z.infer<typeof PartnerKey>;
export type PartnerKeyWithSecret = z.infer<typeof PartnerKeyWithSecret>;
export type PartnerKeyList = z.infer<typeof PartnerKeyList>;
export type AuditLogQuery = z.input<typeof AuditLogQuery>;
export type AuditEntry = z.infer<typeof AuditEntry>;
export type AuditLogList = z.infer<typeof AuditLogList>;
