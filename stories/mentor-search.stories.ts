import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, waitFor } from 'storybook/test';
import { api, fails } from './mocks/handlers.js';
import { emptyStory, errorStory, loadingStory, unfitStory } from './state-stories.js';
import { elementIn, inside, liveApi, press, renderElement, tabTo, typeText, type ElementArgs } from './support.js';

const TAG = 'sinn-mentor-search';
type Story = StoryObj<ElementArgs>;

const meta: Meta<ElementArgs> = {
  title: 'Elements/Mentor search',
  component: TAG,
  render: (args, context) => renderElement(TAG, args, context),
  args: { limit: 6 },
  parameters: {
    actions: { handles: ['sinn-mentor-select', 'sinn-mentor-request-sent'] },
    docs: {
      description: {
        component:
          'Search for mentors with suggestions and facets, and ask one for contact. The stories answer from fixtures through MSW; **Live** reads the demo server (`npm start`).',
      },
    },
  },
};
export default meta;

const count = (element: HTMLElement) => element.shadowRoot!.querySelector('[part="count"]')?.textContent?.trim() ?? '';

/** Type a name, the results follow; Tab to the mentor's contact button and Enter opens the contact dialog. */
export const Search: Story = {
  args: { api: api('mentors-search') },
  play: async ({ canvasElement, step }) => {
    const element = elementIn(canvasElement, TAG);
    await inside(element, 'article.mentor');
    const input = await inside<HTMLInputElement>(element, '#search-input');
    await step('Type a name: the results update', async () => {
      await tabTo(input);
      await typeText('Mansour');
      // Enter searches at once (the results also follow a pause in typing).
      await press('{Enter}');
      await waitFor(() => expect(element.shadowRoot!.querySelectorAll('article.mentor')).toHaveLength(1), { timeout: 5000 });
      await waitFor(() => expect(count(element)).toMatch(/^(Eine Mentorin oder ein Mentor gefunden|One mentor found)$/));
    });
    await step('Open the mentor: the contact dialog', async () => {
      const contact = await inside<HTMLButtonElement>(element, 'article.mentor button[part~="contact"]');
      await tabTo(contact);
      await press('{Enter}');
      const dialog = await inside<HTMLDialogElement>(element, 'dialog[open]');
      await expect(dialog).toHaveTextContent('Amira Mansour');
    });
  },
};

export const WithPresets: Story = {
  args: { api: api('mentors-presets'), expertise: 'geschaeftsmodell', region: 'leipzig' },
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, TAG);
    await inside(element, 'article.mentor');
    await inside(element, 'input[type="checkbox"]:checked');
  },
};

/**
 * On a phone (the element narrower than 44em): the facets wait behind "Suche eingrenzen", which says how many
 * filters are on, and the mentors come right after it. Enter opens it; each box ticked is counted at once.
 */
export const Phone: Story = {
  args: { api: api('mentors-phone'), region: 'leipzig' },
  globals: { width: 'phone' },
  play: async ({ canvasElement, step }) => {
    const element = elementIn(canvasElement, TAG);
    await inside(element, 'article.mentor');
    const refine = await inside<HTMLButtonElement>(element, 'button[part~="refine"]');
    const facets = await inside(element, '[part="facets"]');
    await step('Closed: one filter on, the facets hidden, the mentors next', async () => {
      await expect(refine).toHaveTextContent(/^\s*(Suche eingrenzen \(1 Filter aktiv\)|Refine search \(1 filter active\))\s*$/);
      await expect(refine).toHaveAttribute('aria-expanded', 'false');
      await expect(facets.checkVisibility()).toBe(false);
    });
    await step('Open it by keyboard and tick one more region', async () => {
      await tabTo(refine);
      await press('{Enter}');
      await waitFor(() => expect(facets.checkVisibility()).toBe(true));
      await expect(refine).toHaveAttribute('aria-expanded', 'true');
      const box = await inside<HTMLInputElement>(element, 'input[id^="facet-region-"]:not(:checked)');
      await tabTo(box);
      await press(' ');
      await waitFor(() => expect(refine).toHaveTextContent(/(2 Filter aktiv|2 filters active)/));
    });
  },
};

export const Loading: Story = loadingStory(TAG, '/v1/mentors', { api: api('mentors-loading') }, '.skeleton-card');

/** Nobody matches: what was searched, and the filters that could be removed. */
export const Empty: Story = emptyStory(TAG, '/v1/mentors', { api: api('mentors-empty'), q: 'Unterwasserrugby', region: 'vogtlandkreis' });

export const ServerError: Story = errorStory(TAG, '/v1/mentors', { api: api('mentors-error') });

/** The API answers what does not fit its contract (a list that is none): the error state and its retry, never half a view. */
export const UnfitAnswer: Story = unfitStory(TAG, '/v1/mentors', { api: api('mentors-unfit') });

/** The next page could not be loaded: the mentors shown stay, and why stands beside the button, which tries again. */
export const NextPageFailed: Story = {
  args: { api: api('mentors-stale'), limit: 4 },
  play: async ({ canvasElement, msw }) => {
    const element = elementIn(canvasElement, TAG);
    const more = await inside<HTMLButtonElement>(element, 'button[part~="more"]');
    msw.use(fails('/v1/mentors', (url) => url.searchParams.has('cursor')));
    more.focus();
    await press('{Enter}');
    const failed = await inside(element, '[part~="more"] + [role="alert"]', 10_000);
    await expect(failed).toHaveTextContent(/SINN-Server/);
    await expect(element.shadowRoot!.activeElement).toBe(more);
    await expect(element.shadowRoot!.querySelectorAll('article.mentor')).toHaveLength(4);
  },
};

/** The demo server's mentors (`npm start`). Not part of the test run. */
export const Live: Story = {
  tags: ['live'],
  args: { api: liveApi() },
};
