import { Hono } from 'hono';
import { ConsentTextQuery, endpoints } from '@sinn/sdk';
import type { AppDeps } from '../deps.js';
import { cachedRead } from '../http/cached-read.js';
import { onlyAllow } from '../http/methods.js';
import { parseQuery } from '../http/validate.js';
import { currentConsentText } from '../queries/consent-texts.js';

/**
 * GET /v1/consent-texts/current[?purpose=]: the consent text a form shows for its purpose (the sign-up's by default),
 * cached until a new version is published.
 */
export function consentTextRoutes(app: Hono, deps: AppDeps): void {
  const path = endpoints.consentText.path;
  app.get(path, (c) =>
    cachedRead(c, deps, () => currentConsentText(deps.db, parseQuery(ConsentTextQuery, c.req.url).purpose ?? 'membership'), {
      // A form holding an older version is told so (409) when it sends, and fetches the new one.
      cacheControl: 'public, max-age=300',
      notFound: 'No consent text has been published yet.',
    }),
  );
  onlyAllow(app, path, ['GET', 'HEAD']);
}
