// The element classes, without registering any tag: import `@sinn/widgets/define/<element>` for that.
export { SinnElement } from './base/sinn-element.js';
export { SinnInitiativeCards, type InitiativeSelectDetail, type SinnInitiativeCardsEventMap } from './initiative-cards/initiative-cards.js';
export { SinnInitiativeMap, type SinnInitiativeMapEventMap } from './initiative-map/initiative-map.js';
export { SinnEventCalendar, type EventSelectDetail, type SinnEventCalendarEventMap } from './event-calendar/event-calendar.js';
export { SinnMentorSearch, type SinnMentorSearchEventMap } from './mentor-search/mentor-search.js';
export type { MentorRequestSentDetail, MentorSelectDetail } from './mentor-search/events.js';
export {
  SinnJoinForm,
  type JoinSubmitDetail,
  type JoinSuccessDetail,
  type JoinErrorDetail,
  type SinnJoinFormEventMap,
} from './join-form/join-form.js';
export { SinnSurvey, type SurveySubmitDetail, type SinnSurveyEventMap } from './survey/survey.js';
