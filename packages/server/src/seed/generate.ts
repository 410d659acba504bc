// The demo data set: a pure function of a seed and a day. The same seed and day always give deep-equal data,
// so a test, a screenshot and a fresh server all see the same initiatives, events and mentors.
import { berlinMidnight } from '../time/berlin.js';
import { assertDay } from './calendar.js';
import { generateEvents } from './events.js';
import { generateInitiatives } from './initiatives.js';
import { MediaCollector } from './media.js';
import { generateMentors } from './mentors.js';
import { generateOrganisations } from './organisations.js';
import { createRandom } from './random.js';
import { generateSurveys } from './surveys.js';
import type { DemoData, DemoOptions } from './types.js';

export type {
  CrowdfundingData,
  DemoData,
  DemoOptions,
  EventLocationData,
  EventRow,
  InitiativeRow,
  MediaRow,
  MentorRow,
  OrganisationRow,
  SurveyResponseRow,
  SurveyRow,
} from './types.js';

export const DEFAULT_SEED = 'sinn';

export function generateDemoData(options: DemoOptions): DemoData {
  const { today } = options;
  assertDay(today);
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const media = new MediaCollector(berlinMidnight(today));
  const organisations = generateOrganisations(random.fork('organisations'));
  const context = { today, organisations, media };
  const initiatives = generateInitiatives({ ...context, random: random.fork('initiatives') });
  const events = generateEvents({ ...context, random: random.fork('events') });
  const mentors = generateMentors({ ...context, random: random.fork('mentors') });
  const surveys = generateSurveys({ random: random.fork('surveys'), today, organisations, initiatives });
  return { organisations: organisations.rows, media: media.rows, initiatives, events, mentors, surveys: surveys.surveys, surveyResponses: surveys.responses };
}
