import { css } from 'lit';

/**
 * The detail dialog's look (detail-dialog.ts), adopted with its code, after the element's own styles; the spacing of
 * what it holds is in states.styles.ts.
 */
export const dialogStyles = css`
  dialog {
    width: min(44em, 100% - 2em);
    max-height: calc(100% - 2em);
    padding: calc(var(--_space) * 1.5);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--sinn-color-surface, Canvas);
    color: var(--sinn-color-text, CanvasText);
    /* As tall as the close button's bar (below), and a space: a field the focus moves to (a tab, an error
       summary's link) comes to rest under the bar, not behind it. */
    scroll-padding-block-start: calc(var(--_space) * 1.5 + max(2.75em, 24px));
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  /* A picture leaves room for the words under it on a short screen (a phone held sideways, a page zoomed in). */
  dialog img {
    width: 100%;
    height: auto;
    max-height: 40vh;
    object-fit: cover;
    border-radius: var(--_radius);
  }
  /* The close button stays in sight while a long dialog (a form with its errors) scrolls, on a bar of its own that
     what scrolls passes under, rather than beside the button. */
  .close {
    position: sticky;
    top: calc(var(--_space) * -1.5);
    z-index: 1;
    display: flex;
    justify-content: flex-end;
    margin: calc(var(--_space) * -0.5) calc(var(--_space) * -1.5) 0;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5) 0;
    background: var(--sinn-color-surface, Canvas);
  }
  /* Once the dialog has scrolled, the bar casts a shadow on what passes under it: lines cut at its edge read as
     going on beneath, not as ending there. */
  @supports (animation-timeline: scroll()) {
    .close {
      animation: sinn-bar linear both;
      animation-timeline: scroll(nearest);
      animation-range: 0 1.5em;
    }
    @keyframes sinn-bar {
      to {
        box-shadow: 0 0.6em 0.6em -0.6em rgb(0 0 0 / 0.4);
      }
    }
  }
`;
