// A wrong attribute value is said once on the console, with the element and the value, and then ignored: a
// webmaster sees what to fix, and the page keeps working.
const said = new Set<string>();

export function warnOnce(element: Element, attribute: string, value: string, expected: string): void {
  const key = `${element.localName}|${attribute}|${value}`;
  if (said.has(key)) return;
  said.add(key);
  console.warn(`<${element.localName}>: ignoring ${attribute}="${value}": expected ${expected}.`, element);
}
