// Made once per page: Intl's formatters, slow to make, and words Intl is slow to format that are said again and
// again (the calendar's dates). A module of its own: the calendar's days use it in what the SINN server runs too
// (event-calendar/first-requests.ts), without the formatters of format.ts.
const cache = new Map<string, unknown>();

export function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}
