// The plane the map of Saxony is drawn in, shared by everything that puts a WGS84 point on it (the map element,
// the server, the generator of the districts' outlines in ../../geo/saxony-districts.json, which are stored
// already projected).
//
// It is the spherical ("Web") Mercator of EPSG:3857, the plane of every web map's tiles, scaled and shifted into a
// fixed SVG viewBox: 1,000 units to a degree of longitude (a unit is about 70 m in Saxony), the viewBox's top left
// corner at 11.8° E, 51.75° N. Mercator is conformal, so Saxony keeps the shape people know from street maps, and
// because it is the tiles' own plane, the SVG drawn over a Leaflet map as L.svgOverlay(svg, [[MAP_BOUNDS.south,
// MAP_BOUNDS.west], [MAP_BOUNDS.north, MAP_BOUNDS.east]]) (with preserveAspectRatio="none") lies exactly on its
// streets: between two Mercator planes there is only a scale and a shift.

const WEST = 11.8;
const EAST = 15.1;
const NORTH = 51.75;
const UNITS_PER_DEGREE = 1000;
const UNITS_PER_RADIAN = (UNITS_PER_DEGREE * 180) / Math.PI;
const WIDTH = Math.round((EAST - WEST) * UNITS_PER_DEGREE);
const HEIGHT = 2600;

const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const TOP = mercatorY(NORTH);

/** The map's SVG viewBox, `[minX, minY, width, height]`: all of Saxony with 4 to 7 km to spare on each side. */
export const MAP_VIEW_BOX = [0, 0, WIDTH, HEIGHT] as const;

/** Where a WGS84 longitude and latitude (degrees) lie in the map's viewBox: `[x, y]`, y growing southwards. */
export function toMap(lon: number, lat: number): [x: number, y: number] {
  return [(lon - WEST) * UNITS_PER_DEGREE, (TOP - mercatorY(lat)) * UNITS_PER_RADIAN];
}

/** The WGS84 `[lon, lat]` (degrees) of a point of the map's viewBox: the inverse of {@link toMap}. */
export function fromMap(x: number, y: number): [lon: number, lat: number] {
  return [WEST + x / UNITS_PER_DEGREE, ((2 * Math.atan(Math.exp(TOP - y / UNITS_PER_RADIAN)) - Math.PI / 2) * 180) / Math.PI];
}

/** The WGS84 edges of the viewBox (degrees), for a street map laid under it. */
export const MAP_BOUNDS = {
  west: WEST,
  south: fromMap(0, HEIGHT)[1],
  east: EAST,
  north: NORTH,
} as const;

/** The projection's parameters, as ../../geo/saxony-districts.json repeats them for readers without this module. */
export const MAP_PROJECTION = {
  crs: 'EPSG:3857',
  west: WEST,
  north: NORTH,
  unitsPerDegree: UNITS_PER_DEGREE,
} as const;
