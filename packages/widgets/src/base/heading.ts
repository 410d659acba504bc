import { html, nothing, type TemplateResult } from 'lit';

/**
 * A heading of the level the page needs (`heading-level`), so an element fits the outline it is placed in.
 * `focusable` lets a script move the focus to it (a form's success message), without putting it in the tab order.
 */
export function heading(level: number, content: TemplateResult | string, part: string, id?: string, focusable = false): TemplateResult {
  const tabindex = focusable ? '-1' : nothing;
  switch (level) {
    case 2:
      return html`<h2 part=${part} id=${id ?? nothing} tabindex=${tabindex}>${content}</h2>`;
    case 4:
      return html`<h4 part=${part} id=${id ?? nothing} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id ?? nothing} tabindex=${tabindex}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} id=${id ?? nothing} tabindex=${tabindex}>${content}</h6>`;
    default:
      return html`<h3 part=${part} id=${id ?? nothing} tabindex=${tabindex}>${content}</h3>`;
  }
}
