import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, waitFor } from 'storybook/test';
import { initiatives } from './fixtures/index.js';
import { api } from './mocks/handlers.js';
import { emptyStory, errorStory, loadingStory, staleStory } from './state-stories.js';
import { deepActive, elementIn, inside, liveApi, press, renderElement, tabTo, type ElementArgs } from './support.js';

const TAG = 'sinn-initiative-map';
type Story = StoryObj<ElementArgs>;

const meta: Meta<ElementArgs> = {
  title: 'Elements/Initiative map',
  component: TAG,
  render: (args, context) => renderElement(TAG, args, context),
  args: {},
  argTypes: {
    stage: { control: 'select', options: ['', 'idee', 'pilot', 'wachstum', 'etabliert'] },
  },
  parameters: {
    actions: { handles: ['sinn-initiative-select'] },
    docs: {
      description: {
        component:
          'Social innovations from Saxony on a map of its 13 districts, with no third party: the outlines come from the sdk (© GeoBasis-DE / BKG 2021). The stories answer from fixtures (the demo data set) through MSW; **Live** reads the demo server (`npm start`).',
      },
    },
  },
};
export default meta;

const districts = (element: HTMLElement) => [...element.shadowRoot!.querySelectorAll<SVGGElement>('[part~="region"]')];
const points = (element: HTMLElement) => [...element.shadowRoot!.querySelectorAll<SVGGElement>('[part="point"], [part="cluster"]')];

/** The map has arrived: its 13 districts are drawn. */
async function mapOf(canvasElement: HTMLElement): Promise<HTMLElement> {
  const element = elementIn(canvasElement, TAG);
  await waitFor(() => expect(districts(element)).toHaveLength(13), { timeout: 8000 });
  return element;
}

/**
 * The 13 districts, shaded by their counts, with the fixture initiatives as points at their municipalities: places
 * too close together for targets of 24 px are one cluster, and a district drawn too small shows its count alone.
 */
export const Loaded: Story = {
  args: { api: api('map-loaded') },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement);
    await waitFor(() => expect(points(element).length).toBeGreaterThan(0));
    // Each target counts the initiatives at the places it stands for.
    const keyOf = (item: (typeof initiatives)[number]) => (item.coordinates ? `${item.coordinates.lon},${item.coordinates.lat}` : '');
    for (const spot of points(element)) {
      const keys = spot.dataset.place ? [spot.dataset.place] : spot.dataset.places!.split(' ');
      const count = initiatives.filter((item) => keys.includes(keyOf(item))).length;
      await expect(spot.getAttribute('part') === 'cluster' ? Number(spot.querySelector('text')!.textContent) : 1).toBe(count);
    }
    const first = initiatives[0]!;
    const shape = element.shadowRoot!.querySelector(`[data-region="${first.region}"]`)!;
    await expect(shape.getAttribute('aria-label')).toMatch(/: 1 Initiative/);
    await inside(element, '[part="legend"]');
    await expect(await inside(element, '[part="attribution"]')).toHaveTextContent('© GeoBasis-DE / BKG 2021');
  },
};

/** The same result as a list grouped by district: the "Liste" toggle, by keyboard, and a title opens the dialog. */
export const ListView: Story = {
  args: { api: api('map-list') },
  play: async ({ canvasElement, step }) => {
    const element = await mapOf(canvasElement);
    const toggle = await inside<HTMLButtonElement>(element, '[part~="toggle"]');
    await step('Tab to the toggle and press Enter: the list replaces the map', async () => {
      await tabTo(toggle);
      await press('{Enter}');
      await inside(element, '[part="list"]');
      await expect(toggle.getAttribute('aria-pressed')).toBe('true');
      await expect(element.shadowRoot!.querySelector('[part="map"]')).toBeNull();
      await expect(element.shadowRoot!.querySelectorAll('[part="list"] .entry')).toHaveLength(initiatives.length);
    });
    await step('A title opens the detail dialog; Escape returns the focus to it', async () => {
      const entry = await inside<HTMLButtonElement>(element, '[part="list"] .entry');
      entry.focus();
      await press('{Enter}');
      const dialog = await inside<HTMLDialogElement>(element, 'dialog[open]');
      await expect(dialog).toHaveTextContent(entry.textContent!.trim());
      await press('{Escape}');
      await waitFor(() => expect(element.shadowRoot!.querySelector('dialog')).toBeNull());
      await waitFor(() => expect(deepActive()).toBe(entry));
    });
  },
};

/** A district chosen with the keyboard: it filters (`region` reflects it), and only its initiatives stay on the map. */
export const DistrictChosen: Story = {
  args: { api: api('map-district') },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement);
    const stop = districts(element).find((shape) => shape.getAttribute('tabindex') === '0')!;
    const id = stop.dataset.region!;
    await tabTo(stop);
    await press('{Enter}');
    await waitFor(() => expect(element.getAttribute('region')).toBe(id));
    await waitFor(() => expect(stop.getAttribute('aria-pressed')).toBe('true'));
    await waitFor(() => expect(points(element)).toHaveLength(initiatives.filter((item) => item.region === id).length));
  },
};

/** The view's width in map units (its viewBox's third number): the whole map is 3,300 wide. */
const viewWidth = (map: SVGSVGElement) => Number(map.getAttribute('viewBox')!.split(' ')[2]);

/**
 * Zoomed in with the buttons, panned with an arrow key on the focused map, and a district chosen: the map zooms to
 * it. Points keep their size on screen; places too close for their targets of 24 px are one cluster until zoomed.
 */
export const Zoomed: Story = {
  args: { api: api('map-zoomed') },
  play: async ({ canvasElement, step }) => {
    const element = await mapOf(canvasElement);
    const map = await inside<SVGSVGElement>(element, 'svg[part="map"]');
    const zoomIn = await inside<HTMLButtonElement>(element, '[part~="zoom-in"]');
    await step('"+" twice: 2.25 times, around the middle', async () => {
      await expect(zoomIn.getAttribute('aria-label')).toBe('Vergrößern');
      zoomIn.click();
      zoomIn.click();
      await waitFor(() => expect(viewWidth(map)).toBeCloseTo(3300 / 2.25, 6));
    });
    await step('An arrow key on the focused map moves it', async () => {
      const before = map.getAttribute('viewBox');
      map.focus();
      await press('{ArrowRight}');
      await waitFor(() => expect(map.getAttribute('viewBox')).not.toBe(before));
    });
    await step('"Ganz Sachsen" shows the whole map; choosing a district zooms to it', async () => {
      (await inside<HTMLButtonElement>(element, '[part~="zoom-reset"]')).click();
      await waitFor(() => expect(viewWidth(map)).toBe(3300));
      const id = initiatives[0]!.region;
      element.shadowRoot!.querySelector(`[data-region="${id}"]`)!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await waitFor(() => expect(element.getAttribute('region')).toBe(id));
      await waitFor(() => expect(viewWidth(map)).toBeLessThan(3300 / 1.5));
    });
  },
};

/** Filter controls set the attributes, as on the cards. */
export const WithFilters: Story = {
  args: { api: api('map-filters'), filters: true },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement);
    const select = await inside<HTMLSelectElement>(element, '#filter-region');
    const region = initiatives[1]!.region;
    select.value = region;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(element.getAttribute('region')).toBe(region));
    await waitFor(() => expect(points(element)).toHaveLength(1));
  },
};

/**
 * A partner's street layer (`tiles`, `tiles-attribution`), before the visitor's consent: the map is the SVG alone,
 * and a button whose description names the tile host offers the streets. The story stops there: nothing goes to a
 * tile host from the stories (`.invalid` names no host anywhere).
 */
export const StreetsConsent: Story = {
  args: { api: api('map-streets'), tiles: 'https://tiles.example.invalid/{z}/{x}/{y}.png', 'tiles-attribution': '© Beispiel-Kacheln' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement);
    const button = await inside<HTMLButtonElement>(element, '[part~="streets"]');
    const note = element.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!);
    await expect(note).toHaveTextContent(/tiles\.example\.invalid/);
    await expect(element.shadowRoot!.querySelector('.tiles')).toBeNull();
    await expect(performance.getEntriesByType('resource').filter((entry) => entry.name.includes('tiles.example.invalid'))).toHaveLength(0);
    await expect(await inside(element, '[part="attribution"]')).not.toHaveTextContent('Beispiel-Kacheln');
  },
};

/** The skeleton in the map's place: the API has not answered yet. */
export const Loading: Story = loadingStory(TAG, '/v1/initiatives', { api: api('map-loading') }, '.map-skeleton');

/** Nothing matches the filters: a helpful sentence, over a map whose districts all count none. */
export const Empty: Story = emptyStory(TAG, '/v1/initiatives', { api: api('map-empty'), topic: 'familie-kinder' });

/** The districts' outlines do not come: what happened, and a retry button. */
export const ServerError: Story = errorStory(TAG, '/v1/regions/geometry', { api: api('map-error') });

/** A refresh failed while the map was shown: it stays, marked with the time it is from. */
export const Stale: Story = staleStory(TAG, '/v1/initiatives', { api: api('map-stale') }, '[part~="region"]');

/** The demo server's data (`npm start`). Not part of the test run. */
export const Live: Story = {
  tags: ['live'],
  args: { api: liveApi(), filters: true },
};
