// `@sinn/sdk/geo`: where things are in Saxony. The map's projection (what a browser needs to place a point), the
// districts' official keys and the municipalities of 01.01.2021 with a point inside each (what the server checks a
// place against). The districts' outlines are a JSON file beside, `@sinn/sdk/geo/saxony-districts.json`
// (../../geo/README.md).
export { MAP_BOUNDS, MAP_PROJECTION, MAP_VIEW_BOX, fromMap, toMap } from './projection.js';
export { REGION_BY_DISTRICT_KEY, regionOfKey } from './districts.js';
export { municipalityByKey, type Municipality } from './municipality.js';
export { MUNICIPALITIES } from './municipalities.js';
export { REGION_GEOMETRY_VERSION } from './geometry-version.js';
