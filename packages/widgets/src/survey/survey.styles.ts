import { css } from 'lit';

/**
 * The survey's own layout, on top of the forms' shared styles. Narrower than 36em of its own width (a container
 * query, so a narrow column on a wide screen counts too) it shows one question per step with buttons to go back
 * and on; wider, every question on one page. The stylesheet alone decides, from the first frame.
 */
export const surveyStyles = css`
  :host {
    container-type: inline-size;
  }
  .survey,
  .head,
  form,
  .placeholder,
  .form,
  .step,
  .results,
  .success {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 1.1);
  }
  .survey {
    --_heading-size: 1.3em;
  }
  .head {
    gap: calc(var(--_space) * 0.5);
  }
  .by,
  .until {
    opacity: 0.85;
  }
  /* Room for what only the answer tells (placeholder.ts): two questions of the form, or the results to come. */
  .skeleton.block {
    block-size: 19.5em;
  }
  /* The placeholder's lines: filler text in the font of its place, transparent (the bar's colour is mixed from
     the text's), each line of it a bar. Its boxes, controls and buttons are the form's own. */
  .skeleton.text::before {
    content: attr(data-filler);
    color: transparent;
  }
  .notice {
    padding: var(--_space);
    border: 0.0625em solid var(--_border);
    border-inline-start: 0.35em solid var(--_brand);
    border-radius: var(--_radius);
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
    gap: 0.15em var(--_space);
  }
  /* The values of a scale in one row as wide as the question, the lowest at its start, the highest at its end,
     the others evenly between (each end's box half as wide, plus half a button): the ends' meanings under them
     start and end where the row does. Each box is 24 px wide at least. */
  .scale {
    display: flex;
    margin-block-start: 0.4em;
  }
  .point {
    display: grid;
    flex: 1 1 0;
    grid-template-columns: 1.25em;
    justify-content: center;
    justify-items: center;
    gap: 0.2em;
    min-inline-size: 24px;
    padding-block: 0.2em;
    font-weight: normal;
    cursor: pointer;
  }
  .point:first-child,
  .point:last-child {
    flex: 0.5 1 0.625em;
    justify-content: start;
  }
  .point:last-child {
    justify-content: end;
  }
  .point input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_brand);
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: var(--_space);
    font-size: 0.9em;
    opacity: 0.85;
  }
  .ends :last-child {
    text-align: end;
  }
  textarea {
    resize: vertical;
  }
  .progress {
    display: grid;
    gap: 0.3em;
  }
  progress {
    inline-size: 100%;
    block-size: 0.5em;
    accent-color: var(--_brand);
  }
  .stepper {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  @container (max-width: 36em) {
    .step:not(.current),
    .wide-only {
      display: none;
    }
  }
  @container not (max-width: 36em) {
    .stepper,
    .narrow-only {
      display: none;
    }
  }
  .chart {
    display: grid;
    gap: 0.5em;
    margin: 0;
  }
  .chart figcaption {
    font-weight: 600;
  }
  .bars {
    display: grid;
    gap: 0.6em;
  }
  .bar-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.2em var(--_space);
  }
  .bar-value {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .bar {
    grid-column: 1 / -1;
    inline-size: 100%;
    block-size: 0.75em;
  }
  .bar .track {
    fill: var(--_subtle);
  }
  .bar .fill {
    fill: var(--_brand);
  }
  .sent-to {
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .bar .fill {
      fill: CanvasText;
    }
  }
`;
