// As the loader asks for an element's first answers the moment it sees it (loader/first-answers.ts), for tests that
// define the element themselves, before or after.
import { pageSettings } from '../src/base/page-settings.js';
import { askFirstAnswers } from '../src/loader/first-answers.js';
import { fetchesOf } from './fetch-spy.js';

/** Asks the server for the first answers of these elements of one tag, as the loader does. */
export function askFirst(tag: string, ...elements: Element[]): void {
  askFirstAnswers(tag, elements, pageSettings());
}

/** The attributes each of this page's first-answers requests sent for an element, in order, as a query string. */
export function firstAnswersAsked(tag: string): string[] {
  return fetchesOf('/v1/first-answers')
    .filter((query) => query.get('element') === tag)
    .map((query) => {
      const attributes = new URLSearchParams(query);
      attributes.delete('element');
      return attributes.toString();
    });
}
