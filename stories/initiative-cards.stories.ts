import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, waitFor } from 'storybook/test';
import { initiatives } from './fixtures/index.js';
import { api, fails } from './mocks/handlers.js';
import { emptyStory, errorStory, loadingStory, unfitStory, staleStory } from './state-stories.js';
import { deepActive, elementIn, inside, liveApi, press, renderElement, tabTo, type ElementArgs } from './support.js';

const TAG = 'sinn-initiative-cards';
type Story = StoryObj<ElementArgs>;

const meta: Meta<ElementArgs> = {
  title: 'Elements/Initiative cards',
  component: TAG,
  render: (args, context) => renderElement(TAG, args, context),
  args: { limit: 6, view: 'grid' },
  argTypes: {
    view: { control: 'inline-radio', options: ['grid', 'list', 'compact'] },
    stage: { control: 'select', options: ['', 'idee', 'pilot', 'wachstum', 'etabliert'] },
  },
  parameters: {
    actions: { handles: ['sinn-initiative-select'] },
    docs: {
      description: {
        component:
          'Social innovations from Saxony as cards. The stories answer from fixtures (the demo data set) through MSW; **Live** reads the demo server (`npm start`).',
      },
    },
  },
};
export default meta;

/** The cards have arrived (no skeleton left). */
async function cardsOf(canvasElement: HTMLElement): Promise<HTMLElement> {
  const element = elementIn(canvasElement, TAG);
  await inside(element, '.card .open');
  return element;
}

/** A grid of six initiatives; a keyboard opens one: Tab to its title, Enter, Escape, and the focus is back. */
export const Grid: Story = {
  args: { api: api('cards-grid') },
  play: async ({ canvasElement, step }) => {
    const element = await cardsOf(canvasElement);
    const title = await inside<HTMLButtonElement>(element, '.card .open');
    await step('Tab to the first card’s title and open it with Enter', async () => {
      await tabTo(title);
      await press('{Enter}');
      const dialog = await inside<HTMLDialogElement>(element, 'dialog[open]');
      await expect(dialog).toHaveTextContent(initiatives[0]!.title);
    });
    await step('Escape closes the dialog and the focus returns to the title', async () => {
      await press('{Escape}');
      await waitFor(() => expect(element.shadowRoot!.querySelector('dialog')).toBeNull());
      await waitFor(() => expect(deepActive()).toBe(element.shadowRoot!.querySelector('.card .open')));
    });
  },
};

export const List: Story = {
  args: { api: api('cards-list'), view: 'list', limit: 4 },
  play: async ({ canvasElement }) => {
    const element = await cardsOf(canvasElement);
    await expect(element.shadowRoot!.querySelectorAll('.card')).toHaveLength(4);
  },
};

export const Compact: Story = {
  args: { api: api('cards-compact'), view: 'compact', limit: 8 },
  play: async ({ canvasElement }) => {
    await cardsOf(canvasElement);
  },
};

/** One initiative in full (`slug`), with its crowdfunding campaign. */
export const Single: Story = {
  args: { api: api('cards-single'), slug: initiatives[0]!.slug },
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, TAG);
    await inside(element, '.single');
    await inside(element, '[part~="crowdfunding"]');
  },
};

/** Filter controls set the attributes: choosing a region asks again and reflects `region`. */
export const WithFilters: Story = {
  args: { api: api('cards-filters'), filters: true, limit: 6 },
  play: async ({ canvasElement }) => {
    const element = await cardsOf(canvasElement);
    const select = await inside<HTMLSelectElement>(element, '#filter-region');
    const region = initiatives[0]!.region;
    select.value = region;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(element.getAttribute('region')).toBe(region));
    await inside(element, '.card .open');
  },
};

/** The skeleton that keeps the final height: the API has not answered yet. */
export const Loading: Story = loadingStory(TAG, '/v1/initiatives', { api: api('cards-loading') }, 'section[aria-busy="true"] .skeleton-card');

/** Nothing matches the filters: a helpful sentence. */
export const Empty: Story = emptyStory(TAG, '/v1/initiatives', { api: api('cards-empty'), region: 'vogtlandkreis', topic: 'familie-kinder' });

/** The API fails: what happened, and a retry button. */
export const ServerError: Story = errorStory(TAG, '/v1/initiatives', { api: api('cards-error') });

/** The API answers what does not fit its contract (a list that is none): the error state and its retry, never half a view. */
export const UnfitAnswer: Story = unfitStory(TAG, '/v1/initiatives', { api: api('cards-unfit') });

/** The API fails, then recovers: the retry button, pressed by keyboard, brings the cards. */
export const ServerErrorThenRetry: Story = {
  args: { api: api('cards-retry') },
  beforeEach: ({ msw }) => {
    msw.use(fails('/v1/initiatives'));
  },
  play: async ({ canvasElement, msw, step }) => {
    const element = elementIn(canvasElement, TAG);
    const retry = await inside<HTMLButtonElement>(element, '[part="error"] button');
    await step('The server is back; Enter on the retry button', async () => {
      msw.resetHandlers();
      retry.focus();
      await press('{Enter}');
      await inside(element, '.card .open');
    });
  },
};

/** A refresh failed while cards were shown: they stay, marked with the time they are from. */
export const Stale: Story = staleStory(TAG, '/v1/initiatives', { api: api('cards-stale') }, '.card .open');

/** The demo server's data (`npm start`). Not part of the test run. */
export const Live: Story = {
  tags: ['live'],
  args: { api: liveApi(), filters: true },
};
