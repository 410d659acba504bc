import type { Meta, StoryObj } from '@storybook/web-components';
import { delay, http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import { surveys } from './fixtures/index.js';
import { api, problem } from './mocks/handlers.js';
import { errorStory, loadingStory } from './state-stories.js';
import { deepActive, elementIn, inside, liveApi, press, renderElement, tabTo, typeText, type ElementArgs } from './support.js';

const TAG = 'sinn-survey';
type Story = StoryObj<ElementArgs>;

const OPEN = 'werkstatt-zwickau-thema';
const CLOSED = 'hackathon-dresden-rueckblick';
const VOTE = 'innovationspreis-publikum';

const meta: Meta<ElementArgs> = {
  title: 'Elements/Survey',
  component: TAG,
  render: (args, context) => renderElement(TAG, args, context),
  args: { 'privacy-url': 'https://www.example.org/datenschutz' },
  parameters: {
    actions: { handles: ['sinn-survey-submit'] },
    docs: {
      description: {
        component:
          'A short survey or public vote of SINN, then its results where the survey publishes them. The stories answer from the demo surveys through MSW, which hands out real (cheap) proof-of-work challenges and accepts responses with 202; **Live** answers at the demo server (`npm start`).',
      },
    },
  },
};
export default meta;

async function formOf(canvasElement: HTMLElement): Promise<HTMLElement> {
  const element = elementIn(canvasElement, TAG);
  await inside(element, 'form fieldset.question');
  return element;
}

/** Answers the Zwickau survey with the keyboard alone: an arrow key in the radios, Space on the consent. */
async function answerByKeyboard(element: HTMLElement): Promise<void> {
  const field = (selector: string) => inside<HTMLElement>(element, selector);
  await tabTo(await field('#q-thema-ehrenamt-digital'));
  await press('{ArrowDown}');
  await tabTo(await field('#q-wichtig-1'));
  await press('{ArrowRight}');
  await tabTo(await field('#consent'));
  await press(' ');
}

/** Open, on a wide screen: every question on one page, with how many are answered. */
export const Open: Story = {
  args: { api: api('survey-open'), slug: OPEN },
  play: async ({ canvasElement }) => {
    const element = await formOf(canvasElement);
    await expect(element.shadowRoot!.querySelectorAll('fieldset.question').length).toBe(3);
    await expect(element.shadowRoot!.querySelector('#progress-answered')).toHaveTextContent(/0 (von|of) 3/);
  },
};

/** On a phone: one question per step, with the step shown; Next checks the question before going on. */
export const Phone: Story = {
  args: { api: api('survey-phone'), slug: OPEN },
  globals: { width: 'phone' },
  play: async ({ canvasElement, step }) => {
    const element = await formOf(canvasElement);
    const shown = () => [...element.shadowRoot!.querySelectorAll<HTMLElement>('fieldset.question')].filter((each) => each.checkVisibility()).map((each) => each.id);
    await expect(shown()).toEqual(['q-thema']);
    await step('Next without an answer: the question says so', async () => {
      await tabTo(await inside(element, '[part~="next"]'));
      await press('{Enter}');
      await inside(element, '#q-thema-error');
    });
    await step('Answer and go on: the second question takes the focus', async () => {
      await tabTo(await inside(element, '#q-thema-ehrenamt-digital'));
      await press('{ArrowDown}');
      await tabTo(await inside(element, '[part~="next"]'));
      await press('{Enter}');
      await waitFor(() => expect(shown()).toEqual([shown()[0]!]));
      await waitFor(() => expect(shown()[0]).not.toBe('q-thema'));
    });
  },
};

/** Answered and sent by keyboard: the thanks take the focus, and the results come with the answer (after-answer). */
export const Sent: Story = {
  args: { api: api('survey-sent'), slug: OPEN },
  play: async ({ canvasElement, step }) => {
    const element = await formOf(canvasElement);
    await step('Answer by keyboard', () => answerByKeyboard(element));
    await step('Send: the thanks, then the results as charts with their tables', async () => {
      await tabTo(await inside(element, 'button[type="submit"]'));
      await press('{Enter}');
      const title = await inside<HTMLElement>(element, '#sent-title', 20_000);
      await waitFor(() => expect(deepActive()).toBe(title));
      await inside(element, '[part~="results"] svg rect.fill');
      await inside(element, '[part~="results"] table');
    });
  },
};

/** While sending: the button says so and the form is busy. */
export const Sending: Story = {
  args: { api: api('survey-sending'), slug: OPEN },
  beforeEach: ({ msw }) => {
    msw.use(http.post('*/v1/surveys/:slug/responses', async () => delay('infinite')));
  },
  play: async ({ canvasElement }) => {
    const element = await formOf(canvasElement);
    await answerByKeyboard(element);
    await tabTo(await inside(element, 'button[type="submit"]'));
    await press('{Enter}');
    await waitFor(() => expect(element.shadowRoot!.querySelector('button[type="submit"]')).toHaveAttribute('aria-disabled', 'true'), { timeout: 20_000 });
  },
};

/** Sent empty: the errors show at their questions and in a summary; the focus goes to the first. */
export const InvalidSubmit: Story = {
  args: { api: api('survey-invalid'), slug: OPEN },
  play: async ({ canvasElement }) => {
    const element = await formOf(canvasElement);
    await tabTo(await inside(element, 'button[type="submit"]'));
    await press('{Enter}');
    await inside(element, '[part~="error-summary"]');
    await waitFor(() => expect(deepActive()).toBe(element.shadowRoot!.querySelector('#q-thema-ehrenamt-digital')));
  },
};

/** The server cannot take the answers now (503): the message says so, with a retry; every answer stays. */
export const SendingFails: Story = {
  args: { api: api('survey-fails'), slug: OPEN },
  beforeEach: ({ msw }) => {
    msw.use(http.post('*/v1/surveys/:slug/responses', () => problem(503, 'Service Unavailable')));
  },
  play: async ({ canvasElement }) => {
    const element = await formOf(canvasElement);
    await answerByKeyboard(element);
    await tabTo(await inside(element, 'button[type="submit"]'));
    await press('{Enter}');
    await inside(element, '.failure button', 20_000);
    await expect(element.shadowRoot!.querySelector<HTMLInputElement>('#q-thema-pflege')!.checked).toBe(true);
  },
};

/** The prize vote (verified): it asks for the address, and after sending says to confirm the link in the mail. */
export const Vote: Story = {
  args: { api: api('survey-vote'), slug: VOTE },
  play: async ({ canvasElement }) => {
    const element = await formOf(canvasElement);
    await tabTo(await inside(element, 'input[type="radio"]'));
    await press(' ');
    await tabTo(await inside(element, '#email'));
    await typeText('erika@example.org');
    await tabTo(await inside(element, '#consent'));
    await press(' ');
    await tabTo(await inside(element, 'button[type="submit"]'));
    await press('{Enter}');
    await inside(element, '#sent-title', 20_000);
    await expect(element.shadowRoot!.querySelector('[part~="success"]')).toHaveTextContent('erika@example.org');
  },
};

/** Not open yet: "Noch nicht geöffnet", with when it opens and closes. */
export const NotOpenYet: Story = {
  args: { api: api('survey-upcoming'), slug: OPEN },
  beforeEach: ({ msw }) => {
    const survey = surveys.find((each) => each.slug === OPEN)!;
    msw.use(http.get('*/v1/surveys/:slug', () => HttpResponse.json({ ...survey, state: 'upcoming', opensAt: '2027-01-10T10:00:00+01:00', closesAt: '2027-01-31T18:00:00+01:00' })));
  },
  play: async ({ canvasElement }) => {
    const notice = await inside(elementIn(canvasElement, TAG), '[part~="notice"]');
    await expect(notice).toHaveTextContent(/Noch nicht geöffnet|Not open yet/);
  },
};

/** Closed: "Beendet" with its date, and the published results. */
export const Closed: Story = {
  args: { api: api('survey-closed'), slug: CLOSED },
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, TAG);
    await inside(element, '[part~="notice"]');
    await inside(element, '[part~="results"] .chart svg');
  },
};

/** The results could not be refreshed: what is shown stays, with when it was read and a retry. */
export const Stale: Story = {
  args: { api: api('survey-stale'), slug: CLOSED, refresh: 5 },
  beforeEach: ({ msw }) => {
    let asked = 0;
    msw.use(http.get('*/v1/surveys/:slug/results', () => (asked++ > 0 ? problem(500, 'Internal Server Error') : undefined)));
  },
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, TAG);
    await inside(element, '[part~="results"] .chart');
    await inside(element, '[part="stale"]', 30_000);
  },
};

/** region="…": the open survey of the region that closes soonest. */
export const ByRegion: Story = {
  args: { api: api('survey-region'), region: 'goerlitz' },
  play: async ({ canvasElement }) => {
    await formOf(canvasElement);
  },
};

/** While the survey comes: the shape of an open survey's form, as tall as it is likely to be. */
export const Loading: Story = loadingStory(TAG, `/v1/surveys/${OPEN}`, { api: api('survey-loading'), slug: OPEN }, '.placeholder .skeleton');

/** Closed, while its results come: room for them under the notice. */
export const ResultsLoading: Story = loadingStory(TAG, `/v1/surveys/${CLOSED}/results`, { api: api('survey-results-loading'), slug: CLOSED }, '[part~="notice"] ~ .skeleton.block');

/** The survey cannot be loaded: what happened, and a retry. */
export const ServerError: Story = errorStory(TAG, `/v1/surveys/${OPEN}`, { api: api('survey-error'), slug: OPEN });

/** Answers at the demo server (`npm start`). Not part of the test run. */
export const Live: Story = {
  tags: ['live'],
  args: { api: liveApi(), slug: OPEN },
};
