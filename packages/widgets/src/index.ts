// The element classes, without registering any tag: import `@sinn/widgets/define/<element>` for that.
export { SinnElement } from './base/sinn-element.js';
export { SinnInitiativeCards, type InitiativeSelectDetail } from './initiative-cards/initiative-cards.js';
export { SinnEventCalendar, type EventSelectDetail } from './event-calendar/event-calendar.js';
export { SinnJoinForm, type JoinSubmitDetail, type JoinSuccessDetail, type JoinErrorDetail } from './join-form/join-form.js';
