// Runs in the page of every cold-load run, before any of the page's own scripts (bench/lib/cold-browser.ts bundles
// it and hands it to the browser for each new document): it watches the frames from navigation start until the
// first one that paints every visible event (or, for a map, every district and point), and tells when that frame
// ended. Nothing here loads anything. `globalThis.__coldKind` says what the page holds: the SINN calendar,
// FullCalendar, the SINN map, Leaflet's map, or nothing (the empty page, whose first frame with its heading
// counts).
import { fullCalendarProbe, sinnProbe, type CalendarProbe } from './calendar-ready.js';
import { leafletProbe, sinnMapProbe, type MapProbe } from './map-ready.js';

export type ColdKind = 'sinn' | 'fullcalendar' | 'sinn-map' | 'leaflet' | 'empty';

export interface ColdResult {
  /**
   * From navigation start (performance.timeOrigin) to the end of the first frame that showed every visible event:
   * the first of the frames that all showed the final state (the same events and "+N more", for half a second).
   */
  ms: number;
  /** Frames rendered until then. */
  frames: number;
  /** A calendar's event bars and "+N more" buttons; a map's points and districts. */
  bars: number;
  more: number;
  /** First contentful paint, DOMContentLoaded's end, load's end, and (SINN) when the element was defined. */
  fcp: number | null;
  domContentLoaded: number | null;
  load: number | null;
  defined: number | null;
  /** performance.timeOrigin, to place the times on the network's clock. */
  timeOrigin: number;
  /** The frames at which what was shown changed: when, ready or not, events and "+N more". */
  changes: { at: number; ready: boolean; bars: number; more: number }[];
  error?: string;
}

declare global {
  // eslint-disable-next-line no-var
  var __coldKind: ColdKind;
  // eslint-disable-next-line no-var
  var __coldLoad: Promise<ColdResult>;
}

const kind = globalThis.__coldKind;
let defined: number | null = null;
const tag = kind === 'sinn' ? 'sinn-event-calendar' : kind === 'sinn-map' ? 'sinn-initiative-map' : undefined;
if (tag) void customElements.whenDefined(tag).then(() => (defined = performance.now()));

// A task that is not clamped (setTimeout is, to 4 ms, once nested): queued in a requestAnimationFrame callback,
// it runs once that frame has been painted.
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();
const nextTask = () =>
  new Promise<void>((resolve) => {
    queue.push(resolve);
    channel.port2.postMessage(null);
  });

/** A map read as a calendar is: its points as the bars, its districts as the "+N more". */
const asCalendar = (map: MapProbe): CalendarProbe => ({ ready: map.ready, bars: map.points, more: map.districts });

function probe(): CalendarProbe | undefined {
  if (kind === 'sinn-map') {
    const element = document.querySelector('sinn-initiative-map');
    return element ? asCalendar(sinnMapProbe(element)) : undefined;
  }
  if (kind === 'leaflet') {
    const element = document.getElementById('map');
    return element ? asCalendar(leafletProbe(element)) : undefined;
  }
  if (kind === 'sinn') {
    const element = document.querySelector('sinn-event-calendar');
    return element ? sinnProbe(element) : undefined;
  }
  if (kind === 'fullcalendar') {
    const element = document.getElementById('calendar');
    return element ? fullCalendarProbe(element) : undefined;
  }
  const heading = document.querySelector('h1');
  return heading ? { ready: () => true, bars: () => 0, more: () => 0 } : undefined;
}

function navigationTime(name: 'domContentLoadedEventEnd' | 'loadEventEnd'): number | null {
  const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return entry && entry[name] > 0 ? entry[name] : null;
}

/** A frame once painted: when, and what it showed. */
interface Frame {
  at: number;
  ready: boolean;
  bars: number;
  more: number;
}

/** How long the shown state must stay the same before it counts as the final one (FullCalendar places its
 * "+N more" a few frames after its events). */
const STILL_MS = 500;
const STILL_FRAMES = 10;

globalThis.__coldLoad = new Promise<ColdResult>((resolve) => {
  const frames: Frame[] = [];
  const finish = (error?: string) => {
    // The first frame from which on every frame showed the final state.
    const last = frames.at(-1)!;
    let first = frames.length - 1;
    while (first > 0 && frames[first - 1]!.ready && frames[first - 1]!.bars === last.bars && frames[first - 1]!.more === last.more) first -= 1;
    resolve({
      ms: frames[first]!.at,
      frames: first + 1,
      bars: last.bars,
      more: last.more,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      domContentLoaded: navigationTime('domContentLoadedEventEnd'),
      load: navigationTime('loadEventEnd'),
      defined,
      timeOrigin: performance.timeOrigin,
      changes: frames
        .filter((each, index) => index === 0 || each.ready !== frames[index - 1]!.ready || each.bars !== frames[index - 1]!.bars || each.more !== frames[index - 1]!.more)
        .map(({ at, ready, bars, more }) => ({ at: Math.round(at), ready, bars, more })),
      ...(error ? { error } : {}),
    });
  };
  const frame = () =>
    requestAnimationFrame(() => {
      // The state going into this frame's style, layout and paint; checked again once it is painted, in case a
      // later callback of the same frame changed it.
      const before = probe();
      const readyBefore = before?.ready() ?? false;
      void nextTask().then(() => {
        const found = probe();
        frames.push({ at: performance.now(), ready: readyBefore && (found?.ready() ?? false), bars: found?.bars() ?? 0, more: found?.more() ?? 0 });
        const last = frames.at(-1)!;
        let still = frames.length - 1;
        while (still > 0 && frames[still - 1]!.ready && frames[still - 1]!.bars === last.bars && frames[still - 1]!.more === last.more) still -= 1;
        if (last.ready && frames.length - still >= STILL_FRAMES && last.at - frames[still]!.at >= STILL_MS) finish();
        else if (last.at > 60_000) finish('not everything was shown within 60 s');
        else frame();
      });
    });
  frame();
});
