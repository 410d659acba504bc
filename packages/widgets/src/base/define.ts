// Registers an element unless its tag is taken. Two copies of SINN widgets on one page (a plugin and a theme
// both bring them) must not throw; the first definition stays, and a different one is named on the console.
// Where there is no custom element registry (a server rendering the page, a test in plain Node) it does nothing,
// so that importing a define entry is always safe.
const VERSION = '0.1.0';
const VERSIONS = Symbol.for('sinn.versions');

export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const versions = ((globalThis as { [VERSIONS]?: Record<string, string> })[VERSIONS] ??= {});
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== element && versions[tag] !== VERSION) {
      console.warn(`<${tag}> is already defined by SINN widgets ${versions[tag] ?? '(unknown version)'}; version ${VERSION} is not used.`);
    }
    return;
  }
  customElements.define(tag, element);
  versions[tag] = VERSION;
}
