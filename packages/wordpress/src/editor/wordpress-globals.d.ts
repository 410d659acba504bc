// The few pieces of WordPress's editor packages the blocks use. They are WordPress's own globals (wp.blocks, …)
// at run time, external to the bundle, so only their shapes are declared here instead of installing them.

declare module '@wordpress/element' {
  export type Node = unknown;
  export function createElement(type: unknown, props?: Record<string, unknown> | null, ...children: Node[]): Node;
  export const Fragment: unknown;
}

declare module '@wordpress/i18n' {
  export function __(text: string, domain: string): string;
}

declare module '@wordpress/blocks' {
  export interface AttributeSchema {
    type: 'string' | 'integer' | 'boolean' | 'number' | 'object' | 'array';
    enum?: string[];
    minimum?: number;
    maximum?: number;
  }
  export interface BlockType {
    name: string;
    attributes: Record<string, AttributeSchema>;
  }
  export interface EditProps {
    name: string;
    attributes: Record<string, unknown>;
    setAttributes(attributes: Record<string, unknown>): void;
  }
  export function registerBlockType(name: string, settings: { edit(props: EditProps): unknown; save(): null }): BlockType | undefined;
  export function getBlockType(name: string): BlockType | undefined;
}

declare module '@wordpress/block-editor' {
  export function useBlockProps(props?: Record<string, unknown>): Record<string, unknown>;
  export const InspectorControls: unknown;
}

declare module '@wordpress/components' {
  export const PanelBody: unknown;
  export const SelectControl: unknown;
  export const TextControl: unknown;
  export const ToggleControl: unknown;
  export const Disabled: unknown;
}

declare module '@wordpress/server-side-render' {
  const ServerSideRender: unknown;
  export default ServerSideRender;
}
