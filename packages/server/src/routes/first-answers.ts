import { endpoints, FirstAnswersQuery } from '@sinn/sdk';
import type { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { bundleEtag, bundles, bundleText, failedForNow, tagged } from '../first-answers/bundle.js';
import { askFollowing } from '../first-answers/follow.js';
import { elementGets } from '../first-answers/host.js';
import { LIST_CACHE_CONTROL, prepareAnswer, sendAnswer } from '../http/cached-read.js';
import { askInside } from '../http/inner-request.js';
import { onlyAllow } from '../http/methods.js';
import { parseQuery } from '../http/validate.js';

// GET /v1/first-answers?element=…&<attributes>: what the loader asks the moment it sees an element. Each of the
// element's first GETs, and those that follow from their answers (first-answers/follow.ts), is asked of this app
// itself, so that it is answered, cached and validated exactly as the element's own GET would be; those that
// answer 200 are sent together.
//
// The bundle is not kept by its URL in the content-version cache (cachedAnswer): a survey's answer changes with
// the clock and with every vote, which never raise the content version. So the inner GETs are asked every time
// (mostly from the cache), and the bundle made of them is kept by its ETag, which their ETags make: the same
// answers give the same bytes, compressed once, and a 304 needs no body read at all.

const JSON_TYPE = 'application/json; charset=utf-8';

/** A key of the response cache that is no URL's (those start with a day), so it meets none. */
const cacheKey = (etag: string) => `first-answers ${etag}`;

/** Registers GET /v1/first-answers, which answers by asking `app`: register it on the app it asks. */
export function firstAnswerRoutes(app: Hono, deps: AppDeps): void {
  const path = endpoints.firstAnswers.path;
  app.get(path, async (c) => {
    const { element, ...attributes } = parseQuery(FirstAnswersQuery, c.req.url);
    const version = deps.contentVersion.current;
    const asked = await askFollowing(elementGets(element, attributes), (url) => askInside(app, url));
    const answers = await Promise.all(asked.filter(({ response }) => bundles(response)).map(({ url, response }) => tagged(url, response)));
    for (const { response } of asked) if (!bundles(response)) await response.body?.cancel();
    const etag = bundleEtag(answers);

    // A bundle without an answer that failed for now is sent once, and kept by nobody.
    const forNow = asked.some(({ response }) => failedForNow(response));
    let bundle = forNow ? undefined : deps.cache.get(version, cacheKey(etag));
    if (bundle) {
      for (const { response } of answers) await response.body?.cancel();
    } else {
      bundle = prepareAnswer(await bundleText(answers), etag, JSON_TYPE, forNow ? 'no-store' : LIST_CACHE_CONTROL);
      if (!forNow) deps.cache.set(version, cacheKey(etag), bundle);
    }
    return sendAnswer(c, bundle);
  });
  onlyAllow(app, path, ['GET', 'HEAD']);
}
