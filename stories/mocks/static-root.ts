/**
 * Where the stories' static folder (stories/static: the MSW worker, the images) is served: beside iframe.html in
 * Storybook (at the root in development, under /storybook/ when the API server serves the build), at the root in
 * the Vitest run.
 */
export function staticRoot(): URL {
  return location.pathname.endsWith('/iframe.html') ? new URL('./', location.href) : new URL('/', location.href);
}
