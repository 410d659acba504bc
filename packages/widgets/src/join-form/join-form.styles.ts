import { css } from 'lit';

/** The join form's own layout, on top of the forms' shared styles (../forms/forms.styles.ts). */
export const joinFormStyles = css`
  :host {
    container-type: inline-size;
  }
  .join,
  form,
  .success {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 1.1);
  }
  .join {
    --_heading-size: 1.3em;
    position: relative;
  }
  input[type='email'],
  #name {
    max-inline-size: 30em;
  }
  .pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: calc(var(--_space) * 1.1) var(--_space);
    /* The two selects stay on one line when one of them has an error above it. */
    align-items: end;
  }
  /* With an error in the row, its labels, errors and selects each share a line (the fields' rows are the row's). */
  .pair:has(.field-error) > * {
    grid-row: span 3;
    grid-template-rows: subgrid;
  }
  .pair select {
    grid-row: 3;
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
    gap: 0.15em var(--_space);
  }
  /* Wide enough for the longest topic on one line, so the labels arriving after the placeholders move nothing. */
  .choices.interests {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17em), 1fr));
  }
  /* A long e-mail address breaks rather than overflow a narrow screen. */
  .sent-to {
    overflow-wrap: anywhere;
  }
`;
