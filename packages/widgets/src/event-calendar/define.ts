import { defineElement } from '../base/define.js';
import { SinnEventCalendar } from './event-calendar.js';

defineElement('sinn-event-calendar', SinnEventCalendar);

// The class as well: importing this entry alone then gives TypeScript the tag and its events (the element's
// module declares them for document.createElement, querySelector and addEventListener).
export { SinnEventCalendar };
