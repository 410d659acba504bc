import { consentTextEndpoint, taxonomiesEndpoint } from '@sinn/sdk';
import { askEarly } from '../base/early-answers.js';

// What the join form asks the API for first, the consent text and the vocabulary its choices are drawn from: the
// same for every form, asked for by the loader beside the form's code (rollup.config.mjs, ELEMENT_FIRST_REQUESTS).

/** Asks for the first answers of these forms now (base/early-answers.ts). */
export function askFirst(elements: Iterable<Element>): void {
  askEarly(elements, () => [[consentTextEndpoint], [taxonomiesEndpoint]]);
}
