// The client's half of the query translation (schemas/query.ts reads what this writes): plain code, no schema,
// since every page's client writes URLs.

/** Writes a typed query as search params, keys sorted, so equal queries give byte-equal URLs. */
export function toSearchParams(query: object): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(query).sort()) {
    const value = (query as Record<string, unknown>)[key];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  return params;
}

/**
 * The URL of a GET of an endpoint's `path` under the API address `baseUrl`: path parameters filled in, the query
 * written by `toSearchParams`.
 */
export function routeUrl(baseUrl: string, path: string, params: Record<string, string> = {}, query?: object): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  return underBase(baseUrl.replace(/\/+$/, ''), filled, query ? toSearchParams(query).toString() : '');
}

/**
 * A path and its written query (`search`, without `?`) under an API address. A base with a query of its own
 * (WordPress without pretty permalinks: `/?rest_route=/sinn`) takes the path inside that query, and the path's
 * query after it.
 */
export function underBase(base: string, path: string, search: string): string {
  return `${base}${path}${search ? `${base.includes('?') ? '&' : '?'}${search}` : ''}`;
}
