import type { AttributeHost } from './first-request.js';

// A wrong attribute value is said once on the console, with the element and the value, and then ignored: a
// webmaster sees what to fix, and the page keeps working.
const said = new Set<string>();

export function warnOnce(element: AttributeHost, attribute: string, value: string, expected: string): void {
  // Off the page (the SINN server working out an element's first answers from its attributes), a wrong value is
  // the element's to say, on the page: nothing is said, nor kept, there.
  if (typeof document === 'undefined') return;
  const key = `${element.localName}|${attribute}|${value}`;
  if (said.has(key)) return;
  said.add(key);
  console.warn(`<${element.localName}>: ignoring ${attribute}="${value}": expected ${expected}.`, element);
}

/**
 * An id from the SINN server that this version of the widget does not know (a category newer than it), said once
 * per element name, vocabulary and id, with the word shown in its place.
 */
export function warnUnknown(element: AttributeHost, kind: string, id: string | number, shownAs: string): void {
  const key = `${element.localName}|${kind}|${id}|unknown`;
  if (said.has(key)) return;
  said.add(key);
  console.warn(`<${element.localName}>: "${id}" (${kind}) from the SINN server is new to this widget; shown as "${shownAs}".`, element);
}
