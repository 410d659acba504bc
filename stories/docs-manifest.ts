// custom-elements.json as Storybook's docs tables read it. Storybook keys every row by its bare name, so a CSS part
// named like an attribute (`region`, `filters`) would replace the attribute's row and its control; parts are
// listed as `::part(name)` instead. A default slot has the empty name, which the tables leave out. Private
// members (`#dialog`) are no one's API. And `string | undefined` is a string to a control, not an object.
import type { ArgTypesEnhancer, StrictInputType } from 'storybook/internal/types';
import { THEMES } from './support.js';

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

// The controls. Storybook makes a control from the type text alone: `'de' | 'en'` is no type it knows, so it got an
// object editor, and `limit`'s `string` (an attribute's value is text) a text field. The manifest says more: an
// attribute of a fixed set of values has them as its type (`@attr {'de' | 'en'} lang`), and one of a whole-number
// range says so in its description ("Cards per page, 1 to 100; default 6."). A control a story sets itself stays.

/** The `theme` attribute's words (its description names them): a preset, or dark mode; the toolbar adds the rest. */
const THEME_WORDS = [...THEMES, 'dark', 'auto'];

function choicesOf(type: string): string[] | undefined {
  const parts = type.split('|').map((part) => part.trim());
  if (!parts.every((part) => /^'[^']*'$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

function controlFor(argType: StrictInputType): StrictInputType {
  const category = argType.table?.category;
  if ((category !== 'attributes' && category !== 'properties') || argType.control !== undefined) return argType;
  const type = (argType.type as { name?: unknown } | undefined)?.name;
  if (typeof type !== 'string') return argType;
  const choices = argType.name === 'theme' && type === 'string' ? THEME_WORDS : choicesOf(type);
  if (choices) return { ...argType, type: { name: 'enum', value: choices, required: false }, options: choices, control: { type: 'select' } };
  const range = type === 'string' ? /\b(\d+) to (\d+)\b/.exec(argType.description ?? '') : null;
  if (range) return { ...argType, type: { name: 'number', required: false }, control: { type: 'number', min: Number(range[1]), max: Number(range[2]), step: 1 } };
  return argType;
}

/** Gives the elements' attributes the controls their manifest entries call for (.storybook/preview.ts). */
export const attributeControls: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(Object.entries(argTypes).map(([name, argType]) => [name, controlFor(argType)]));
