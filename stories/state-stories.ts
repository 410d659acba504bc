// The states every element shares (loading, empty, an error with its retry, stale after a failed refresh), as
// stories: one story per element and state, the same checks for each.
import type { StoryObj } from '@storybook/web-components';
import type { HttpHandler } from 'msw';
import { expect } from 'storybook/test';
import { emptyList, fails, neverAnswers, unfitList } from './mocks/handlers.js';
import { elementIn, inside, type ElementArgs } from './support.js';

type Story = StoryObj<ElementArgs>;

/** `path` never answers: the element shows its placeholder (`placeholder`, a selector in its shadow root). */
export function loadingStory(tag: string, path: string, args: ElementArgs, placeholder: string): Story {
  return {
    args,
    beforeEach: ({ msw }) => {
      msw.use(neverAnswers(path));
    },
    play: async ({ canvasElement }) => {
      await inside(elementIn(canvasElement, tag), placeholder);
    },
  };
}

/** Nothing matches: a helpful sentence. */
export function emptyStory(tag: string, path: '/v1/initiatives' | '/v1/events' | '/v1/mentors', args: ElementArgs): Story {
  return {
    args,
    beforeEach: ({ msw }) => {
      msw.use(emptyList(path));
    },
    play: async ({ canvasElement }) => {
      await inside(elementIn(canvasElement, tag), '[part~="empty"]');
    },
  };
}

/** `path` fails: what happened, and a retry button. */
export function errorStory(tag: string, path: string, args: ElementArgs): Story {
  return alertStory(tag, fails(path), args);
}

/** `path` answers what does not fit the contract: the error state with its retry, not half a view. */
export function unfitStory(tag: string, path: '/v1/initiatives' | '/v1/events' | '/v1/mentors', args: ElementArgs): Story {
  return alertStory(tag, unfitList(path), args);
}

/** The API answers through `handler`: the element's error state, with a retry button. */
function alertStory(tag: string, handler: HttpHandler, args: ElementArgs): Story {
  return {
    args,
    beforeEach: ({ msw }) => {
      msw.use(handler);
    },
    play: async ({ canvasElement }) => {
      const alert = await inside(elementIn(canvasElement, tag), '[part="error"][role="alert"]');
      await expect(alert.querySelector('button')).toBeTruthy();
    },
  };
}

/**
 * A refresh fails while the data is shown (`shown`, a selector): it stays, with a notice of the time it is from.
 */
export function staleStory(tag: string, path: string, args: ElementArgs, shown: string): Story {
  return {
    args,
    play: async ({ canvasElement, msw }) => {
      const element = elementIn(canvasElement, tag);
      await inside(element, shown);
      msw.use(fails(path));
      await (element as HTMLElement & { refresh(): Promise<void> }).refresh();
      const notice = await inside(element, '[part="stale"]');
      await expect(notice).toHaveTextContent(/2026/);
      await expect(element.shadowRoot!.querySelector(shown)).toBeTruthy();
    },
  };
}
