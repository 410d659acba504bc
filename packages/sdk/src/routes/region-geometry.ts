import { route } from '../route.js';
import type { RegionGeometry, RegionGeometryQuery } from '../schemas/region-geometry.js';

/**
 * The districts' outlines. Asked with `v` set to REGION_GEOMETRY_VERSION (`@sinn/sdk/geo`), the version of the
 * outlines this sdk was built with, the answer may be kept for a year; without it, or when the server holds
 * other outlines than that version, for a day.
 */
export const regionGeometryEndpoint = /* @__PURE__ */ route<RegionGeometry, RegionGeometryQuery>({ path: '/v1/regions/geometry', cached: true });
