import { css } from 'lit';

/**
 * The look of the card's pieces that an initiative's detail draws too (card.ts: its meta line, topics, goals and
 * the crowdfunding's bar): part of the cards' own styles, and adopted with the detail by an element that draws no
 * card (the map), whose dialog would show them as a bulleted list of bare numbers otherwise.
 */
export const cardPiecesStyles = css`
  .meta {
    font-size: 0.9em;
    opacity: 0.85;
  }
  .topics,
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .topic {
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    line-height: 1.4;
    padding: 0.1em 0.55em;
    border: 0.0625em solid var(--_border);
    border-radius: 1em;
    font-size: 0.85em;
  }
  .sdg {
    display: inline-grid;
    place-items: center;
    min-width: 1.9em;
    height: 1.9em;
    border-radius: 0.3em;
    background: var(--_brand);
    color: var(--_on-brand);
    font-weight: 700;
    font-size: 0.85em;
  }
  progress {
    width: 100%;
    height: 0.6em;
    accent-color: var(--_brand);
  }
`;
