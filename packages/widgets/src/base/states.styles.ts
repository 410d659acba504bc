import { css } from 'lit';

export const stateStyles = css`
  .state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  .state p {
    margin: 0;
    flex: 1 1 16em;
  }
  .state.error {
    border-inline-start: 0.35em solid var(--_brand);
  }
  .skeleton {
    background: var(--_subtle);
    border-radius: calc(var(--_radius) / 2);
    animation: sinn-pulse 1.6s ease-in-out infinite;
  }
  @keyframes sinn-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
