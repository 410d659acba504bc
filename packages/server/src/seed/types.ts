// The rows the generator produces: one interface per table in migrations/001_content.sql, keys in camelCase.
// Instants are Dates; the loader hands them to the database as timestamptz.
import type {
  AvailabilityId,
  EventCategoryId,
  EventFormatId,
  EventStatusId,
  ExpertiseId,
  LanguageId,
  MentorFormatId,
  OrganisationKindId,
  RegionId,
  ResultsPolicy,
  SdgId,
  StageId,
  SurveyIntegrity,
  SurveyQuestion,
  SurveyText,
  TopicId,
} from '@sinn/sdk';

export interface OrganisationRow {
  id: string;
  slug: string;
  name: string;
  kind: OrganisationKindId;
  url: string | null;
}

export interface MediaRow {
  /** `<first 16 hex of sha256(body)>.svg`. */
  id: string;
  contentType: string;
  body: Buffer;
  width: number;
  height: number;
  createdAt: Date;
}

/** The `crowdfunding` jsonb of an initiative; platform and currency are implied (Startnext, EUR). */
export interface CrowdfundingData {
  url: string;
  /** Whole euros. */
  goal: number;
  raised: number;
  supporters: number;
  /** ISO 8601 with the Berlin offset. */
  endsAt: string;
}

export interface InitiativeRow {
  id: string;
  slug: string;
  title: string;
  teaser: string;
  description: string;
  easyLanguage: string | null;
  region: RegionId;
  /** The official key of its municipality, one of `region`; its point is the municipality's. */
  municipalityKey: string;
  topics: TopicId[];
  sdgs: SdgId[];
  stage: StageId;
  organisationId: string;
  website: string | null;
  imageId: string | null;
  imageAlt: string | null;
  crowdfunding: CrowdfundingData | null;
  publishedAt: Date;
  updatedAt: Date;
}

/** The `location` jsonb of an event. */
export interface EventLocationData {
  name: string;
  street: string | null;
  postalCode: string | null;
  city: string;
  accessibility: string | null;
}

export interface EventRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  description: string;
  easyLanguage: string | null;
  category: EventCategoryId;
  topics: TopicId[];
  /** Null for events that are online only. */
  region: RegionId | null;
  format: EventFormatId;
  status: EventStatusId;
  /** The first occurrence. */
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
  rrule: string | null;
  exdates: Date[];
  /** The end of the last occurrence of a bounded series; null for single events and open-ended series. */
  seriesUntil: Date | null;
  location: EventLocationData | null;
  onlineUrl: string | null;
  registrationUrl: string | null;
  registrationDeadline: Date | null;
  organisationId: string;
  imageId: string | null;
  imageAlt: string | null;
  sequence: number;
  updatedAt: Date;
}

export interface MentorRow {
  id: string;
  slug: string;
  name: string;
  role: string;
  bio: string;
  expertise: ExpertiseId[];
  region: RegionId;
  languages: LanguageId[];
  formats: MentorFormatId[];
  availability: AvailabilityId;
  organisation: string | null;
  /** Private: never leaves the server. */
  email: string;
  phone: string | null;
  photoId: string | null;
  photoAlt: string | null;
  updatedAt: Date;
}

/** A row of `surveys` (migrations/010_surveys.sql). */
export interface SurveyRow {
  id: string;
  slug: string;
  title: SurveyText;
  intro: SurveyText;
  region: RegionId | null;
  organisationId: string;
  opensAt: Date;
  closesAt: Date;
  resultsPolicy: ResultsPolicy;
  integrity: SurveyIntegrity;
  questions: SurveyQuestion[];
}

/** A counted response of `survey_responses`; a demo vote is confirmed, with a hash of no address. */
export interface SurveyResponseRow {
  id: string;
  surveyId: string;
  answers: Record<string, unknown>;
  voterHash: string | null;
  tokenHash: string | null;
  language: 'de' | 'en';
  createdAt: Date;
  confirmedAt: Date | null;
}

export interface DemoData {
  organisations: OrganisationRow[];
  media: MediaRow[];
  initiatives: InitiativeRow[];
  events: EventRow[];
  mentors: MentorRow[];
  surveys: SurveyRow[];
  surveyResponses: SurveyResponseRow[];
}

export interface DemoOptions {
  /** Default 'sinn'. */
  seed?: string | number;
  /** The day the data is generated for, `YYYY-MM-DD` in Europe/Berlin: events lie around it. */
  today: string;
}
