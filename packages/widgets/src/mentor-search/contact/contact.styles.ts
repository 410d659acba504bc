import { css } from 'lit';
import { formFields, formTokens } from '../../forms/forms.styles.js';

// The contact dialog's look. It shares the mentor search's shadow root, so the forms' rules apply only inside
// the dialog (nested under .contact) and leave the search box and the facets as they are.

export const contactStyles = [
  formTokens,
  css`
    .contact {
      ${formFields}
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--_space) * 1.1);
      --_heading-size: 1.3em;
      form {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: calc(var(--_space) * 1.1);
      }
      h2 {
        margin: 0;
      }
      textarea {
        min-block-size: 8em;
        resize: vertical;
      }
      input[type='text'],
      input[type='email'] {
        max-inline-size: 30em;
      }
      .success p {
        overflow-wrap: anywhere;
      }
      /* The search's own lists have no bullets; the summary's keep theirs. */
      .summary ul {
        list-style: disc;
      }
    }
  `,
];
