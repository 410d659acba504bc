// "Every visible event is painted": the one test both calendar benchmarks make of both calendars, in the page.
// The warm re-render (calendar-page.ts) and the cold load (cold-observer.ts) count the same things the same way.

// FullCalendar 7 writes hashed class names; its events carry their colour as an inline custom property, its
// "+N more" links are buttons that open a dialog (in 7.1.0 inside a role="gridcell", in 7.1.5 no longer; nothing
// else in its month view opens one). It renders its events hidden, measures them and shows them
// placed, so an event counts once it is no longer hidden.
const FC_EVENT = '[style*="--fc-event-color"]';
const FC_MORE = '[aria-haspopup="dialog"]';

/** What the checks read of one calendar on the page. */
export interface CalendarProbe {
  /** Every visible event is in the DOM, shown (the frame that renders this state paints them all). */
  ready(): boolean;
  /** Event bars and "+N more" buttons in the DOM. */
  bars(): number;
  more(): number;
}

/** <sinn-event-calendar>'s month grid: it says it is done with aria-busy="false" once its events are drawn. */
export function sinnProbe(element: Element): CalendarProbe {
  const grid = () => element.shadowRoot?.querySelector('table[role="grid"]');
  return {
    ready: () => grid()?.getAttribute('aria-busy') === 'false',
    bars: () => grid()?.querySelectorAll('button.bar').length ?? 0,
    more: () => grid()?.querySelectorAll('button.more').length ?? 0,
  };
}

/** FullCalendar's month view inside `element`. */
export function fullCalendarProbe(element: Element): CalendarProbe {
  return {
    ready: () => element.querySelector(FC_EVENT) !== null && element.querySelector('[style*="visibility: hidden"]') === null,
    bars: () => element.querySelectorAll(FC_EVENT).length,
    more: () => element.querySelectorAll(FC_MORE).length,
  };
}
