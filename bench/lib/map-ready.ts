// "The map is painted": the one test the map race (bench/map-race.ts) makes of both maps, in the page, through
// cold-observer.ts. A map counts as drawn once every district's outline and every point is in the DOM with a box
// of its own in the layout (not hidden, not of size zero); the frame that renders that state is the one that
// paints them. The same for both: SINN's SVG in its shadow root, Leaflet's SVG renderer in its overlay pane.

/** What the checks read of one map on the page. */
export interface MapProbe {
  /** Every district and every point is in the DOM with a layout box, and the map says it is done. */
  ready(): boolean;
  /** Point marks (a point or a cluster of several initiatives at one place) and district outlines in the DOM. */
  points(): number;
  districts(): number;
}

/** Saxony's districts: both maps draw all of them. */
export const DISTRICTS = 13;

const laidOut = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
};

function probeOf(districts: () => Element[], points: () => Element[], done: () => boolean): MapProbe {
  return {
    ready: () => {
      const shapes = districts();
      const marks = points();
      return done() && shapes.length === DISTRICTS && marks.length > 0 && shapes.every(laidOut) && marks.every(laidOut);
    },
    points: () => points().length,
    districts: () => districts().length,
  };
}

/** <sinn-initiative-map>: its districts' paths and its points' dots (one a point or cluster; not their wider targets); it says it is done with aria-busy="false". */
export function sinnMapProbe(element: Element): MapProbe {
  const root = () => element.shadowRoot;
  return probeOf(
    () => [...(root()?.querySelectorAll('g.district path') ?? [])],
    () => [...(root()?.querySelectorAll('g.point circle.dot, g.cluster circle.dot') ?? [])],
    () => root()?.querySelector('section')?.getAttribute('aria-busy') === 'false',
  );
}

/**
 * Leaflet's map inside `element`, drawn by its SVG renderer: the districts are the GeoJSON layer's paths (class
 * `district`), the points circle markers (class `point`), both set by the race's page.
 */
export function leafletProbe(element: Element): MapProbe {
  const pane = () => element.querySelector('.leaflet-overlay-pane');
  return probeOf(
    () => [...(pane()?.querySelectorAll('path.district') ?? [])],
    () => [...(pane()?.querySelectorAll('path.point') ?? [])],
    () => true,
  );
}
