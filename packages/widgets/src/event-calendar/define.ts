import { defineElement } from '../base/define.js';
import { SinnEventCalendar } from './event-calendar.js';

defineElement('sinn-event-calendar', SinnEventCalendar);
