// <sinn-event-calendar> in Chromium, against the real SINN server (its demo data and the calendar fixtures of
// scripts/lib/widget-test-api.ts) behind the fault proxy: the month grid, the agenda, the upcoming list, the
// keyboard, the detail with "add to calendar", and the network misbehaving.
import { expect, fixture, html } from '@open-wc/testing';
import type { Event, EventDetail, EventList } from '@sinn/sdk';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { describe, it } from '../../test/mocha.js';
import { API, freshPageEachTest, fromApi, injectFault, namesHeard, paramsOf, PROXY, resetProxy, seen, seenGets, setWhileAsking, settle, shadowOf, textOf, until } from '../../test/sinn-test.js';
import { errorStateOf, unknownSaid, unshowableSaid, watchThePage } from '../../test/unfit-answers.js';
import { catchWarnings } from '../../test/warnings.js';
import './define.js';
import type { SinnEventCalendar } from './event-calendar.js';

const LIST = '/v1/events';
/** What the month asks for of each event: what its grid and, in a narrow column, its agenda draw. */
const MONTH_FIELDS = 'title,start,end,allDay,status,category,location,format';
/** What the agenda and the upcoming list ask for: what their rows draw. */
const ROW_FIELDS = 'title,start,end,allDay,status,category,location,format';
/** What the JSON-LD of structured-data writes besides. */
const JSON_LD_FIELDS = 'summary,onlineUrl,organiser,image,registration';

/** The day number the grid's cells carry in `data-day`. */
const dayNumber = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
const isoOfDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

const grid = (element: Element) => shadowOf(element).querySelector<HTMLTableElement>('table[role="grid"]');
const cell = (element: Element, iso: string) => shadowOf(element).querySelector<HTMLTableCellElement>(`td[data-day="${dayNumber(iso)}"]`);
const bars = (scope: ParentNode | null) => [...(scope?.querySelectorAll<HTMLButtonElement>('.bar') ?? [])];
const barOf = (element: Element, iso: string, title: string) => bars(cell(element, iso)).find((bar) => textOf(bar).includes(title));
const title = (element: Element) => textOf(shadowOf(element).querySelector('[part~="title"]'));
const dialog = (element: Element) => shadowOf(element).querySelector<HTMLDialogElement>('dialog');
const rows = (scope: ParentNode | null) => [...(scope?.querySelectorAll<HTMLButtonElement>('button.row') ?? [])];
const focused = (element: Element) => shadowOf(element).activeElement as HTMLElement | null;
const errorBox = (element: Element) => shadowOf(element).querySelector<HTMLElement>('.state.error');
/** What assistive technology gets for a day's drawn number: its long date and the events going on from earlier days. */
const spoken = (td: Element) => getComputedStyle(td, '::before').content.replace(/^"\d+" \/ "(.*)"$/, '$1');
const goingOn = (td: Element) => spoken(td).split(' (Fortsetzung)').length - 1;

async function mount(template: ReturnType<typeof html>): Promise<SinnEventCalendar> {
  const found = await fixture<HTMLElement>(template);
  return (found.localName === 'sinn-event-calendar' ? found : found.querySelector('sinn-event-calendar')!) as SinnEventCalendar;
}

/** Waits for the month's events to be in the grid. */
async function showsMonth(element: Element): Promise<void> {
  await until(() => grid(element)?.getAttribute('aria-busy') === 'false', 'the month is shown');
}

async function showsList(element: Element): Promise<void> {
  await until(() => rows(shadowOf(element)).length > 0, 'the events are listed');
}

/**
 * A calendar of December 2026 given the events of Zwickau through its events property (as a page that has its own
 * events does), after its first update, with the proxy's record of requests emptied; removed after `test`.
 */
async function withGivenEvents(test: (element: SinnEventCalendar, given: Event[]) => Promise<void>): Promise<void> {
  const given = await eventsBetween('2026-12-01', '2027-01-01', '&region=zwickau');
  await resetProxy();
  const element = document.createElement('sinn-event-calendar') as SinnEventCalendar;
  element.setAttribute('month', '2026-12');
  element.events = given;
  document.body.append(element);
  try {
    await element.updateComplete;
    await test(element, given);
  } finally {
    element.remove();
  }
}

/** Every event of a range from the API itself, page after page. */
async function eventsBetween(from: string, to: string, filter = ''): Promise<Event[]> {
  const events: Event[] = [];
  let cursor = '';
  do {
    const page = await fromApi<EventList>(`${LIST}?from=${from}&to=${to}&limit=100${filter}${cursor ? `&cursor=${cursor}` : ''}`);
    events.push(...page.items);
    cursor = page.nextCursor ?? '';
  } while (cursor);
  return events;
}

/** The Berlin days an event covers, read from the offsets the API writes (its dates are Berlin's). */
function berlinDays(event: Event): number[] {
  const first = dayNumber(event.start);
  let last = dayNumber(event.end);
  if (event.end.slice(11, 19) === '00:00:00') last -= 1; // the end is exclusive
  return Array.from({ length: Math.max(1, last - first + 1) }, (_, index) => first + index);
}

/** A real event of December 2026 in the district of Zwickau, changed, and without the fields `remove` names. */
async function anEvent(changes: Partial<Record<keyof Event, unknown>>, remove: (keyof Event)[] = []): Promise<Record<string, unknown>> {
  const { items } = await fromApi<EventList>(`${LIST}?from=2026-12-01&limit=1&region=zwickau`);
  const event: Record<string, unknown> = { ...items[0]!, allDay: false, ...changes };
  for (const key of remove) delete event[key];
  return event;
}

/**
 * The next answer of the events list (a month's, or an agenda's) is this one event, whatever was asked; `whole`
 * changes (or, without a value, removes) what the next whole record of an event opened holds.
 */
async function answerWith(event: Record<string, unknown>, whole: { path: string[]; value?: unknown }[] = []): Promise<void> {
  await injectFault(
    {
      kind: 'rewrite',
      path: LIST,
      set: [
        { path: ['items'], value: [event] },
        { path: ['total'], value: 1 },
        { path: ['nextCursor'], value: null },
      ],
    },
    ...(whole.length ? [{ kind: 'rewrite' as const, path: `${LIST}/`, set: whole }] : []),
  );
}

const ERROR_STATE = 'Die Daten konnten nicht geladen werden. Die Antwort des SINN-Servers ließ sich nicht darstellen. Erneut versuchen';

describe('<sinn-event-calendar>', () => {
  freshPageEachTest();

  describe('the month grid', () => {
    it('shows every event of November 2026 on its days, Monday first, in German', async () => {
      const element = await mount(html`<sinn-event-calendar month="2026-11"></sinn-event-calendar>`);
      await showsMonth(element);
      expect(title(element)).to.equal('November 2026');
      const headers = [...grid(element)!.querySelectorAll('thead th')];
      expect(headers.map(textOf)).to.deep.equal(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
      // A screen reader hears the weekday's whole name.
      expect(headers.map((th) => th.getAttribute('aria-label'))).to.deep.equal(['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']);
      // The grid's six weeks: from Monday 26 October to Sunday 6 December.
      const expected = new Map<number, Event[]>();
      for (const event of await eventsBetween('2026-10-26', '2026-12-07')) {
        for (const day of berlinDays(event)) expected.set(day, [...(expected.get(day) ?? []), event]);
      }
      let checked = 0;
      for (let day = dayNumber('2026-10-26'); day < dayNumber('2026-12-07'); day += 1) {
        const td = cell(element, isoOfDay(day))!;
        const shownHere = td.querySelectorAll('.bar').length + goingOn(td);
        const more = Number(/\d+/.exec(td.querySelector('.more')?.getAttribute('aria-label') ?? '0')?.[0]);
        expect(shownHere + more, `events on ${isoOfDay(day)}`).to.equal(expected.get(day)?.length ?? 0);
        // A timed event starting that day shows its Berlin start time.
        for (const event of expected.get(day) ?? []) {
          const bar = bars(td).find((candidate) => textOf(candidate).endsWith(event.title));
          if (bar && !event.allDay && dayNumber(event.start) === day) {
            expect(textOf(bar)).to.match(new RegExp(`^${event.start.slice(11, 16)} `));
            checked += 1;
          }
        }
      }
      expect(checked, 'start times checked').to.be.greaterThan(10);
      // A day's number is drawn, its long date spoken in its place, and after it the events going on from an
      // earlier day, whose bars reach across it.
      const days = [...grid(element)!.querySelectorAll('td')];
      expect(getComputedStyle(cell(element, '2026-11-10')!, '::before').content).to.match(/^"10" \/ "Dienstag, 10\. November 2026[,"]/);
      expect(days.filter((td) => goingOn(td) > 0).length, 'multi-day events go on in other days').to.be.greaterThan(0);
      // Each bar in its lane, none over another: a day draws only the bars that start there, and skips the lanes
      // the bars of earlier days cover; "+N more" stays below them all.
      const boxes = [...grid(element)!.querySelectorAll<HTMLElement>('.bar, .more')].map((item) => ({ item, box: item.getBoundingClientRect() }));
      for (const [index, { item, box }] of boxes.entries()) {
        for (const other of boxes.slice(index + 1)) {
          const across = box.left < other.box.right - 1 && other.box.left < box.right - 1;
          const over = box.top < other.box.bottom - 1 && other.box.top < box.bottom - 1;
          expect(across && over, `${textOf(item)} and ${textOf(other.item)} overlap`).to.equal(false);
        }
      }
      expect(grid(element)!.querySelectorAll('.below-1, .below-2, .below-3').length, 'days skip lanes').to.be.greaterThan(0);
      expect(textOf(shadowOf(element).querySelector('[part="summary"]'))).to.match(/^\d+ Termine im November 2026$/);
    });

    it('marks today and makes it the one day in the tab order', async () => {
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
      const element = await mount(html`<sinn-event-calendar month=${today.slice(0, 7)}></sinn-event-calendar>`);
      await showsMonth(element);
      expect(cell(element, today)!.getAttribute('aria-current')).to.equal('date');
      expect(shadowOf(element).querySelectorAll('[aria-current="date"]')).to.have.length(1);
      const tabbable = shadowOf(element).querySelectorAll('td[tabindex="0"]');
      expect(tabbable).to.have.length(1);
      expect(tabbable[0]).to.equal(cell(element, today));
    });

    it('speaks English with lang="en"', async () => {
      const element = await mount(html`<sinn-event-calendar lang="en" month="2026-11"></sinn-event-calendar>`);
      await showsMonth(element);
      expect(title(element)).to.equal('November 2026');
      expect(textOf(grid(element)!.querySelector('thead th'))).to.equal('Mon');
      expect(grid(element)!.querySelector('thead th')!.getAttribute('aria-label')).to.equal('Monday');
      expect(textOf(shadowOf(element).querySelector('[part="summary"]'))).to.match(/^\d+ events in November 2026$/);
      expect(textOf(shadowOf(element).querySelector('[part~="today"]'))).to.equal('Today');
    });

    it('shows the two 02:30 of the autumn switch at 02:30, summer time first', async () => {
      const element = await mount(html`<sinn-event-calendar month="2026-10" region="leipzig"></sinn-event-calendar>`);
      await showsMonth(element);
      const shown = bars(cell(element, '2026-10-25')).map((bar) => textOf(bar));
      const before = shown.findIndex((text) => text.includes('vor der Zeitumstellung'));
      const after = shown.findIndex((text) => text.includes('nach der Zeitumstellung'));
      expect(shown[before]).to.match(/^02:30 /);
      expect(shown[after]).to.match(/^02:30 /);
      expect(before).to.be.lessThan(after);
    });

    it('shows 02:30 entered on the spring switch, a time Berlin skips, at 03:30', async () => {
      const element = await mount(html`<sinn-event-calendar month="2027-03" region="bautzen"></sinn-event-calendar>`);
      await showsMonth(element);
      expect(textOf(barOf(element, '2027-03-28', 'Frühschicht zur Zeitumstellung'))).to.match(/^03:30 /);
    });

    it('draws an event from Saturday to Tuesday as one bar in each week', async () => {
      const element = await mount(html`<sinn-event-calendar month="2026-12" region="goerlitz"></sinn-event-calendar>`);
      await showsMonth(element);
      const name = 'Werkstatttage über das Wochenende';
      const saturday = barOf(element, '2026-12-12', name)!;
      const monday = barOf(element, '2026-12-14', name)!;
      expect(saturday.classList.contains('span-2'), 'Saturday and Sunday').to.equal(true);
      expect(monday.classList.contains('span-2'), 'Monday and Tuesday').to.equal(true);
      expect(barOf(element, '2026-12-13', name)).to.equal(undefined);
      expect(spoken(cell(element, '2026-12-13')!)).to.contain(`${name} (Fortsetzung)`);
      // The bar reaches across the next day's cell.
      const sundayCell = cell(element, '2026-12-13')!.getBoundingClientRect();
      expect(saturday.getBoundingClientRect().right).to.be.greaterThan(sundayCell.left + sundayCell.width * 0.8);
    });

    it('says "Abgesagt" on a cancelled event, not only by striking it through', async () => {
      const element = await mount(html`<sinn-event-calendar month="2026-12" region="zwickau"></sinn-event-calendar>`);
      await showsMonth(element);
      const bar = barOf(element, '2026-12-03', 'Abgesagter Stammtisch')!;
      expect(textOf(bar.querySelector('[part~="status"]'))).to.equal('Abgesagt');
      // Parted from the title by more than a space, where both are set in bold.
      expect(textOf(bar)).to.contain('Abgesagt: Abgesagter Stammtisch');
    });

    it('opens a day with more events than fit from its "+N weitere" with all of them', async () => {
      const element = await mount(html`<sinn-event-calendar month="2026-11"></sinn-event-calendar>`);
      await showsMonth(element);
      const more = shadowOf(element).querySelector<HTMLButtonElement>('.more');
      expect(more, 'a day in November 2026 has more than three events').to.not.equal(null);
      const td = more!.closest('td')!;
      const inLanes = td.querySelectorAll('.bar').length + goingOn(td);
      const hidden = Number(/\d+/.exec(textOf(more))![0]);
      more!.click();
      await until(() => dialog(element)?.open, 'the day opens');
      expect(rows(dialog(element))).to.have.length(inLanes + hidden);
    });

    it('asks for the six weeks of a month with only what the grid and its agenda draw, and the months around it when the navigation is reached', async () => {
      const element = await mount(html`<sinn-event-calendar month="2027-02" category="workshop"></sinn-event-calendar>`);
      await showsMonth(element);
      const [first] = await seenGets(LIST);
      // February 2027's grid runs from Monday 1 February to Sunday 14 March; a day more on each side.
      expect([paramsOf(first!).get('from'), paramsOf(first!).get('to'), paramsOf(first!).get('category')]).to.deep.equal(['2027-01-31', '2027-03-16', 'workshop']);
      expect(paramsOf(first!).get('fields')).to.equal(MONTH_FIELDS);
      // A month nobody browses is all the page downloads.
      await settle(600);
      expect(await seenGets(LIST), 'no month ahead of time').to.have.length(1);
      // The focus (or the pointer) reaching the navigation fetches the months around.
      shadowOf(element).querySelector<HTMLButtonElement>('[part~="next"]')!.focus();
      await until(async () => (await seenGets(LIST)).length >= 3, 'the neighbouring months are fetched ahead');
      const ahead = (await seenGets(LIST)).slice(1);
      expect(ahead.map((request) => paramsOf(request).get('from')).sort()).to.deep.equal(['2026-12-27', '2027-02-28']);
      expect(ahead.map((request) => paramsOf(request).get('fields'))).to.deep.equal([MONTH_FIELDS, MONTH_FIELDS]);
      // Going to the next month shows it without asking for it again: it is there already.
      shadowOf(element).querySelector<HTMLButtonElement>('[part~="next"]')!.click();
      await until(() => title(element) === 'März 2027', 'March is shown');
      await showsMonth(element);
      const march = (await seenGets(LIST)).filter((request) => paramsOf(request).get('from') === '2027-02-28');
      expect(march).to.have.length(1);
      // Still at the navigation, the months around March come too.
      await until(async () => (await seenGets(LIST)).some((request) => paramsOf(request).get('from') === '2027-03-28'), 'April ahead');
    });

    it('is an agenda from its first painted frame in a narrow column of a wide window', async () => {
      // The first render guesses from the window, which here says "wide"; the element is measured after that
      // render and must turn into the agenda before anything is painted.
      expect(innerWidth / 16, 'a window wide enough for the grid').to.be.at.least(40);
      const events = await eventsBetween('2026-12-01', '2027-01-01', '&region=zwickau');
      const column = document.createElement('div');
      column.style.width = '30em';
      const element = document.createElement('sinn-event-calendar') as SinnEventCalendar;
      element.setAttribute('month', '2026-12');
      element.events = events;
      column.append(element);
      document.body.append(column);
      try {
        await new Promise(requestAnimationFrame);
        expect(grid(element), 'no grid in the first frame').to.equal(null);
        expect(rows(shadowOf(element))).to.have.length(events.length);
      } finally {
        column.remove();
      }
    });

    it('becomes an agenda of the month in a container narrower than 40em', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 30em"><sinn-event-calendar month="2026-12" region="zwickau"></sinn-event-calendar></div>`);
      const element = wrapper.querySelector('sinn-event-calendar')!;
      await showsList(element);
      expect(grid(element)).to.equal(null);
      expect(title(element)).to.equal('Dezember 2026');
      const headings = [...shadowOf(element).querySelectorAll('[part="day-heading"]')].map((heading) => textOf(heading));
      expect(headings).to.include('Donnerstag, 3. Dezember 2026');
      wrapper.style.width = '60em';
      await until(() => grid(element), 'the grid comes back when there is room');
    });

    it('says a month without events once in a narrow column, and offers the next month', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 20em"><sinn-event-calendar month="2035-07" region="vogtlandkreis"></sinn-event-calendar></div>`);
      const element = wrapper.querySelector('sinn-event-calendar')!;
      const root = shadowOf(element);
      await until(() => textOf(root.querySelector('[part="summary"]')) === 'Keine Termine im Juli 2035', "the month's summary");
      await element.updateComplete;
      expect(grid(element), 'the agenda of the month').to.equal(null);
      expect(textOf(root.querySelector('section')!).split('Keine Termine im Juli 2035'), 'the sentence once').to.have.length(2);
      expect(root.querySelector('[part="empty"]'), 'no second sentence').to.equal(null);
      expect(root.querySelector('[part="agenda"]'), 'no empty list').to.equal(null);
      expect(textOf(root.querySelector('[part~="next-month"]'))).to.equal('Nächster Monat: August 2035');
    });

    it("offers the next month at the end of a month's agenda, and goes on from its navigation", async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 20em"><sinn-event-calendar month="2026-12" region="zwickau"></sinn-event-calendar></div>`);
      const element = wrapper.querySelector('sinn-event-calendar')!;
      await showsList(element);
      const end = shadowOf(element).querySelector<HTMLButtonElement>('[part~="next-month"]')!;
      expect(textOf(end)).to.equal('Nächster Monat: Januar 2027');
      const lastRow = rows(shadowOf(element)).at(-1)!;
      expect(end.getBoundingClientRect().top, 'under the last event').to.be.greaterThan(lastRow.getBoundingClientRect().bottom);
      end.focus();
      end.click();
      await until(() => title(element) === 'Januar 2027', 'January');
      expect(focused(element), "the header's next-month button").to.equal(shadowOf(element).querySelector('[part~="next"]'));
      await until(() => textOf(shadowOf(element).querySelector('[part~="next-month"]')) === 'Nächster Monat: Februar 2027', "January's end offers February");
    });
  });

  describe('by keyboard alone', () => {
    it('moves through three months with the arrows and Page Down, opens a day with Enter and an event from it', async () => {
      const element = await mount(html`<sinn-event-calendar month="2026-11"></sinn-event-calendar>`);
      await showsMonth(element);
      (shadowOf(element).querySelector('td[tabindex="0"]') as HTMLElement).focus();
      // From 1 November: right, down, then three months on, keeping the date.
      cell(element, '2026-11-01')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(element)).to.equal(cell(element, '2026-11-02'));
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(element)).to.equal(cell(element, '2026-11-09'));
      await sendKeys({ press: 'End' });
      expect(focused(element)).to.equal(cell(element, '2026-11-15'));
      for (const [month, iso] of [
        ['Dezember 2026', '2026-12-15'],
        ['Januar 2027', '2027-01-15'],
        ['Februar 2027', '2027-02-15'],
      ]) {
        await sendKeys({ press: 'PageDown' });
        await until(() => title(element) === month && focused(element) === cell(element, iso!), `${month} with the 15th focused`);
        expect(shadowOf(element).querySelectorAll('td[tabindex="0"]')).to.have.length(1);
      }
      await sendKeys({ press: 'PageUp' });
      await until(() => title(element) === 'Januar 2027' && focused(element) === cell(element, '2027-01-15'), 'back to January');
      // Arrow out of the month into the next one.
      cell(element, '2027-01-31')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await until(() => title(element) === 'Februar 2027' && focused(element) === cell(element, '2027-02-01'), 'on into February');
      await showsMonth(element);
      // Enter on a day with events opens it; Tab reaches its first event, Enter opens that.
      const withEvents = [...shadowOf(element).querySelectorAll<HTMLElement>('td.day:not(.outside)')].find((td) => bars(td).length > 0)!;
      withEvents.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => dialog(element)?.open, 'the day opens');
      const first = rows(dialog(element))[0]!;
      const eventTitle = textOf(first.querySelector('.title'));
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(first);
      await sendKeys({ press: 'Enter' });
      await until(() => textOf(dialog(element)?.querySelector('h2 .title')) === eventTitle, 'the event opens');
      // Escape closes the event, back to the day's list and to the event in it, as from a dialog over another.
      await sendKeys({ press: 'Escape' });
      await until(() => dialog(element)?.open && rows(dialog(element)).length > 0 && focused(element) === rows(dialog(element))[0], 'back on the event in the day');
      // The next one, and then the day closes too.
      if (rows(dialog(element)).length > 1) {
        await sendKeys({ press: 'Tab' });
        expect(focused(element)).to.equal(rows(dialog(element))[1]);
      }
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog(element), 'the dialog closes');
      expect(focused(element), 'focus back on the day').to.equal(withEvents);
    });
  });

  describe('agenda and upcoming', () => {
    it('lists the events from a day grouped under their days', async () => {
      const expected = await fromApi<EventList>(`${LIST}?from=2026-12-01&limit=8&region=dresden`);
      const element = await mount(html`<sinn-event-calendar view="agenda" from="2026-12-01" limit="8" region="dresden"></sinn-event-calendar>`);
      await showsList(element);
      expect(rows(shadowOf(element)).map((row) => textOf(row.querySelector('.title')))).to.deep.equal(expected.items.map((item) => item.title));
      // Only what the rows draw.
      expect((await seenGets(LIST)).map((request) => paramsOf(request).get('fields'))).to.deep.equal([ROW_FIELDS]);
      const firstDay = new Intl.DateTimeFormat('de-DE', { dateStyle: 'full', timeZone: 'Europe/Berlin' }).format(new Date(expected.items[0]!.start));
      expect(textOf(shadowOf(element).querySelector('[part="day-heading"]'))).to.equal(firstDay);
    });

    it('lists the region a page script sets after its first request went out, before its first render', async () => {
      const expected = await fromApi<EventList>(`${LIST}?from=2026-12-01&limit=4&region=leipzig`);
      const element = await setWhileAsking<SinnEventCalendar>(
        'sinn-event-calendar',
        { view: 'upcoming', from: '2026-12-01', limit: '4', region: 'dresden' },
        { region: 'leipzig' },
      );
      const wanted = expected.items.map((item) => item.title).join(' | ');
      const listed = () => rows(shadowOf(element)).map((row) => textOf(row.querySelector('.title'))).join(' | ');
      await until(() => listed() === wanted, 'the events of Leipzig');
      // The request asked with the attribute as it was is aborted, before or after it reached the server.
      const regions = (await seenGets(LIST)).map((request) => paramsOf(request).get('region'));
      expect(regions.at(-1)).to.equal('leipzig');
      await settle(300);
      expect(listed(), 'no later answer for Dresden replaced them').to.equal(wanted);
    });

    it('loads more with the cursor and moves the focus to the first new event', async () => {
      const element = await mount(html`<sinn-event-calendar view="agenda" from="2026-12-01" limit="3"></sinn-event-calendar>`);
      await showsList(element);
      shadowOf(element).querySelector<HTMLButtonElement>('[part~="more"]')!.click();
      await until(() => rows(shadowOf(element)).length === 6, 'six events');
      expect(focused(element)).to.equal(rows(shadowOf(element))[3]);
      const [, second] = await seenGets(LIST);
      expect(paramsOf(second!).get('cursor')).to.be.a('string');
    });

    it('shows the next events of a region for a sidebar, in English with lang="en"', async () => {
      const expected = await fromApi<EventList>(`${LIST}?from=2026-12-01&limit=3&region=chemnitz`);
      const element = await mount(html`<sinn-event-calendar view="upcoming" from="2026-12-01" limit="3" region="chemnitz" lang="en"></sinn-event-calendar>`);
      await showsList(element);
      expect(title(element)).to.equal('Upcoming events');
      expect(rows(shadowOf(element)).map((row) => textOf(row.querySelector('.title')))).to.deep.equal(expected.items.map((item) => item.title));
      // Three of more, and no button for the rest: the line says so.
      expect(expected.total).to.be.greaterThan(3);
      expect(textOf(shadowOf(element).querySelector('[part="summary"]'))).to.equal(`The next 3 of ${expected.total} events`);
    });

    it('says one event as one, and all of them where the upcoming list shows all', async () => {
      const one = await fromApi<EventList>(`${LIST}?from=2035-06-01&limit=5&region=meissen`);
      expect(one.total).to.equal(1);
      const element = await mount(html`<sinn-event-calendar view="upcoming" from="2035-06-01" region="meissen"></sinn-event-calendar>`);
      await showsList(element);
      expect(textOf(shadowOf(element).querySelector('[part="summary"]'))).to.equal('1 Termin');
    });

    // In a sidebar, the page goes on under the list: an event's row (a title of one line) is as tall as the
    // skeleton's, so nothing moves when the events come, in a phone's column (the rows' narrow layout) and wider.
    for (const width of ['20em', '40em']) {
      it(`holds its height while its events come, ${width} wide`, async () => {
        // A title that is one line in any font: "Zukunftswerkstatt mit Anmeldung" is two in a wide one, at 20em.
        await injectFault({ kind: 'rewrite', ms: 1500, path: LIST, set: [{ path: ['items', 0, 'title'], value: 'Stammtisch' }] });
        const element = await mount(html`<div style=${`width: ${width}`}>
          <sinn-event-calendar view="upcoming" from="2035-06-01" region="meissen" limit="1"></sinn-event-calendar>
        </div>`);
        await until(() => shadowOf(element).querySelector('.skeleton-rows'), 'the skeleton');
        const waiting = { element: element.getBoundingClientRect().height, row: shadowOf(element).querySelector('.skeleton-rows .row')!.getBoundingClientRect().height };
        await showsList(element);
        const [row] = rows(shadowOf(element));
        expect(row!.querySelector('.title')!.getClientRects(), 'the title takes one line').to.have.length(1);
        expect(row!.getBoundingClientRect().height).to.equal(waiting.row);
        expect(element.getBoundingClientRect().height).to.equal(waiting.element);
      });
    }

    it('speaks English in the agenda and German in the upcoming list', async () => {
      const english = await mount(html`<sinn-event-calendar view="agenda" from="2026-12-01" limit="3" lang="en"></sinn-event-calendar>`);
      await showsList(english);
      expect(textOf(shadowOf(english).querySelector('[part="day-heading"]'))).to.match(/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d+ December 2026$/);
      expect(textOf(shadowOf(english).querySelector('[part~="more"]'))).to.equal('Load more events');
      const german = await mount(html`<sinn-event-calendar view="upcoming" from="2026-12-01" limit="3"></sinn-event-calendar>`);
      await showsList(german);
      expect(title(german)).to.equal('Nächste Termine');
      expect(textOf(rows(shadowOf(german))[0]!.querySelector('.time .visually-hidden'))).to.match(/Dezember 2026/);
    });

    // A list shows an event once, under its first day: one of several days says them all, in the page's language.
    it('says the days of an event of several, all day or timed, where an event of one says its time', async () => {
      await answerWith(await anEvent({ title: 'Sommercamp', allDay: true, start: '2026-12-14T00:00:00+01:00', end: '2026-12-17T00:00:00+01:00' }));
      const german = await mount(html`<sinn-event-calendar view="agenda" from="2026-12-01" limit="3"></sinn-event-calendar>`);
      await showsList(german);
      expect(textOf(rows(shadowOf(german))[0]!.querySelector('.time'))).to.equal('14.–16. Dez.');
      await answerWith(await anEvent({ title: 'Jahrestagung', start: '2026-12-31T18:00:00+01:00', end: '2027-01-02T14:00:00+01:00' }));
      const english = await mount(html`<sinn-event-calendar view="upcoming" from="2026-12-01" limit="3" lang="en"></sinn-event-calendar>`);
      await showsList(english);
      expect(textOf(rows(shadowOf(english))[0]!.querySelector('.time'))).to.equal('Thursday, 31 December 2026, 31 Dec 2026 – 2 Jan 2027');
      await answerWith(await anEvent({ title: 'Stammtisch', start: '2026-12-14T18:00:00+01:00', end: '2026-12-14T21:00:00+01:00' }));
      const one = await mount(html`<sinn-event-calendar view="agenda" from="2026-12-01" limit="3"></sinn-event-calendar>`);
      await showsList(one);
      expect(textOf(rows(shadowOf(one))[0]!.querySelector('.time'))).to.equal('18:00');
    });

    it('says so when nothing matches', async () => {
      const element = await mount(html`<sinn-event-calendar view="agenda" from="2035-07-01" region="vogtlandkreis"></sinn-event-calendar>`);
      await until(() => shadowOf(element).querySelector('.state.empty'), 'the empty sentence');
      expect(textOf(shadowOf(element).querySelector('.state.empty'))).to.contain('keine Termine');
    });
  });

  describe('the detail of an event', () => {
    async function openEvent(element: SinnEventCalendar, iso: string, name: string): Promise<HTMLDialogElement> {
      await showsMonth(element);
      barOf(element, iso, name)!.click();
      await until(() => dialog(element)?.open, 'the detail opens');
      return dialog(element)!;
    }

    it('says when, where (with access), who, and until when to register', async () => {
      const element = await mount(html`<sinn-event-calendar month="2035-06" region="meissen"></sinn-event-calendar>`);
      const detail = await openEvent(element, '2035-06-12', 'Zukunftswerkstatt mit Anmeldung');
      const facts = textOf(detail.querySelector('[part="facts"]'));
      expect(facts).to.contain('Dienstag, 12. Juni 2035, 10:00–16:00');
      expect(facts).to.contain('Kulturhaus, Markt 1, 01662 Meißen');
      expect(facts).to.contain('Barrierefreiheit: Stufenloser Zugang, Hörschleife');
      expect(facts).to.contain('Anmeldung bis 05.06.2035, 23:59');
      // Its styles came with its code: the facts stand as labels beside their values.
      expect(getComputedStyle(detail.querySelector('[part="facts"]')!).display).to.equal('grid');
      expect(detail.querySelector<HTMLAnchorElement>('[part~="registration"]')!.href).to.equal('https://sinn.example.org/anmeldung/test-anmeldung-offen');
    });

    it('says registration is closed after its deadline, with no link', async () => {
      const element = await mount(html`<sinn-event-calendar month="2026-11" region="meissen"></sinn-event-calendar>`);
      const detail = await openEvent(element, '2026-11-10', 'Werkstatt mit abgelaufener Anmeldung');
      expect(textOf(detail.querySelector('[part="facts"]'))).to.contain('Die Anmeldung ist geschlossen.');
      expect(detail.querySelector('[part~="registration"]')).to.equal(null);
    });

    it('offers the event as an .ics file, in Google and Outlook, and the filtered feed to subscribe to', async () => {
      const element = await mount(html`<sinn-event-calendar month="2035-06" region="meissen"></sinn-event-calendar>`);
      const detail = await openEvent(element, '2035-06-12', 'Zukunftswerkstatt mit Anmeldung');
      const ics = detail.querySelector<HTMLAnchorElement>('[part~="ics"]')!;
      expect(ics.href).to.equal(`${PROXY}/v1/events/test-anmeldung-offen.ics`);
      const file = await fetch(ics.href.replace(PROXY, API));
      expect(file.headers.get('content-type')).to.match(/^text\/calendar/);
      expect(await file.text()).to.contain('SUMMARY:Zukunftswerkstatt mit Anmeldung');
      const google = new URL(detail.querySelector<HTMLAnchorElement>('[part~="google"]')!.href);
      expect(google.hostname).to.equal('calendar.google.com');
      expect(google.searchParams.get('dates')).to.equal('20350612T080000Z/20350612T140000Z');
      const outlook = new URL(detail.querySelector<HTMLAnchorElement>('[part~="outlook"]')!.href);
      expect(outlook.searchParams.get('startdt')).to.equal('2035-06-12T10:00:00+02:00');
      // Each link to another site opens a new window, and says so to a screen reader.
      const blank = [...detail.querySelectorAll<HTMLAnchorElement>('a[target="_blank"]')];
      expect(blank.length).to.be.at.least(3);
      expect(blank.map((link) => textOf(link.querySelector('.visually-hidden')))).to.deep.equal(blank.map(() => '(öffnet ein neues Fenster)'));
      expect(detail.querySelector<HTMLAnchorElement>('[part~="webcal"]')!.href).to.equal(`${PROXY.replace(/^http:/, 'webcal:')}/v1/events.ics?region=meissen`);
      expect(detail.querySelector<HTMLInputElement>('[part="feed-url"]')!.value).to.equal(`${PROXY}/v1/events.ics?region=meissen`);
    });

    it("downloads the .ics file without telling the SINN server the page's address, whatever the page's referrer policy", async () => {
      // A page that sends its whole address with every request, query and all, unless a request says otherwise.
      const lax = Object.assign(document.createElement('meta'), { name: 'referrer', content: 'unsafe-url' });
      document.head.append(lax);
      try {
        const element = await mount(html`<sinn-event-calendar month="2035-06" region="meissen"></sinn-event-calendar>`);
        const detail = await openEvent(element, '2035-06-12', 'Zukunftswerkstatt mit Anmeldung');
        // The file is an attachment: following the link downloads it, and the test's page stays.
        detail.querySelector<HTMLAnchorElement>('[part~="ics"]')!.click();
        await until(async () => (await seenGets(`${LIST}/test-anmeldung-offen.ics`)).length > 0, 'the file asked for');
        const [download] = await seenGets(`${LIST}/test-anmeldung-offen.ics`);
        expect(download!.referer).to.equal(null);
        // Nor did its other requests: the month, the whole event.
        const gets = (await seen()).filter((request) => request.method === 'GET');
        expect(gets.length).to.be.greaterThan(2);
        expect(gets.map((get) => `${get.url} ${get.referer ?? 'no Referer'}`)).to.deep.equal(gets.map((get) => `${get.url} no Referer`));
        // A page may have made a web calendar the handler of webcal: links: the browser goes there, and tells it nothing either.
        expect(detail.querySelector<HTMLAnchorElement>('[part~="webcal"]')!.relList.contains('noreferrer')).to.equal(true);
      } finally {
        lax.remove();
      }
    });

    it('offers the feed of the filter in the subscribe box, its links made when the box is opened', async () => {
      const element = await mount(html`<sinn-event-calendar month="2026-12" region="zwickau" category="workshop"></sinn-event-calendar>`);
      await showsMonth(element);
      const box = shadowOf(element).querySelector<HTMLDetailsElement>('[part="subscribe"]')!;
      expect(box.querySelector('.subscribe'), 'nothing inside the closed box yet').to.equal(null);
      box.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => box.querySelector('[part~="webcal"]'), 'the links come');
      const feed = `${PROXY}/v1/events.ics?category=workshop&region=zwickau`;
      expect(box.querySelector<HTMLAnchorElement>('[part~="webcal"]')!.href).to.equal(feed.replace(/^http:/, 'webcal:'));
      expect(box.querySelector<HTMLInputElement>('[part="feed-url"]')!.value).to.equal(feed);
      expect(textOf(box.querySelector('label'))).to.equal('Adresse des Kalenders');
      // The box's styles came with its links: the address and its copy button side by side, the box framed.
      expect(getComputedStyle(box.querySelector('.copy')!).display).to.equal('flex');
      expect(getComputedStyle(box.querySelector('.subscribe')!).borderTopStyle).to.equal('solid');
    });

    it('copies the address of the feed, and where the page may not write to the clipboard selects it and says how to copy', async () => {
      const element = await mount(html`<sinn-event-calendar month="2026-12" region="zwickau"></sinn-event-calendar>`);
      await showsMonth(element);
      const box = shadowOf(element).querySelector<HTMLDetailsElement>('[part="subscribe"]')!;
      box.querySelector('summary')!.click();
      await until(() => box.querySelector('[part~="copy"]'), 'the links come');
      const feed = `${PROXY}/v1/events.ics?region=zwickau`;
      // The page's clipboard, as a browser gives it or refuses it: whether it may be written is not this test's to grant.
      const written: string[] = [];
      let refuse = false;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {
          writeText: async (text: string) => {
            if (refuse) throw new DOMException('Write permission denied.', 'NotAllowedError');
            written.push(text);
          },
        },
      });
      try {
        const status = box.querySelector<HTMLElement>('.copied')!;
        expect(status.getAttribute('role')).to.equal('status');
        expect(getComputedStyle(status).display, 'in the accessibility tree, empty, before the first copy').to.not.equal('none');
        box.querySelector<HTMLButtonElement>('[part~="copy"]')!.click();
        await until(() => textOf(box.querySelector('.copied')) === 'Die Adresse ist kopiert.', 'it says the address is copied');
        expect(written).to.deep.equal([feed]);
        // A second copy is said again: the status is emptied, then says it.
        const said: string[] = [];
        const watch = new MutationObserver(() => said.push(textOf(status)));
        watch.observe(status, { childList: true, subtree: true, characterData: true });
        box.querySelector<HTMLButtonElement>('[part~="copy"]')!.click();
        await until(() => said.includes('') && said.at(-1) === 'Die Adresse ist kopiert.', 'it says it again');
        watch.disconnect();
        refuse = true;
        box.querySelector<HTMLButtonElement>('[part~="copy"]')!.click();
        await until(() => textOf(box.querySelector('.copied')) === 'Die Adresse ist markiert: mit Strg+C kopieren.', 'it says how to copy');
        const field = box.querySelector<HTMLInputElement>('[part="feed-url"]')!;
        expect(shadowOf(element).activeElement).to.equal(field);
        expect(field.value.slice(field.selectionStart!, field.selectionEnd!)).to.equal(feed);
      } finally {
        // The browser's own again, from Navigator.prototype.
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });

    it('fires sinn-event-select with the whole event once it came, and leaves the dialog closed when the page cancels it', async () => {
      const element = await mount(html`<sinn-event-calendar month="2026-12" region="zwickau"></sinn-event-calendar>`);
      await showsMonth(element);
      const whole = await fromApi<EventDetail>('/v1/events/test-abgesagt');
      const selected: { event: EventDetail; open: boolean }[] = [];
      element.addEventListener('sinn-event-select', (event) => {
        selected.push({ event: event.detail.event as EventDetail, open: Boolean(dialog(element)) });
        event.preventDefault();
      });
      barOf(element, '2026-12-03', 'Abgesagter Stammtisch')!.click();
      await until(() => selected.length === 1, 'the page hears of it');
      await settle();
      const [{ event, open }] = selected as [(typeof selected)[number]];
      // The list had only what the grid draws; the page gets the whole record, as GET /v1/events/{slug} has it.
      expect(await seenGets('/v1/events/test-abgesagt'), 'asked for the whole event').to.have.length(1);
      expect(open, 'no dialog before the page was told').to.equal(false);
      expect(event).to.deep.equal(whole);
      expect(event.description).to.be.a('string').and.not.equal('');
      expect(event.occurrences).to.have.length(1);
      expect(dialog(element)).to.equal(null);
      expect(selected).to.have.length(1);
    });
  });

  describe('opening an event', () => {
    const EVENT = '/v1/events/test-anmeldung-offen';
    const opening = (element: Element) => shadowOf(element).querySelector('[data-opening]');
    const liveText = (element: Element) => textOf(shadowOf(element).querySelector('.opening[role="status"]'));

    it('shows on the bar clicked that the event loads, without moving it, and opens the dialog once it came', async () => {
      const element = await mount(html`<sinn-event-calendar month="2035-06" region="meissen"></sinn-event-calendar>`);
      await showsMonth(element);
      await injectFault({ kind: 'delay', ms: 800, path: EVENT });
      const bar = barOf(element, '2035-06-12', 'Zukunftswerkstatt mit Anmeldung')!;
      const before = bar.getBoundingClientRect();
      const heard: { description: string; open: boolean }[] = [];
      element.addEventListener('sinn-event-select', (event) => heard.push({ description: event.detail.event.description, open: Boolean(dialog(element)?.open) }));
      bar.click();
      await until(() => opening(element) === bar, 'the bar shows that it loads');
      expect(liveText(element)).to.equal('Wird geladen …');
      expect(getComputedStyle(bar).cursor).to.equal('progress');
      expect(bar.getBoundingClientRect().toJSON()).to.deep.equal(before.toJSON());
      expect(dialog(element), 'no dialog while it comes').to.equal(null);
      expect(heard, 'the page hears nothing yet').to.deep.equal([]);
      await until(() => dialog(element)?.open, 'the detail opens');
      expect(opening(element)).to.equal(null);
      expect(liveText(element)).to.equal('');
      expect(heard).to.have.length(1);
      expect(heard[0]!.description).to.not.equal('');
      expect(heard[0]!.open, 'the page was told before the dialog showed').to.equal(false);
      expect(textOf(dialog(element)!.querySelector('[part="facts"]'))).to.contain('Kulturhaus, Markt 1, 01662 Meißen');
      // Its styles came with its code, before it showed.
      expect(getComputedStyle(dialog(element)!.querySelector('[part="facts"]')!).display).to.equal('grid');
    });

    it('opens the occurrence clicked of a recurring event: its own date, and the coming occurrences of the event', async () => {
      const december = await eventsBetween('2026-12-01', '2027-01-01');
      const counts = new Map<string, Event[]>();
      for (const event of december) counts.set(event.slug, [...(counts.get(event.slug) ?? []), event]);
      const [, occurrences] = [...counts].find(([, list]) => list.length > 1 && list[0]!.region !== null)!;
      const second = occurrences[1]!;
      const element = await mount(html`<sinn-event-calendar month="2026-12" region=${second.region!} category=${second.category}></sinn-event-calendar>`);
      await showsMonth(element);
      const selected: EventDetail[] = [];
      element.addEventListener('sinn-event-select', (event) => selected.push(event.detail.event as EventDetail));
      barOf(element, second.start.slice(0, 10), second.title)!.click();
      await until(() => dialog(element)?.open, 'the detail opens');
      const whole = await fromApi<EventDetail>(`/v1/events/${second.slug}`);
      expect(selected).to.deep.equal([{ ...whole, occurrenceId: second.occurrenceId, start: second.start, end: second.end }]);
      expect(selected[0]!.occurrences.length).to.be.greaterThan(1);
      const date = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', timeZone: 'Europe/Berlin' }).format(new Date(second.start));
      expect(textOf(dialog(element)!.querySelector('[part="facts"]'))).to.contain(date);
    });

    it('says so when the event cannot be loaded, and opens it with the retry; focus returns to the bar', async () => {
      const element = await mount(html`<sinn-event-calendar month="2035-06" region="meissen"></sinn-event-calendar>`);
      await showsMonth(element);
      // The client tries three times before it gives up.
      await injectFault({ kind: 'status', status: 503, times: 3, path: EVENT });
      const heard: Event[] = [];
      element.addEventListener('sinn-event-select', (event) => heard.push(event.detail.event));
      const bar = barOf(element, '2035-06-12', 'Zukunftswerkstatt mit Anmeldung')!;
      bar.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => dialog(element)?.querySelector('.state.error'), 'the error, in the dialog');
      expect(textOf(dialog(element)!.querySelector('h2 .title'))).to.equal('Zukunftswerkstatt mit Anmeldung');
      expect(dialog(element)!.querySelector('.state.error')!.getAttribute('role')).to.equal('alert');
      expect(heard, 'nothing partial reaches the page').to.deep.equal([]);
      expect(opening(element)).to.equal(null);
      const retry = dialog(element)!.querySelector<HTMLButtonElement>('[part~="retry"]')!;
      expect(textOf(retry)).to.equal('Erneut versuchen');
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => dialog(element)?.querySelector('[part="facts"]'), 'the detail, after the retry');
      expect(heard).to.have.length(1);
      expect((heard[0] as EventDetail).occurrences).to.be.an('array');
      // The retry button went with the error: the dialog keeps the focus.
      expect(dialog(element)!.contains(focused(element))).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog(element), 'the dialog closes');
      expect(focused(element), 'focus back on the bar').to.equal(bar);
    });

    it('opens an event given to the events property as it was given, asking the API for nothing', async () => {
      await withGivenEvents(async (element, given) => {
        const heard: Event[] = [];
        element.addEventListener('sinn-event-select', (event) => heard.push(event.detail.event));
        barOf(element, '2026-12-03', 'Abgesagter Stammtisch')!.click();
        await until(() => dialog(element)?.open, 'the detail opens');
        expect(heard).to.deep.equal([given.find((event) => event.slug === 'test-abgesagt')]);
        expect((await seen()).filter((request) => request.url.startsWith('/v1/events'))).to.have.length(0);
      });
    });
  });

  describe('filters, attributes and search engines', () => {
    const caught = catchWarnings();

    it('sets the category attribute from its control and asks for that category', async () => {
      const element = await mount(html`<sinn-event-calendar filters month="2026-11"></sinn-event-calendar>`);
      await showsMonth(element);
      const select = shadowOf(element).querySelector<HTMLSelectElement>('#filter-category')!;
      await until(() => select.options.length > 1, 'the categories');
      select.value = 'hackathon';
      select.dispatchEvent(new globalThis.Event('change'));
      await element.updateComplete;
      expect(element.getAttribute('category')).to.equal('hackathon');
      await until(async () => (await seenGets(LIST)).some((request) => paramsOf(request).get('category') === 'hackathon'), 'a request for hackathons');
      await until(() => {
        const shown = bars(grid(element));
        return shown.length > 0 && shown.every((bar) => bar.classList.contains('cat-hackathon'));
      }, 'only hackathons in the grid');
    });

    it('reports view="week", month="2026-13" and time-zone="Mars/Olympus" and shows this month in Berlin time', async () => {
      const element = await mount(html`<sinn-event-calendar view="week" month="2026-13" time-zone="Mars/Olympus"></sinn-event-calendar>`);
      await showsMonth(element);
      const said = caught.warnings.map(([message]) => String(message));
      for (const value of ['view="week"', 'month="2026-13"', 'time-zone="Mars/Olympus"']) {
        expect(said.filter((message) => message.includes('<sinn-event-calendar>') && message.includes(value)), value).to.have.length(1);
      }
      const thisMonth = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }).format(new Date());
      expect(title(element)).to.equal(thisMonth);
    });

    it('reports limit="0" in the month view too, where it has nothing to limit', async () => {
      const element = await mount(html`<sinn-event-calendar month="2026-12" region="zwickau" limit="0"></sinn-event-calendar>`);
      await showsMonth(element);
      expect(grid(element), 'the grid, not an agenda').to.not.equal(null);
      const said = caught.warnings.map(([message]) => String(message)).filter((message) => message.includes('<sinn-event-calendar>') && message.includes('limit="0"'));
      expect(said).to.deep.equal(['<sinn-event-calendar>: ignoring limit="0": expected a whole number from 1 to 100.']);
    });

    it('draws events given to its events property at once, asking the API for none', async () => {
      await withGivenEvents(async (element) => {
        expect(grid(element)!.getAttribute('aria-busy'), 'drawn in the first update').to.equal('false');
        expect(barOf(element, '2026-12-03', 'Abgesagter Stammtisch')).to.not.equal(undefined);
        await settle(200);
        expect(await seenGets(LIST)).to.have.length(0);
      });
    });

    it('draws given events with the labels of their categories in one render, once the vocabulary has come', async () => {
      // A first calendar brings the vocabulary to the page.
      const first = await mount(html`<sinn-event-calendar month="2026-12"></sinn-event-calendar>`);
      await showsMonth(first);
      await until(() => textOf(shadowOf(first).querySelector('.legend li')) !== '', 'the first legend is labelled');
      const element = document.createElement('sinn-event-calendar') as SinnEventCalendar;
      element.setAttribute('month', '2026-12');
      element.events = await eventsBetween('2026-12-01', '2027-01-01', '&region=zwickau');
      let updates = 0;
      const update = (element as unknown as { update(changed: unknown): void }).update;
      (element as unknown as { update(changed: unknown): void }).update = function (this: unknown, changed: unknown) {
        updates += 1;
        update.call(this, changed);
      };
      document.body.append(element);
      try {
        await element.updateComplete;
        expect(textOf(shadowOf(element).querySelector('.legend li'))).to.equal('Netzwerktreffen');
        await settle(200);
        expect(updates, 'no second render for the labels').to.equal(1);
      } finally {
        element.remove();
      }
    });

    it('writes schema.org Event JSON-LD of the month into the page with structured-data, asking for what it writes', async () => {
      const element = await mount(html`<sinn-event-calendar structured-data month="2026-12" region="zwickau"></sinn-event-calendar>`);
      await showsMonth(element);
      expect((await seenGets(LIST)).map((request) => paramsOf(request).get('fields'))).to.deep.equal([`${MONTH_FIELDS},${JSON_LD_FIELDS}`]);
      await until(() => element.querySelector('script[type="application/ld+json"]'), 'the JSON-LD block');
      const script = element.querySelector('script[type="application/ld+json"]');
      const data = JSON.parse(script!.textContent!) as { name: string; eventStatus: string; startDate: string }[];
      const cancelled = data.find((item) => item.name === 'Abgesagter Stammtisch')!;
      expect(cancelled.eventStatus).to.equal('https://schema.org/EventCancelled');
      expect(cancelled.startDate).to.equal('2026-12-03T18:00:00+01:00');
      const expected = (await eventsBetween('2026-12-01', '2027-01-01', '&region=zwickau')).map((event) => event.title).sort();
      expect(data.map((item) => item.name).sort()).to.deep.equal(expected);
    });
  });

  describe('when the network misbehaves', () => {
    it('shows an error with a retry that works', async () => {
      await injectFault({ kind: 'status', status: 500, times: 3, path: LIST });
      const element = await mount(html`<sinn-event-calendar month="2026-11" region="nordsachsen"></sinn-event-calendar>`);
      await until(() => errorBox(element), 'an error is shown');
      errorBox(element)!.querySelector<HTMLButtonElement>('button')!.click();
      await showsMonth(element);
      expect(errorBox(element)).to.equal(null);
    });

    it('a month that fails to come while a day had the focus: the focus goes to its retry, and after it to the day', async () => {
      const element = await mount(html`<sinn-event-calendar month="2026-11" region="meissen"></sinn-event-calendar>`);
      await showsMonth(element);
      cell(element, '2026-11-15')!.focus();
      await injectFault({ kind: 'status', status: 503, times: 3, path: LIST });
      await sendKeys({ press: 'PageDown' });
      await until(() => errorBox(element), 'the error is shown');
      // Not fallen to the page's body: a keyboard's place kept.
      await until(() => focused(element) === errorBox(element)!.querySelector('button'), 'the focus on the retry');
      await sendKeys({ press: 'Enter' });
      await until(() => title(element) === 'Dezember 2026' && focused(element) === cell(element, '2026-12-15'), 'the focus on the day it was going to');
    });

    it('a day of a month whose events are still coming says so, not that it has none', async () => {
      const element = await mount(html`<sinn-event-calendar month="2026-11" region="meissen"></sinn-event-calendar>`);
      await showsMonth(element);
      cell(element, '2026-11-15')!.focus();
      await injectFault({ kind: 'delay', ms: 3000, path: LIST });
      await sendKeys({ press: 'PageDown' });
      await until(() => focused(element) === cell(element, '2026-12-15'), 'the focus on the day in the next month');
      const heard = (await namesHeard('gridcell')).find((name) => name.includes('15. Dezember 2026'));
      expect(heard).to.match(/15\. Dezember 2026, Wird geladen …$/);
      await showsMonth(element);
      const loaded = (await namesHeard('gridcell')).find((name) => name.includes('15. Dezember 2026'));
      expect(loaded).not.to.include('Wird geladen');
    });

    it('keeps the month shown, marked with its date, when a refresh fails', async () => {
      const element = await mount(html`<sinn-event-calendar view="agenda" from="2026-12-01" limit="3"></sinn-event-calendar>`);
      await showsList(element);
      await injectFault({ kind: 'status', status: 503, times: 3, path: LIST });
      await element.refresh();
      await until(() => shadowOf(element).querySelector('.state.stale'), 'the stale notice');
      expect(rows(shadowOf(element))).to.have.length(3);
    });

    it('aborts its request when it leaves the page', async () => {
      await injectFault({ kind: 'delay', ms: 3000, path: LIST });
      const element = await mount(html`<sinn-event-calendar month="2026-11" region="bautzen"></sinn-event-calendar>`);
      await until(async () => (await seenGets(LIST)).length === 1, 'the request is under way');
      element.remove();
      await until(async () => (await seenGets(LIST))[0]?.aborted, 'the proxy sees the request aborted');
    });
  });

  describe('answers that do not fit the contract', () => {
    const watch = watchThePage();
    const barNamed = (element: Element, name: string) => bars(grid(element)).find((bar) => textOf(bar).includes(name));

    /** The error state in place of the whole calendar, said once; "Erneut versuchen" asks again and shows what came. */
    async function showsErrorThenRecovers(element: SinnEventCalendar, shown: () => Promise<void>): Promise<void> {
      await until(() => errorStateOf(element), 'the error state');
      expect(errorStateOf(element)!.text).to.equal(ERROR_STATE);
      expect(grid(element), 'no grid').to.equal(null);
      expect(rows(shadowOf(element)), 'no events').to.have.length(0);
      expect(dialog(element), 'no dialog').to.equal(null);
      expect(unshowableSaid(watch, 'sinn-event-calendar')).to.have.length(1);
      const asked = (await seenGets(LIST)).length;
      errorStateOf(element)!.retry.click();
      await shown();
      expect(errorStateOf(element)).to.equal(null);
      expect((await seenGets(LIST)).length, 'the retry asked the server again').to.be.greaterThan(asked);
      expect(watch.uncaught).to.deep.equal([]);
    }

    describe('in the month grid', () => {
      const showsEvents = (element: SinnEventCalendar) => async () => {
        await showsMonth(element);
        expect(bars(grid(element)).length).to.be.greaterThan(0);
      };

      it('opens an event without its organiser to the error state, not half a detail, and the month comes back with "Erneut versuchen"', async () => {
        await answerWith(await anEvent({ title: 'Ohne Veranstalter' }), [{ path: ['organiser'] }]);
        const element = await mount(html`<sinn-event-calendar month="2026-12" region="zwickau"></sinn-event-calendar>`);
        await showsMonth(element);
        // As a click does: the bar has the focus, then opens.
        const bar = barNamed(element, 'Ohne Veranstalter')!;
        bar.focus();
        bar.click();
        await until(() => errorStateOf(element), 'the error state');
        expect(focused(element) === errorStateOf(element)!.retry, 'the focus on the retry, not lost with the bar').to.equal(true);
        await showsErrorThenRecovers(element, showsEvents(element));
        expect(barNamed(element, 'Ohne Veranstalter')).to.equal(undefined);
      });

      it('shows its error state for an all-day event on a date that is none, rather than leaving it out unseen', async () => {
        await answerWith(await anEvent({ title: 'Ganztägig ohne Datum', allDay: true, start: 'not a date' }));
        const element = await mount(html`<sinn-event-calendar month="2026-12" region="zwickau"></sinn-event-calendar>`);
        await showsErrorThenRecovers(element, showsEvents(element));
      });

      it('draws a category and a status newer than the widget in grey as "Geändert", names grey "Sonstiges" in the legend, and says so once', async () => {
        await answerWith(await anEvent({ title: 'Quantenlabor-Abend', category: 'quantum-lab', status: 'moved-online' }), [
          { path: ['category'], value: 'quantum-lab' },
          { path: ['status'], value: 'moved-online' },
        ]);
        const element = await mount(html`<sinn-event-calendar month="2026-12" region="zwickau"></sinn-event-calendar>`);
        await showsMonth(element);
        const bar = barNamed(element, 'Quantenlabor-Abend')!;
        expect(bar.classList.contains('cat-other')).to.equal(true);
        expect([...bar.classList].join(' ')).to.not.contain('quantum-lab').and.to.not.contain('moved-online');
        expect(getComputedStyle(bar).borderInlineStartColor).to.equal('rgb(140, 149, 159)');
        expect(textOf(bar.querySelector('[part~="status"]'))).to.equal('Geändert');
        const legend = [...shadowOf(element).querySelectorAll('[part="legend"] li')];
        expect(legend.at(-1)!.className).to.equal('cat-other');
        await until(() => textOf(legend.at(-1)) === 'Sonstiges', 'the legend names the grey');
        bar.click();
        await until(() => dialog(element)?.open, 'the detail');
        expect(textOf(dialog(element)!.querySelector('[part="facts"]'))).to.contain('Sonstiges ·');
        expect(textOf(dialog(element)!.querySelector('[part="detail-title"] [part~="status"]'))).to.equal('Geändert');
        expect(shadowOf(element).textContent).to.not.contain('quantum-lab').and.to.not.contain('moved-online');
        expect(unknownSaid(watch, 'sinn-event-calendar', 'quantum-lab'), 'said once, though drawn again and again').to.have.length(1);
        expect(unknownSaid(watch, 'sinn-event-calendar', 'moved-online')).to.have.length(1);
        expect(errorStateOf(element)).to.equal(null);
        expect(watch.errors).to.deep.equal([]);
        expect(watch.uncaught).to.deep.equal([]);
      });

      it('writes no JSON-LD for an event without its organiser, says so once, and keeps the month', async () => {
        await answerWith(await anEvent({ title: 'Ohne Veranstalter' }, ['organiser']));
        const element = await mount(html`<sinn-event-calendar structured-data month="2026-12" region="zwickau"></sinn-event-calendar>`);
        await showsMonth(element);
        await until(() => watch.errors.length > 0, 'the failure is said');
        element.requestUpdate();
        await element.updateComplete;
        await settle(100);
        expect(element.querySelector('script[type="application/ld+json"]')).to.equal(null);
        expect(watch.errors).to.have.length(1);
        expect(String(watch.errors[0]![0])).to.contain('<sinn-event-calendar> could not write its JSON-LD');
        expect(barNamed(element, 'Ohne Veranstalter')).to.not.equal(undefined);
        expect(watch.uncaught).to.deep.equal([]);
      });
    });

    describe('in the agenda', () => {
      const showsEvents = (element: SinnEventCalendar) => () => showsList(element);

      it('opens an event without its organiser to the error state, and the agenda comes back with "Erneut versuchen"', async () => {
        await answerWith(await anEvent({ title: 'Ohne Veranstalter' }), [{ path: ['organiser'] }]);
        const element = await mount(html`<sinn-event-calendar view="agenda" from="2026-12-01" limit="3"></sinn-event-calendar>`);
        await showsList(element);
        rows(shadowOf(element))[0]!.click();
        await showsErrorThenRecovers(element, showsEvents(element));
        expect(rows(shadowOf(element))).to.have.length(3);
      });

      it('shows its error state for an event that starts on a date that is none, and the agenda after "Erneut versuchen"', async () => {
        await answerWith(await anEvent({ start: 'not a date' }));
        const element = await mount(html`<sinn-event-calendar view="agenda" from="2026-12-01" limit="3"></sinn-event-calendar>`);
        await showsErrorThenRecovers(element, showsEvents(element));
      });

      it('shows its error state for an answer whose list of events is none, not a skeleton for ever', async () => {
        await injectFault({ kind: 'rewrite', path: LIST, set: [{ path: ['items'], value: null }] });
        const element = await mount(html`<sinn-event-calendar view="agenda" from="2026-12-01" limit="3"></sinn-event-calendar>`);
        await showsErrorThenRecovers(element, showsEvents(element));
      });

      it('lists a category and a status newer than the widget as "Sonstiges" and "Geändert", and says so once', async () => {
        await answerWith(await anEvent({ category: 'sound-bath', status: 'rescheduled' }));
        const element = await mount(html`<sinn-event-calendar view="agenda" from="2026-12-01" limit="3"></sinn-event-calendar>`);
        await showsList(element);
        const row = rows(shadowOf(element))[0]!;
        expect(row.className).to.equal('row cat-other');
        expect(row.querySelector('.what')!.className).to.equal('what other');
        expect(textOf(row.querySelector('[part~="status"]'))).to.equal('Geändert');
        expect(textOf(row.querySelector('.where'))).to.match(/ · Sonstiges$/);
        expect(unknownSaid(watch, 'sinn-event-calendar', 'sound-bath')).to.have.length(1);
        expect(unknownSaid(watch, 'sinn-event-calendar', 'rescheduled')).to.have.length(1);
        expect(errorStateOf(element)).to.equal(null);
        expect(watch.uncaught).to.deep.equal([]);
      });

      it('says a category newer than the widget in English as "Other"', async () => {
        await answerWith(await anEvent({ category: 'yoga-retreat', status: 'moved-on' }));
        const element = await mount(html`<sinn-event-calendar view="agenda" from="2026-12-01" limit="3" lang="en"></sinn-event-calendar>`);
        await showsList(element);
        const row = rows(shadowOf(element))[0]!;
        expect(textOf(row.querySelector('.where'))).to.match(/ · Other$/);
        expect(textOf(row.querySelector('[part~="status"]'))).to.equal('Changed');
      });
    });
  });

  describe('accessibility (axe-core finds nothing)', () => {
    it('while the month loads', async () => {
      await injectFault({ kind: 'delay', ms: 3000, path: LIST });
      const element = await mount(html`<sinn-event-calendar month="2026-11" week-numbers></sinn-event-calendar>`);
      expect(grid(element)!.getAttribute('aria-busy')).to.equal('true');
      await expect(element).to.be.accessible();
    });

    it('with a month of events, week numbers and filters', async () => {
      const element = await mount(html`<sinn-event-calendar month="2026-11" week-numbers filters></sinn-event-calendar>`);
      await showsMonth(element);
      await expect(element).to.be.accessible();
    });

    it('with a month in the dark theme, in English', async () => {
      const element = await mount(html`<sinn-event-calendar month="2026-12" theme="dark" lang="en"></sinn-event-calendar>`);
      await showsMonth(element);
      await expect(element).to.be.accessible();
    });

    it('with a day open', async () => {
      const element = await mount(html`<sinn-event-calendar month="2026-11"></sinn-event-calendar>`);
      await showsMonth(element);
      shadowOf(element).querySelector<HTMLButtonElement>('.more')!.click();
      await until(() => dialog(element)?.open, 'the day opens');
      await expect(element).to.be.accessible();
    });

    it('with the subscribe box open', async () => {
      const element = await mount(html`<sinn-event-calendar month="2026-11"></sinn-event-calendar>`);
      await showsMonth(element);
      shadowOf(element).querySelector<HTMLElement>('[part="subscribe"] summary')!.click();
      await until(() => shadowOf(element).querySelector('[part="subscribe"] [part="feed-url"]'), 'the links come');
      await expect(element).to.be.accessible();
    });

    it('while an event loads, and when it could not be loaded', async () => {
      const element = await mount(html`<sinn-event-calendar month="2035-06" region="meissen"></sinn-event-calendar>`);
      await showsMonth(element);
      await injectFault({ kind: 'delay', ms: 3000, path: '/v1/events/test-anmeldung-offen' });
      barOf(element, '2035-06-12', 'Zukunftswerkstatt')!.click();
      await until(() => shadowOf(element).querySelector('[data-opening]'), 'the bar shows that it loads');
      await expect(element).to.be.accessible();
      // Gone from the page, it stops waiting; the next calendar asks anew.
      element.remove();
      await resetProxy();
      const other = await mount(html`<sinn-event-calendar month="2035-06" region="meissen" lang="en"></sinn-event-calendar>`);
      await showsMonth(other);
      await injectFault({ kind: 'status', status: 500, times: 3, path: '/v1/events/test-anmeldung-offen' });
      barOf(other, '2035-06-12', 'Zukunftswerkstatt')!.click();
      await until(() => dialog(other)?.querySelector('.state.error'), 'the error');
      await expect(other).to.be.accessible();
    });

    it('with an event open', async () => {
      const element = await mount(html`<sinn-event-calendar month="2035-06" region="meissen"></sinn-event-calendar>`);
      await showsMonth(element);
      barOf(element, '2035-06-12', 'Zukunftswerkstatt')!.click();
      await until(() => dialog(element)?.open, 'the detail opens');
      await expect(element).to.be.accessible();
    });

    it('keeps the days before and after the month apart in forced colours', async () => {
      const element = await mount(html`<sinn-event-calendar month="2026-12" region="zwickau"></sinn-event-calendar>`);
      await showsMonth(element);
      const colour = (iso: string) => getComputedStyle(cell(element, iso)!, '::before').color;
      await executeServerCommand('sinn-forced-colors', { active: true });
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        // 30 November is the grid's first day, before December.
        expect(colour('2026-11-30')).not.to.equal(colour('2026-12-01'));
        await expect(element).to.be.accessible();
      } finally {
        await executeServerCommand('sinn-forced-colors', { active: false });
      }
    });

    it('as an agenda, as a narrow month and as upcoming', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <sinn-event-calendar view="agenda" from="2026-12-01" limit="5"></sinn-event-calendar>
        <div style="width: 25em"><sinn-event-calendar month="2026-12"></sinn-event-calendar></div>
        <sinn-event-calendar view="upcoming" from="2026-12-01" limit="3" heading-level="3"></sinn-event-calendar>
      </div>`);
      for (const element of wrapper.querySelectorAll('sinn-event-calendar')) await showsList(element);
      await expect(wrapper).to.be.accessible();
    });

    it('while the agenda loads, and with a failed refresh (stale)', async () => {
      await injectFault({ kind: 'delay', ms: 1500, path: LIST });
      const element = await mount(html`<sinn-event-calendar view="agenda" from="2026-12-01" limit="4"></sinn-event-calendar>`);
      expect(shadowOf(element).querySelectorAll('.skeleton-rows li')).to.have.length(4);
      await expect(element).to.be.accessible();
      await showsList(element);
      await injectFault({ kind: 'status', status: 503, times: 3, path: LIST });
      await element.refresh();
      await until(() => shadowOf(element).querySelector('.state.stale'), 'the stale notice');
      await expect(element).to.be.accessible();
    });

    it('with an error', async () => {
      await injectFault({ kind: 'status', status: 500, times: 3, path: LIST });
      const element = await mount(html`<sinn-event-calendar view="agenda" from="2026-12-01" region="dresden"></sinn-event-calendar>`);
      await until(() => errorBox(element), 'the error');
      await expect(element).to.be.accessible();
    });

    it('with an answer it cannot show', async () => {
      await answerWith(await anEvent({ start: 'not a date' }));
      const error = console.error;
      console.error = () => undefined;
      try {
        const element = await mount(html`<sinn-event-calendar month="2026-12" region="zwickau"></sinn-event-calendar>`);
        await until(() => errorStateOf(element), 'the error state');
        await expect(element).to.be.accessible();
      } finally {
        console.error = error;
      }
    });

    it('with nothing to show', async () => {
      const element = await mount(html`<sinn-event-calendar view="agenda" from="2035-07-01" region="vogtlandkreis"></sinn-event-calendar>`);
      await until(() => shadowOf(element).querySelector('.state.empty'), 'the empty sentence');
      await expect(element).to.be.accessible();
    });
  });

});
