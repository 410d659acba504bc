// What "Show code" on a docs page gives: the element as a page would write it. Storybook shows the story's whole
// markup, the frames of its decorators included, and the address of the mocked API, which no page can reach.

/** Where the stories' mocked API answers (mocks/handlers.ts); never a real server. */
const MOCKED_API = /\sapi="https:\/\/api\.sinn\.test[^"]*"/g;

/** The first SINN element of a story's markup, with the mocked API's address put as the one a page writes. */
export function embedCode(code: string): string {
  const element = /<(sinn-[a-z-]+)[\s>][\s\S]*?<\/\1>/.exec(code)?.[0];
  if (!element) return code;
  return element.replace(MOCKED_API, ' api="https://SINN-SERVER"');
}
