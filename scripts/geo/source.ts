// The committed extract of the BKG's VG5000 (scripts/geo/vg5000/README.md) and its coordinate system, for the
// generator and for the tests that hold the generated files against it.
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Polygon } from 'geojson';

export type SourceLayer = FeatureCollection<Polygon, Record<string, string | number>>;

/** Saxony's districts (KRS) or municipalities (GEM), in Gauß-Krüger zone 3 metres, as the shapefiles hold them. */
export function readLayer(layer: 'KRS' | 'GEM'): SourceLayer {
  return JSON.parse(readFileSync(new URL(`./vg5000/VG5000_${layer}.sachsen.geojson`, import.meta.url), 'utf8')) as SourceLayer;
}

/**
 * EPSG:31467 (DHDN / 3-degree Gauß-Krüger zone 3, the shapefiles' .prj) with the datum shift the .prj leaves out:
 * EPSG's transformation 1777, DHDN to WGS 84 for Germany (about 3 m). Without it every point lies 100 to 150 m off.
 */
export const GAUSS_KRUEGER_3 =
  '+proj=tmerc +lat_0=0 +lon_0=9 +k=1 +x_0=3500000 +y_0=0 +ellps=bessel +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs';
