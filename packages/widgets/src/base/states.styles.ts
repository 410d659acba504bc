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
  /* The thing clicked while its whole record comes (base/record-opener.ts): a light that runs across it, drawn
     in its own box, so nothing around it moves. Important: over the \`background\` shorthand of a bar or button. */
  [data-opening] {
    cursor: progress !important;
    background-image: linear-gradient(100deg, transparent 30%, color-mix(in srgb, currentColor 22%, transparent) 50%, transparent 70%) !important;
    background-size: 250% 100% !important;
    background-repeat: no-repeat !important;
    animation: sinn-opening 1.2s linear infinite;
  }
  @keyframes sinn-opening {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -150% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
    [data-opening] {
      animation: none;
      background-position: 50% 0 !important;
    }
  }
`;
