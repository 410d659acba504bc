import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, waitFor } from 'storybook/test';
import { FIXTURE_FROM, FIXTURE_MONTH } from './fixtures/index.js';
import { api } from './mocks/handlers.js';
import { emptyStory, errorStory, loadingStory, unfitStory, staleStory } from './state-stories.js';
import { deepActive, elementIn, inside, liveApi, press, renderElement, tabTo, type ElementArgs } from './support.js';

const TAG = 'sinn-event-calendar';
type Story = StoryObj<ElementArgs>;

const meta: Meta<ElementArgs> = {
  title: 'Elements/Event calendar',
  component: TAG,
  render: (args, context) => renderElement(TAG, args, context),
  // December 2026: the month of the fixtures' events (the demo data set's).
  args: { month: FIXTURE_MONTH, view: 'month' },
  argTypes: {
    view: { control: 'inline-radio', options: ['month', 'agenda', 'upcoming'] },
    format: { control: 'select', options: ['', 'onsite', 'online', 'hybrid'] },
  },
  parameters: {
    actions: { handles: ['sinn-event-select'] },
    docs: {
      description: {
        component:
          'Events as a month grid (an agenda below 40em), an agenda or the next few. The stories show December 2026 from fixtures through MSW; **Live** reads the demo server (`npm start`).',
      },
    },
  },
};
export default meta;

const dayOf = (cell: Element | null) => Number((cell as HTMLElement | null)?.closest('td')?.dataset.day);

/** The month grid: one tab stop; the arrow keys move between days; Enter opens the day; Escape returns to it. */
export const Month: Story = {
  args: { api: api('calendar-month') },
  play: async ({ canvasElement, step }) => {
    const element = elementIn(canvasElement, TAG);
    await inside(element, 'table[role="grid"][aria-busy="false"] .bar');
    const start = await inside<HTMLElement>(element, 'td[tabindex="0"]');
    const first = dayOf(start);
    await step('Tab into the grid: the focus is on one day', async () => {
      await tabTo(start);
    });
    await step('ArrowRight and ArrowDown move one day and one week', async () => {
      await press('{ArrowRight}');
      await waitFor(() => expect(dayOf(deepActive())).toBe(first + 1));
      await press('{ArrowDown}');
      await waitFor(() => expect(dayOf(deepActive())).toBe(first + 8));
      await expect(element.shadowRoot!.querySelectorAll('td[tabindex="0"]')).toHaveLength(1);
    });
    await step('Enter opens the day with its events; Escape closes it and the focus is back on the day', async () => {
      await press('{Enter}');
      const dialog = await inside<HTMLDialogElement>(element, 'dialog[open]');
      await expect(dialog.querySelector('h2')).toBeTruthy();
      await press('{Escape}');
      await waitFor(() => expect(element.shadowRoot!.querySelector('dialog')).toBeNull());
      await waitFor(() => expect(dayOf(deepActive())).toBe(first + 8));
    });
  },
};

export const MonthWithWeekNumbers: Story = {
  args: { api: api('calendar-weeks'), 'week-numbers': true, filters: true },
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, TAG);
    await inside(element, 'th.week');
    await inside(element, '.bar');
  },
};

/** The agenda: events grouped by day; Tab to an event and Enter opens its detail. */
export const Agenda: Story = {
  args: { api: api('calendar-agenda'), view: 'agenda', from: FIXTURE_FROM, limit: 8 },
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, TAG);
    const row = await inside<HTMLButtonElement>(element, '.agenda button.row');
    await tabTo(row);
    await press('{Enter}');
    await inside(element, 'dialog[open] [part~="facts"]');
    await press('{Escape}');
    await waitFor(() => expect(deepActive()).toBe(element.shadowRoot!.querySelector('.agenda button.row')));
  },
};

export const Upcoming: Story = {
  args: { api: api('calendar-upcoming'), view: 'upcoming', from: FIXTURE_FROM, limit: 4 },
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, TAG);
    await inside(element, '.upcoming button.row');
    await expect(element.shadowRoot!.querySelectorAll('.upcoming button.row')).toHaveLength(4);
  },
};

export const Loading: Story = loadingStory(TAG, '/v1/events', { api: api('calendar-loading'), view: 'agenda', from: FIXTURE_FROM }, '.skeleton-rows');

export const Empty: Story = emptyStory(TAG, '/v1/events', { api: api('calendar-empty'), view: 'agenda', from: FIXTURE_FROM, region: 'goerlitz', category: 'hackathon' });

export const ServerError: Story = errorStory(TAG, '/v1/events', { api: api('calendar-error') });

/** The API answers what does not fit its contract (a list that is none): the error state and its retry, never half a view. */
export const UnfitAnswer: Story = unfitStory(TAG, '/v1/events', { api: api('calendar-unfit') });

/** A refresh failed while the month was shown: it stays, with a notice and a retry. */
export const Stale: Story = staleStory(TAG, '/v1/events', { api: api('calendar-stale'), view: 'agenda', from: FIXTURE_FROM, limit: 6 }, '.agenda button.row');

/** The demo server's events of this month (`npm start`). Not part of the test run. */
export const Live: Story = {
  tags: ['live'],
  args: { api: liveApi(), month: undefined, filters: true },
};
