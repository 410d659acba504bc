// The Vitest run of the stories (Storybook's annotations from preview.ts, the a11y checks included, are applied by
// the addon itself). Here: a real keyboard for the play functions (stories/support.ts press()), whose Tab moves
// through shadow roots as a person's does.
import { userEvent } from 'vitest/browser';

(globalThis as { __sinnKeyboard?: { keyboard(text: string): Promise<void> } }).__sinnKeyboard = userEvent;
