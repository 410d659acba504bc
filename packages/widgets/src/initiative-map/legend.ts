// The legend of the map's shading, drawn under the map with its first paint.
import { html, type TemplateResult } from 'lit';
import type { Lang } from '../i18n/i18n.js';
import { rangeOf, STEPS, type StepScale } from './map-model.js';
import { mapText } from './messages/messages.js';

/** What each step of the shading used means: none, then equal ranges of initiatives. */
export function legend(scale: StepScale, lang: Lang): TemplateResult {
  const steps = Array.from({ length: STEPS - scale.offset }, (_, index) => scale.offset + index + 1);
  const range = (step: number): string => {
    const [from, to] = rangeOf(step, scale);
    return from === to ? mapText(lang, 'map.legend.single', { from }) : mapText(lang, 'map.legend.range', { from, to });
  };
  return html`<figure class="legend" part="legend">
    <figcaption>${mapText(lang, 'map.legend')}</figcaption>
    <ul>
      <li><span class="swatch step-0" aria-hidden="true"></span>${mapText(lang, 'map.legend.none')}</li>
      ${steps.map((step) => html`<li><span class="swatch step-${step}" aria-hidden="true"></span>${range(step)}</li>`)}
    </ul>
  </figure>`;
}
