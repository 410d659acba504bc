// custom-elements.json for @sinn/widgets: the elements' attributes, properties, events, parts, CSS properties and
// slots, read from their JSDoc. Written by `npm run build`; Storybook's docs pages and the JSX and Vue typings
// are made from it, so none of them can drift from the code.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

/** A module of the sources as the published package has it: `packages/widgets/src/x/y.ts` is `dist/x/y.js`. */
function publishedPath(path, from) {
  const file = path.startsWith('.') ? posix.join(posix.dirname(from), path) : path.replace(/^\//, '');
  return file.replace(/^packages\/widgets\/src\//, 'dist/').replace(/\.ts$/, '.js');
}

/** Rewrites every `path` and `module` (but those naming another package) below a value, read from module `from`. */
function publishPaths(value, from) {
  if (Array.isArray(value)) return value.forEach((item) => publishPaths(item, from));
  if (!value || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    if ((key === 'path' || key === 'module') && typeof item === 'string' && !('package' in value)) value[key] = publishedPath(item, from);
    else publishPaths(item, from);
  }
}

/** `@attr {'grid' | 'list' | 'compact'} view - …` of each class: the choices of its attributes, by class and name. */
const attributeChoices = new Map();

/** The `state: true` entries of each class's `static properties`: reactive, but never attributes. */
const stateProperties = new Map();

export default {
  globs: ['packages/widgets/src/**/*.ts'],
  exclude: ['**/*.test.ts', 'packages/widgets/src/loader/**'],
  outdir: 'packages/widgets',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The base class's typed emit() dispatches whatever name it is given; the analyzer reads that call as an
      // event called "name". The real events are documented with @fires on each element.
      name: 'sinn-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name.startsWith('sinn-'));
          }
        }
      },
    },
    {
      // The tags are registered by the define entries through defineElement(tag, Class[, askFirst]), which the analyzer does
      // not read as a definition (it takes the helper's own `customElements.define(tag, element)` for one).
      name: 'sinn-define-entries',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          module.exports = (module.exports ?? []).filter((entry) => !(entry.kind === 'custom-element-definition' && entry.name === 'tag'));
          if (!module.path.endsWith('/define.ts')) continue;
          const source = readFileSync(module.path, 'utf8');
          const [, tag, name] = /defineElement\('([a-z-]+)', (\w+)(?:, \w+)?\)/.exec(source) ?? [];
          const from = new RegExp(`import \\{ ${name} \\} from '(\\.[^']+)'`).exec(source)?.[1];
          if (tag && from) module.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name, module: from } });
        }
      },
    },
    {
      // An attribute with a fixed set of values says so in its @attr tag (`{'grid' | 'list' | 'compact'}`); the
      // analyzer would take the property's `string` instead. The choices type the JSX and Vue attributes and give
      // Storybook a select for them.
      name: 'sinn-attribute-choices',
      analyzePhase({ ts, node }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        for (const tag of ts.getJSDocTags(node)) {
          if (tag.tagName.text !== 'attr') continue;
          const text = `${typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag.comment) ?? ''}`;
          const [, type, name] = /^\{([^}]+)\}\s+([\w-]+)/.exec(text.trim()) ?? [];
          if (!type || !name) continue;
          if (!attributeChoices.has(node.name.text)) attributeChoices.set(node.name.text, new Map());
          attributeChoices.get(node.name.text).set(name, type.trim());
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const choices = (entry, name) => attributeChoices.get(entry.inheritedFrom?.name ?? declaration.name)?.get(name);
            for (const attribute of declaration.attributes ?? []) {
              const type = choices(attribute, attribute.name);
              if (type) attribute.type = { text: type };
            }
            for (const member of declaration.members ?? []) {
              const type = member.attribute && choices(member, member.attribute);
              if (type) member.type = { text: `${type} | undefined` };
            }
          }
        }
      },
    },
    {
      // Lit gives a property declared `{ state: true }` no attribute (the map's `view`, which zooms and pans set);
      // the analyzer reads every entry of `static properties` as one, and the docs listed an attribute that does
      // nothing. The property stays, without an attribute.
      name: 'sinn-state-properties',
      analyzePhase({ ts, node }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        for (const member of node.members) {
          if (!ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties' || !member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
          for (const property of member.initializer.properties) {
            if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
            const state = property.initializer.properties.some(
              (option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword,
            );
            if (!state) continue;
            if (!stateProperties.has(node.name.text)) stateProperties.set(node.name.text, new Set());
            stateProperties.get(node.name.text).add(property.name.getText());
          }
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const states = (entry) => stateProperties.get(entry.inheritedFrom?.name ?? declaration.name);
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !states(attribute)?.has(attribute.fieldName));
            for (const member of declaration.members ?? []) {
              if (states(member)?.has(member.name)) delete member.attribute;
            }
          }
        }
      },
    },
    {
      // Module paths as the published package has them (dist/…/*.js), relative to its root, as the schema asks.
      name: 'sinn-published-paths',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          const from = module.path;
          publishPaths(module, from);
        }
      },
    },
  ],
};
