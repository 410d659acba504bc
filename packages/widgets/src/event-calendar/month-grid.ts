import { EVENT_CATEGORY_IDS } from '@sinn/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { content, contentLang } from '../base/content-lang.js';
import type { LabelLookup } from '../base/taxonomies.js';
import type { Lang } from '../i18n/i18n.js';
import type { GridEvent } from './fields.js';
import { gridStart, isoWeek, monthStart, partsOf, weekdayOf, type Day } from './days.js';
import { statusLabel, statusOf, statusWord } from './status.js';
import { layoutWeek, type Placed, type Segment } from './layout.js';
import { calendarText } from './messages/messages.js';
import { longDay, startTime, weekdays } from './when.js';

// The month as a WAI-ARIA grid (APG "grid" pattern, as in its date picker): one tab stop, the arrow keys move
// between days, Home and End to the week's ends, Page Up and Page Down by month, Enter opens the day. Events
// inside a day are buttons a pointer can use; the keyboard reaches them through the day. Their clicks are heard
// by the calendar around the grid, not by a listener on each of them (a month has a hundred, made anew with
// every render).

/** How many events a day shows before "+N more". */
export const LANES = 3;

export interface GridContext {
  lang: Lang;
  zone: string | undefined;
  /** The vocabulary's labels; `label.known` keeps ids newer than the widget out of the bars' classes. */
  label: LabelLookup;
  month: Day;
  focus: Day;
  today: Day;
  weekNumbers: boolean;
  /** The events of each day, or undefined while they load. */
  byDay: Map<Day, Placed<GridEvent>[]> | undefined;
  /** What a day says while its events load, so that it is not heard as a day without any. */
  loading: string;
  labelledBy: string;
}

/** The day a key moves to from `day`, 'open' for the keys that open it, or undefined for other keys. */
export function keyTarget(key: string, day: Day, ctrl: boolean, shift: boolean): Day | 'open' | undefined {
  const weekday = weekdayOf(day);
  const sameDateIn = (months: number): Day => {
    const { date } = partsOf(day);
    const first = monthStart(day, months);
    return Math.min(first + date - 1, monthStart(day, months + 1) - 1);
  };
  switch (key) {
    case 'ArrowLeft':
      return day - 1;
    case 'ArrowRight':
      return day + 1;
    case 'ArrowUp':
      return day - 7;
    case 'ArrowDown':
      return day + 7;
    case 'Home':
      return ctrl ? monthStart(day) : day - weekday;
    case 'End':
      return ctrl ? monthStart(day, 1) - 1 : day + 6 - weekday;
    case 'PageUp':
      return sameDateIn(shift ? -12 : -1);
    case 'PageDown':
      return sameDateIn(shift ? 12 : 1);
    case 'Enter':
    case ' ':
      return 'open';
    default:
      return undefined;
  }
}

function bar(segment: Segment<GridEvent>, day: Day, context: GridContext, skipped: number): TemplateResult {
  const { event, first, start } = segment.placed;
  const time = !event.allDay && first === day ? `${startTime(event, context.lang, context.zone, start)} ` : '';
  // A bar's words are one text node, unless a status must stand out in them or the German title among English
  // words: with hundreds of bars a month, every element fewer is less for the browser to style and lay out.
  const status = statusOf(event, context.label);
  const word = statusWord(event, context.lang, context.label);
  const words = `${time}${word && `${word}: `}${event.title}`;
  const label = word
    ? html`${time}${statusLabel(event, context.lang, context.label)} <span class="title" lang=${contentLang(context.lang)}>${event.title}</span>`
    : context.lang === 'de'
      ? words
      : html`${time}${content(context.lang, event.title)}`;
  // No whitespace between the tags and parts of the grid's templates (line breaks go inside `${}`): each run of
  // it would be a text node of its own, hundreds in a month, for the browser to lay out.
  // The title shows a mouse the words the bar's width cuts off; being the button's name word for word, it is no
  // description a screen reader would read a second time (browsers drop a description equal to the name).
  return html`<button
    class="lane bar cat-${context.label.known('eventCategories', event.category, EVENT_CATEGORY_IDS)} ${status} span-${segment.span}${skipped ? ` below-${skipped}` : ''}"
    part="event"
    tabindex="-1"
    data-id=${event.occurrenceId}
    title=${words}
  >${label}</button>`;
}

/**
 * A day's lanes as the day draws them: only the bars that start there. A lane it does not draw (a gap, or the
 * bar of an earlier day reaching across it) is no element: the next bar, or "+N more", skips it by its margin
 * (`below-N`), and the events going on from an earlier day are said with the day's date instead (`spoken`).
 * Elements the browser does not make are the cheapest, and a month has dozens of such lanes.
 */
function lanes(own: (Segment<GridEvent> | undefined)[], day: Day, context: GridContext): { drawn: (TemplateResult | typeof nothing)[]; skipped: number; spoken: string } {
  const drawn: (TemplateResult | typeof nothing)[] = [nothing, nothing, nothing];
  let skipped = 0;
  let spoken = context.byDay ? '' : ', ' + context.loading;
  for (let index = 0; index < own.length; index += 1) {
    const segment = own[index];
    if (segment?.from === day) {
      drawn[index] = bar(segment, day, context, skipped);
      skipped = 0;
      continue;
    }
    if (segment) spoken += `, ${calendarText(context.lang, 'calendar.continued', { title: segment.placed.event.title })}`;
    skipped += 1;
  }
  return { drawn, skipped, spoken };
}

export function monthGrid(context: GridContext): TemplateResult {
  const { lang, month } = context;
  const start = gridStart(month);
  const names = weekdays(lang);
  const next = monthStart(month, 1);
  // The six weeks, their seven days and a day's LANES (3) lanes are written out, not mapped from arrays: Lit
  // marks each item of an array with two comments of its own, hundreds in a month.
  const row = (index: number): TemplateResult => {
    const weekStart = start + index * 7;
    const week = context.byDay ? layoutWeek(weekStart, context.byDay, LANES) : { lanes: [[], [], [], [], [], [], []], hidden: [0, 0, 0, 0, 0, 0, 0] };
    const cell = (weekday: number): TemplateResult => {
      const day = weekStart + weekday;
      const hidden = week.hidden[weekday]!;
      const own = week.lanes[weekday]!;
      const outside = day < month || day >= next;
      const long = longDay(day, lang);
      const { drawn, skipped, spoken } = lanes(own, day, context);
      return html`<td
        class=${`day${outside ? ' outside' : ''}${day === context.today ? ' today' : ''}`}
        data-day=${day}
        data-date=${partsOf(day).date}
        data-spoken=${long + spoken}
        tabindex=${day === context.focus ? '0' : '-1'}
        aria-current=${day === context.today ? 'date' : nothing}
      >${drawn[0]}${drawn[1]}${drawn[2]}${
        hidden
          ? html`<button
              class="more${skipped ? ` below-${skipped}` : ''}"
              part="more"
              tabindex="-1"
              aria-label=${calendarText(lang, hidden === 1 ? 'calendar.more.label.one' : 'calendar.more.label', { count: hidden, date: long })}
            >${calendarText(lang, hidden === 1 ? 'calendar.more.one' : 'calendar.more', { count: hidden })}</button>`
          : nothing
      }</td>`;
    };
    return html`<tr>${context.weekNumbers ? html`<th scope="row" class="week">${isoWeek(weekStart)}</th>` : nothing}${cell(0)}${cell(1)}${cell(2)}${cell(3)}${cell(4)}${cell(5)}${cell(6)}</tr>`;
  };
  return html`<table role="grid" class="grid" part="grid" aria-labelledby=${context.labelledBy} aria-busy=${!context.byDay}><thead><tr>${
    context.weekNumbers
      ? html`<th scope="col" class="week" aria-label=${calendarText(lang, 'calendar.week.label')}>${calendarText(lang, 'calendar.week')}</th>`
      : nothing
  }${names.map(([short, long]) => html`<th scope="col" aria-label=${long}>${short}</th>`)}</tr></thead><tbody>${row(0)}${row(1)}${row(2)}${row(3)}${row(4)}${row(5)}</tbody></table>`;
}
