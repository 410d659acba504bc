// custom-elements.json for @sinn/widgets: the elements' attributes, properties, events, parts, CSS properties and
// slots, read from their JSDoc. Written by `npm run build`; Storybook's docs pages and the JSX and Vue typings
// are made from it, so none of them can drift from the code.
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
  ],
};
