// Which `tiles` URL the map accepts: checked in the streets' chunk (streets.ts), fetched only where `tiles` is set;
// a refused one is said on the console and gets no button, and Leaflet (street-layer.ts) never comes for it.

/** A tile URL the element accepts: its template for Leaflet and the host the tiles come from. */
export interface TileSource {
  template: string;
  host: string;
}

/**
 * The tile source a `tiles` attribute names, or undefined for one the element refuses: it must be `https:` (no
 * exception for loopback: a visitor's own machine is never the partner's tile server), name a fixed host, carry
 * no user name or password, and have `{z}`, `{x}` and `{y}` as its only placeholders.
 */
export function tileSource(raw: string): TileSource | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || !url.hostname || url.username || url.password || /[{}]/.test(url.host)) return undefined;
  // The URL parser escapes the braces of a path; Leaflet fills in what they name, and throws on a name it lacks.
  const template = `${url.origin}${url.pathname}${url.search}`.replace(/%7B/gi, '{').replace(/%7D/gi, '}');
  const placeholders = (template.match(/\{[^}]*\}/g) ?? []).sort();
  if (placeholders.join() !== '{x},{y},{z}') return undefined;
  return { template, host: url.hostname };
}
