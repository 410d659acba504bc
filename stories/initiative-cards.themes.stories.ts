import type { Meta, StoryObj } from '@storybook/web-components';
import { expect } from 'storybook/test';
import { api } from './mocks/handlers.js';
import { elementIn, inside, press, renderElement, tabTo, type ElementArgs, type StoryGlobals } from './support.js';

// Every theme preset in both languages, light and dark, on one element: the cards with their detail dialog open,
// so that axe checks the contrast of cards, badges, buttons and the dialog in each. (The other elements run once,
// in the default globals; this matrix keeps the test run short while every theme is checked.)

const TAG = 'sinn-initiative-cards';
type Story = StoryObj<ElementArgs>;

const meta: Meta<ElementArgs> = {
  title: 'Elements/Initiative cards/Theme matrix',
  component: TAG,
  tags: ['!autodocs', 'matrix'],
  render: (args, context) => renderElement(TAG, args, context),
  args: { limit: 3 },
};
export default meta;

function matrix(theme: StoryGlobals['theme'], lang: StoryGlobals['lang'], dark: StoryGlobals['dark']): Story {
  return {
    globals: { theme, lang, dark },
    args: { api: api(`cards-${theme}-${lang}-${dark}`) },
    play: async ({ canvasElement }) => {
      const element = elementIn(canvasElement, TAG);
      await expect(element.getAttribute('theme')).toBe(dark === 'dark' ? `${theme} dark` : theme);
      const title = await inside<HTMLButtonElement>(element, '.card .open');
      await expect(element.shadowRoot!.querySelector('section')).toHaveAttribute('aria-label', lang === 'de' ? 'Soziale Innovationen aus Sachsen' : 'Social innovations from Saxony');
      await tabTo(title);
      await press('{Enter}');
      await inside(element, 'dialog[open]');
    },
  };
}

export const CaritasDeLight: Story = matrix('caritas', 'de', 'light');
export const CaritasDeDark: Story = matrix('caritas', 'de', 'dark');
export const CaritasEnLight: Story = matrix('caritas', 'en', 'light');
export const CaritasEnDark: Story = matrix('caritas', 'en', 'dark');
export const DiakonieDeLight: Story = matrix('diakonie', 'de', 'light');
export const DiakonieDeDark: Story = matrix('diakonie', 'de', 'dark');
export const DiakonieEnLight: Story = matrix('diakonie', 'en', 'light');
export const DiakonieEnDark: Story = matrix('diakonie', 'en', 'dark');
export const DrkDeLight: Story = matrix('drk', 'de', 'light');
export const DrkDeDark: Story = matrix('drk', 'de', 'dark');
export const DrkEnLight: Story = matrix('drk', 'en', 'light');
export const DrkEnDark: Story = matrix('drk', 'en', 'dark');
export const ParitaetDeLight: Story = matrix('paritaet', 'de', 'light');
export const ParitaetDeDark: Story = matrix('paritaet', 'de', 'dark');
export const ParitaetEnLight: Story = matrix('paritaet', 'en', 'light');
export const ParitaetEnDark: Story = matrix('paritaet', 'en', 'dark');
export const ImpactHubDeLight: Story = matrix('impact-hub', 'de', 'light');
export const ImpactHubDeDark: Story = matrix('impact-hub', 'de', 'dark');
export const ImpactHubEnLight: Story = matrix('impact-hub', 'en', 'light');
export const ImpactHubEnDark: Story = matrix('impact-hub', 'en', 'dark');
