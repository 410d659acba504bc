// Runs in the browser, on both benchmark pages (bundled by bench/calendar.ts into harness.js): one month
// calendar made, timed and counted the same way for <sinn-event-calendar> and for FullCalendar's month view.
// The page says which one it holds with <html data-library>.
import type { Event } from '@sinn/sdk';
import { fullCalendarProbe, sinnProbe } from './calendar-ready.js';
import { FULLCALENDAR_OPTIONS, toFullCalendar, type FullCalendarEvent, type FullCalendarGlobal } from './fullcalendar-options.js';

export type Library = 'sinn' | 'fullcalendar';

export interface RunResult {
  /** From creating the calendar to the end of the first frame that paints every visible event. */
  ms: number;
  /** How long creating the calendar took before it let the page go on (FullCalendar renders in that call). */
  syncMs: number;
  /** Frames painted until every visible event was shown. */
  frames: number;
  /** Elements inside the calendar (for ours: its shadow root and its light DOM), and all nodes (text, comments). */
  elements: number;
  nodes: number;
  /** Event bars and "+N more" buttons in the DOM. */
  events: number;
  more: number;
}

interface Mounted {
  /** What the counts cover. */
  roots: Node[];
  ready(): boolean;
  bars(): number;
  more(): number;
  destroy(): void;
}

declare global {
  interface Window {
    calendarBench: { run(size: number, month: string): Promise<RunResult> };
    FullCalendar?: FullCalendarGlobal;
    gc?: () => void;
  }
}

const library = document.documentElement.dataset.library as Library;
const stage = document.getElementById('stage')!;
const data = new Map<number, Promise<Event[]>>();
const fullCalendarData = new Map<number, FullCalendarEvent[]>();
let mounted: Mounted | undefined;

// A task that is not clamped (setTimeout is, to 4 ms, once nested).
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    queue.push(resolve);
    channel.port2.postMessage(null);
  });
}

/** Resolves once the next frame has been rendered: a task queued in requestAnimationFrame runs after its paint. */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => void nextTask().then(resolve)));
}

function events(size: number): Promise<Event[]> {
  let promise = data.get(size);
  if (!promise) {
    // Served over HTTP next to the page, the same file for both libraries.
    promise = fetch(`events-${size}.json`).then((response) => response.json() as Promise<Event[]>);
    data.set(size, promise);
  }
  return promise;
}

function mountSinn(list: Event[], month: string): Mounted {
  const element = document.createElement('sinn-event-calendar');
  element.setAttribute('month', month);
  element.events = list;
  stage.append(element);
  return { roots: [element], ...sinnProbe(element), destroy: () => element.remove() };
}

function mountFullCalendar(list: FullCalendarEvent[], month: string): Mounted {
  const { Calendar, dayGridPlugin, classicThemePlugin, deLocale } = window.FullCalendar!;
  const element = document.createElement('div');
  stage.append(element);
  const calendar = new Calendar(element, {
    plugins: [dayGridPlugin, classicThemePlugin],
    locale: deLocale,
    initialDate: `${month}-01`,
    ...FULLCALENDAR_OPTIONS,
    events: list,
  });
  calendar.render();
  return {
    roots: [element],
    ...fullCalendarProbe(element),
    destroy: () => {
      calendar.destroy();
      element.remove();
    },
  };
}

function count(roots: Node[]): { elements: number; nodes: number } {
  let elements = 0;
  let nodes = 0;
  const visit = (node: Node) => {
    nodes += 1;
    if (node instanceof Element) {
      elements += 1;
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    }
    node.childNodes.forEach(visit);
  };
  roots.forEach(visit);
  return { elements, nodes };
}

async function run(size: number, month: string): Promise<RunResult> {
  const list = await events(size);
  if (library === 'fullcalendar' && !fullCalendarData.has(size)) {
    // FullCalendar's own input format, made once: a site would hand it over in that shape.
    fullCalendarData.set(size, list.map(toFullCalendar));
  }
  // A fresh calendar every run, the previous one and its garbage gone before the clock starts.
  mounted?.destroy();
  mounted = undefined;
  window.gc?.();
  await afterNextFrame();
  await afterNextFrame();
  if (document.visibilityState !== 'visible') throw new Error('the page is hidden: its frames would be throttled');

  // Marks for a trace or the Performance panel: the run's span shows as `calendar <library> <size>`.
  // The calendar is made at the start of a frame, in a requestAnimationFrame callback, so that the frame under
  // way renders it: the time is the work until it is painted, not a wait for the display's next refresh.
  const make = () => (library === 'sinn' ? mountSinn(list, month) : mountFullCalendar(fullCalendarData.get(size)!, month));
  const { started, current, syncMs } = await new Promise<{ started: number; current: Mounted; syncMs: number }>((resolve) =>
    requestAnimationFrame(() => {
      performance.mark('calendar-start');
      const started = performance.now();
      const current = make();
      const syncMs = performance.now() - started;
      // A task queued now runs once this frame is painted (after the calendar's microtasks, style and layout).
      void nextTask().then(() => resolve({ started, current, syncMs }));
    }),
  );
  mounted = current;
  // Is every visible event in the DOM (and shown) in the frame painted? If not, the next frames.
  let frames = 1;
  while (!current.ready() && performance.now() - started < 30_000) {
    await afterNextFrame();
    frames += 1;
  }
  const ms = performance.now() - started;
  performance.measure(`calendar ${library} ${size}`, 'calendar-start');
  if (!current.ready()) throw new Error(`${library}: the events of ${size} did not appear within 30 s`);

  return { ms, syncMs, frames, ...count(current.roots), events: current.bars(), more: current.more() };
}

window.calendarBench = { run };
