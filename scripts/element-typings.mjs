// The JSX (React 19) and Vue typings of @sinn/widgets, written from custom-elements.json, so that the attributes
// and events a template may use are exactly those the elements document: nothing to keep in step by hand.
//
//   dist/element-attributes.d.ts  one interface of attributes per element (SinnInitiativeCardsAttributes, …)
//   dist/jsx.d.ts (+ jsx.js)       React's JSX.IntrinsicElements: the attributes, and each `sinn-…` event as
//                                  `onsinn-…`, the prop name React 19 passes to a custom element's addEventListener
//   dist/vue.d.ts (+ vue.js)       Vue's GlobalComponents: the attributes as props, the events for `@sinn-…`
//
// The event types come from the element's own event map (SinnInitiativeCardsEventMap, exported by the package).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HEADER = '// Generated from custom-elements.json by scripts/element-typings.mjs. Do not edit.\n';

/** The elements of a manifest: tag, class name, description, attributes, events. */
export function elementsOf(manifest) {
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      elements.push({
        tag: declaration.tagName,
        name: declaration.name,
        summary: declaration.summary ?? declaration.description ?? '',
        attributes: declaration.attributes ?? [],
        events: declaration.events ?? [],
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The type a template may give an attribute: the property's type without `undefined`, or string. */
function attributeType(attribute) {
  const text = (attribute.type?.text ?? 'string')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  const simple = text.length > 0 && text.every((part) => /^(string|number|boolean|'[^']*'|"[^"]*"|-?\d+(\.\d+)?)$/.test(part));
  return simple ? text.join(' | ') : 'string';
}

function doc(text, indent) {
  const line = (text ?? '').replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim();
  return line ? `${indent}/** ${line} */\n` : '';
}

function quoted(name) {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`;
}

function attributesFile(elements) {
  let out = HEADER;
  for (const element of elements) {
    out += `\n/** The attributes of \`<${element.tag}>\`. */\nexport interface ${element.name}Attributes {\n`;
    for (const attribute of element.attributes) {
      out += doc(attribute.description, '  ');
      out += `  ${quoted(attribute.name)}?: ${attributeType(attribute)};\n`;
    }
    out += '}\n';
  }
  return out;
}

function imports(elements, from) {
  const names = elements.flatMap((element) => [element.name, `${element.name}EventMap`]);
  return `import type { ${names.join(', ')} } from '${from}';\n`;
}

function attributeImports(elements) {
  return `import type { ${elements.map((element) => `${element.name}Attributes`).join(', ')} } from './element-attributes.js';\n`;
}

function exportsOf(elements) {
  return `export type { ${elements.map((element) => `${element.name}Attributes`).join(', ')} } from './element-attributes.js';\n`;
}

/** Every event the manifest names must be in the element's event map: a typo would otherwise type as nothing. */
function eventKeys(element) {
  return element.events.map((event) => `'${event.name}'`).join(' | ') || 'never';
}

function jsxFile(elements) {
  let out = `${HEADER}// React 19 sets a custom element's known properties and adds an event listener for a prop named on<event>:
// <sinn-initiative-cards limit="3" onsinn-initiative-select={(event) => event.detail.initiative} />
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${imports(elements, './index.js')}${attributeImports(elements)}
/** The \`sinn-…\` events of an element as React 19 props: \`onsinn-initiative-select\`. */
export type ElementEventProps<EventMap, Name extends keyof EventMap & string> = {
  [Key in Name as \`on\${Key}\`]?: (event: EventMap[Key]) => void;
};

/** The props of a SINN element in JSX: React's for any HTML element, the element's attributes, its events. */
export type ElementProps<Element extends HTMLElement, Attributes, EventMap, Name extends keyof EventMap & string> = Omit<
  DetailedHTMLProps<HTMLAttributes<Element>, Element>,
  keyof Attributes
> &
  Attributes &
  ElementEventProps<EventMap, Name>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
`;
  for (const element of elements) {
    out += doc(element.summary, '      ');
    out += `      '${element.tag}': ElementProps<${element.name}, ${element.name}Attributes, ${element.name}EventMap, ${eventKeys(element)}>;\n`;
  }
  out += `    }
  }
}

${exportsOf(elements)}`;
  return out;
}

function vueFile(elements) {
  let out = `${HEADER}// Vue's templates: <sinn-initiative-cards limit="3" @sinn-initiative-select="open" />. Tell Vue these are custom
// elements (compilerOptions.isCustomElement: (tag) => tag.startsWith('sinn-')).
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
${imports(elements, './index.js')}${attributeImports(elements)}
/** A SINN element as Vue's template type-checking sees a component: its attributes as props, its events as emits. */
export type VueElement<Element extends HTMLElement, Attributes, EventMap, Name extends keyof EventMap & string> = new () => Element & {
  /** @deprecated For template type-checking only; an element has no $props. */
  $props: HTMLAttributes & Attributes & PublicProps;
  /** @deprecated For template type-checking only; an element has no $emit. */
  $emit: EmitFn<{ [Key in Name]: (event: EventMap[Key]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
`;
  for (const element of elements) {
    out += doc(element.summary, '    ');
    out += `    '${element.tag}': VueElement<${element.name}, ${element.name}Attributes, ${element.name}EventMap, ${eventKeys(element)}>;\n`;
  }
  out += `  }
}

${exportsOf(elements)}`;
  return out;
}

const EMPTY_MODULE = `${HEADER}// Types only: see the .d.ts beside this file. A module, so that \`import '@sinn/widgets/…'\` does no harm.\nexport {};\n`;

/** Writes the typings for the manifest at `manifestPath` into `outDir`. */
export function writeElementTypings(manifestPath, outDir) {
  const elements = elementsOf(JSON.parse(readFileSync(manifestPath, 'utf8')));
  if (elements.length === 0) throw new Error(`${manifestPath} names no custom element`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'element-attributes.d.ts'), attributesFile(elements));
  writeFileSync(join(outDir, 'jsx.d.ts'), jsxFile(elements));
  writeFileSync(join(outDir, 'jsx.js'), EMPTY_MODULE);
  writeFileSync(join(outDir, 'vue.d.ts'), vueFile(elements));
  writeFileSync(join(outDir, 'vue.js'), EMPTY_MODULE);
  return elements.map((element) => element.tag);
}
