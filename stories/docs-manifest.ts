// custom-elements.json as Storybook's docs tables read it. Storybook keys every row by its bare name, so a CSS part
// named like an attribute (`region`, `filters`) would replace the attribute's row and its control; parts are
// listed as `::part(name)` instead. A default slot has the empty name, which the tables leave out. Private
// members (`#dialog`) are no one's API. And `string | undefined` is a string to a control, not an object.

interface Named {
  name: string;
  type?: { text: string };
  privacy?: string;
  static?: boolean;
}

interface Declaration {
  attributes?: Named[];
  members?: Named[];
  cssParts?: Named[];
  slots?: Named[];
}

interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

function optionalRemoved<T extends Named>(entry: T): T {
  if (!entry.type) return entry;
  const text = entry.type.text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null')
    .join(' | ');
  return { ...entry, type: { text } };
}

/** A copy of the manifest that Storybook's tables show as the element's API. */
export function docsManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        attributes: declaration.attributes?.map(optionalRemoved),
        members: declaration.members
          ?.filter((member) => !member.name.startsWith('#') && member.privacy !== 'private' && member.privacy !== 'protected' && !member.static)
          .map(optionalRemoved),
        cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
        slots: declaration.slots?.map((slot) => ({ ...slot, name: slot.name || '(default)' })),
      })),
    })),
  };
}
