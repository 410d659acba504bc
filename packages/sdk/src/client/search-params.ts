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
