// The editor side of the blocks: inspector controls made from each block's attributes (block.json, passed
// from the server), and a preview that is the server's rendering with the live element in it.
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { getBlockType, registerBlockType, type AttributeSchema, type EditProps } from '@wordpress/blocks';
import { Disabled, PanelBody, SelectControl, TextControl, ToggleControl } from '@wordpress/components';
import { createElement as h, Fragment, type Node } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import ServerSideRender from '@wordpress/server-side-render';
import { BLOCKS } from './block-names.js';
import { attributeLabels, blockLabels, choiceLabels } from './labels.js';

// The controls' look from WordPress 6.7 and 6.8 on, which the older look is deprecated for; earlier releases
// ignore these.
const CURRENT_LOOK = { __next40pxDefaultSize: true, __nextHasNoMarginBottom: true };

/** An emptied field removes its attribute, so the element falls back to its default. */
function set(props: EditProps, name: string, value: unknown): void {
  props.setAttributes({ [name]: value === '' || value === false || Number.isNaN(value) ? undefined : value });
}

function control(props: EditProps, name: string, schema: AttributeSchema): Node {
  const label = (blockLabels()[props.name]?.[name] ?? attributeLabels()[name])!;
  const value = props.attributes[name];
  if (schema.type === 'boolean') {
    return h(ToggleControl, { __nextHasNoMarginBottom: true, key: name, label: label.label, help: label.help, checked: value === true, onChange: (on: boolean) => set(props, name, on) });
  }
  if (schema.enum) {
    const choices = choiceLabels();
    const options = [{ value: '', label: __('Default', 'sinn-widgets') }, ...schema.enum.map((choice) => ({ value: choice, label: choices[choice] ?? choice }))];
    return h(SelectControl, { ...CURRENT_LOOK, key: name, label: label.label, help: label.help, value: value ?? '', options, onChange: (choice: string) => set(props, name, choice) });
  }
  if (schema.type === 'integer') {
    return h(TextControl, {
      ...CURRENT_LOOK,
      key: name,
      type: 'number',
      label: label.label,
      help: label.help,
      min: schema.minimum,
      max: schema.maximum,
      value: value ?? '',
      onChange: (text: string) => set(props, name, text === '' ? '' : Number.parseInt(text, 10)),
    });
  }
  return h(TextControl, { ...CURRENT_LOOK, key: name, label: label.label, help: label.help, value: value ?? '', onChange: (text: string) => set(props, name, text.trim()) });
}

function edit(props: EditProps): Node {
  const labels = attributeLabels();
  const attributes = getBlockType(props.name)?.attributes ?? {};
  const controls = Object.entries(attributes)
    .filter(([name]) => name in labels)
    .map(([name, schema]) => control(props, name, schema));
  return h(
    Fragment,
    null,
    h(InspectorControls, null, h(PanelBody, { title: __('SINN settings', 'sinn-widgets'), initialOpen: true }, ...controls)),
    // The preview is for looking at; the element is used on the published page.
    h('div', useBlockProps(), h(Disabled, null, h(ServerSideRender, { block: props.name, attributes: props.attributes }))),
  );
}

for (const name of BLOCKS) {
  registerBlockType(name, { edit, save: () => null });
}
