import type { Meta, StoryObj } from '@storybook/web-components';
import { http } from 'msw';
import { expect, waitFor } from 'storybook/test';
import { api, problem } from './mocks/handlers.js';
import { errorStory, loadingStory } from './state-stories.js';
import { deepActive, elementIn, inside, liveApi, press, renderElement, tabTo, typeText, type ElementArgs } from './support.js';

const TAG = 'sinn-join-form';
type Story = StoryObj<ElementArgs>;

const meta: Meta<ElementArgs> = {
  title: 'Elements/Join form',
  component: TAG,
  render: (args, context) => renderElement(TAG, args, context),
  args: { 'privacy-url': 'https://www.example.org/datenschutz' },
  parameters: {
    actions: { handles: ['sinn-join-submit', 'sinn-join-success', 'sinn-join-error'] },
    docs: {
      description: {
        component:
          'The sign-up to the SINN network with double opt-in. The stories answer from fixtures through MSW, which hands out real (cheap) proof-of-work challenges and accepts sign-ups with 202; **Live** signs up at the demo server (`npm start`; the mail waits in its /dev/outbox).',
      },
    },
  },
};
export default meta;

async function formOf(canvasElement: HTMLElement): Promise<HTMLElement> {
  const element = elementIn(canvasElement, TAG);
  await inside(element, 'form:not([inert]) #name');
  return element;
}

/** Fills in the form with the keyboard alone: Tab from field to field, type, Space on the checkboxes. */
async function fillByKeyboard(element: HTMLElement): Promise<void> {
  const field = (selector: string) => inside<HTMLElement>(element, selector);
  await tabTo(await field('#name'));
  await typeText('Erika Mustermann');
  await press('{Tab}');
  await typeText('erika@example.org');
  await tabTo(await field('#organisationKind'));
  await press('{ArrowDown}');
  await tabTo(await field('input[name="interests"]'));
  await press(' ');
  await tabTo(await field('#consent'));
  await press(' ');
}

/** The empty form, ready to fill in. */
export const Form: Story = {
  args: { api: api('join-form'), region: 'chemnitz', topic: 'bildung' },
  play: async ({ canvasElement }) => {
    const element = await formOf(canvasElement);
    await expect((element.shadowRoot!.querySelector('#region') as HTMLSelectElement).value).toBe('chemnitz');
  },
};

/** Filled in and sent by keyboard: the server accepts (202) and the form says to check the inbox. */
export const Success: Story = {
  args: { api: api('join-success'), region: 'chemnitz' },
  play: async ({ canvasElement, step }) => {
    const element = await formOf(canvasElement);
    await step('Fill in every required field by keyboard', () => fillByKeyboard(element));
    await step('Tab to the submit button and press Enter: the success message takes the focus', async () => {
      await tabTo(await inside(element, 'button[type="submit"]'));
      await press('{Enter}');
      const title = await inside<HTMLElement>(element, '#join-success-title', 20_000);
      await waitFor(() => expect(deepActive()).toBe(title));
      await expect(element.shadowRoot!.querySelector('.success')).toHaveTextContent('erika@example.org');
    });
  },
};

/** Sent empty: the errors show inline and in a summary, and the focus goes to the first field to correct. */
export const InvalidSubmit: Story = {
  args: { api: api('join-invalid') },
  play: async ({ canvasElement }) => {
    const element = await formOf(canvasElement);
    await tabTo(await inside(element, 'button[type="submit"]'));
    await press('{Enter}');
    await inside(element, '[part~="error-summary"]');
    const name = element.shadowRoot!.querySelector<HTMLInputElement>('#name')!;
    await waitFor(() => expect(deepActive()).toBe(name));
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(element.shadowRoot!.querySelectorAll('[part="field-error"]').length).toBeGreaterThanOrEqual(3);
  },
};

/** The server cannot take the sign-up now (503): the message says so, with a retry; what was typed stays. */
export const SendingFails: Story = {
  args: { api: api('join-fails'), region: 'chemnitz' },
  beforeEach: ({ msw }) => {
    msw.use(http.post('*/v1/memberships', () => problem(503, 'Service Unavailable')));
  },
  play: async ({ canvasElement }) => {
    const element = await formOf(canvasElement);
    await fillByKeyboard(element);
    await tabTo(await inside(element, 'button[type="submit"]'));
    await press('{Enter}');
    await inside(element, '[part~="error"] button', 20_000);
    await expect((element.shadowRoot!.querySelector('#name') as HTMLInputElement).value).toBe('Erika Mustermann');
  },
};

export const Loading: Story = loadingStory(TAG, '/v1/consent-texts/current', { api: api('join-loading') }, 'form[inert]');

/** The consent text cannot be loaded: no form without it; what happened, and a retry. */
export const ServerError: Story = errorStory(TAG, '/v1/consent-texts/current', { api: api('join-error') });

/** Signs up at the demo server (`npm start`); the mail waits in its /dev/outbox. Not part of the test run. */
export const Live: Story = {
  tags: ['live'],
  args: { api: liveApi() },
};

