import { css } from 'lit';

export const dialogStyles = css`
  dialog {
    width: min(44em, 100% - 2em);
    max-height: calc(100% - 2em);
    padding: calc(var(--_space) * 1.5);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--sinn-color-surface, Canvas);
    color: var(--sinn-color-text, CanvasText);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dialog img {
    width: 100%;
    height: auto;
    border-radius: var(--_radius);
  }
  dialog > * {
    margin-block: 0 calc(var(--_space) * 0.75);
  }
  .easy {
    padding: var(--_space);
    border-inline-start: 0.3em solid var(--_brand);
    background: var(--_subtle);
  }
  /* The close button stays in sight while a long dialog (a form with its errors) scrolls. */
  .close {
    position: sticky;
    top: calc(var(--_space) * -1.5);
    z-index: 1;
    display: flex;
    justify-content: flex-end;
  }
  .close .button {
    background: var(--sinn-color-surface, Canvas);
  }
`;
