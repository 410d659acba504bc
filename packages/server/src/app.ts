import { existsSync } from 'node:fs';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppDeps } from './deps.js';
import { cors } from './http/cors.js';
import { isInnerRequest } from './http/inner-request.js';
import { ProblemError, problemResponse, problems } from './http/problem.js';
import { securityHeaders } from './http/security-headers.js';
import { eventRoutes } from './routes/events.js';
import { firstAnswerRoutes } from './routes/first-answers.js';
import { homeRoutes } from './routes/home.js';
import { initiativeRoutes } from './routes/initiatives.js';
import { adminRoutes } from './routes/admin.js';
import { mediaRoutes } from './routes/media.js';
import { challengeRoutes } from './routes/challenge.js';
import { consentTextRoutes } from './routes/consent-texts.js';
import { devOutboxRoutes } from './routes/dev-outbox.js';
import { membershipRoutes } from './routes/memberships.js';
import { mentorRoutes } from './routes/mentors.js';
import { mentorRequestRoutes } from './routes/mentor-requests.js';
import { operationRoutes } from './routes/operations.js';
import { regionGeometryRoutes } from './routes/region-geometry.js';
import { relayCheckRoutes } from './routes/relay-check.js';
import { staticRoutes } from './routes/static-files.js';
import { surveyRoutes } from './routes/surveys.js';
import { taxonomyRoutes } from './routes/taxonomies.js';
import { WIDGETS_VERSION } from './version.js';

/** Longest request URL answered; longer ones get a 414 problem before any parsing. */
const MAX_URL_LENGTH = 8 * 1024;

/** The public API as a Hono app, built from its dependencies. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  const { logger, config } = deps;

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    logger.info('request', {
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      // The GETs GET /v1/first-answers asks of the app itself, apart from the requests of clients.
      ...(isInnerRequest(c) ? { inner: true } : {}),
    });
  });
  app.use(securityHeaders({ https: deps.publicUrl.startsWith('https:') }));
  app.use(cors());
  app.use(async (c, next) => {
    if (c.req.url.length > MAX_URL_LENGTH) return problemResponse(problems.uriTooLong());
    await next();
  });
  app.use(
    bodyLimit({
      maxSize: config.bodyLimit,
      onError: () => problemResponse(problems.payloadTooLarge(config.bodyLimit)),
    }),
  );

  homeRoutes(app, deps);
  taxonomyRoutes(app, deps);
  regionGeometryRoutes(app);
  initiativeRoutes(app, deps);
  eventRoutes(app, deps);
  mentorRoutes(app, deps);
  consentTextRoutes(app, deps);
  challengeRoutes(app, deps);
  membershipRoutes(app, deps);
  mentorRequestRoutes(app, deps);
  surveyRoutes(app, deps);
  firstAnswerRoutes(app, deps);
  relayCheckRoutes(app, deps);
  devOutboxRoutes(app, deps);
  adminRoutes(app, deps);
  mediaRoutes(app, deps);
  operationRoutes(app, deps);
  staticRoutes(app, deps, {
    prefix: '/widgets',
    root: config.widgetsDir,
    alias: WIDGETS_VERSION,
    missing: 'The widgets are not built yet: run npm run build.',
  });
  // The example pages and the Storybook are a developer's: in production the API serves neither (unless
  // SINN_DEMO_PAGES=1), no catalogue with inline scripts on its origin, no example server's source.
  if (config.demoPages) staticRoutes(app, deps, {
    prefix: '/examples',
    root: config.examplesDir,
    missing: 'There are no example pages here.',
    // The examples are served as a partner's site would serve them: scripts, styles and data from itself only.
    pageHeaders: {
      'Content-Security-Policy':
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'",
    },
  });

  if (config.demoPages && existsSync(config.storybookDir)) {
    // Storybook is a developer's tool, not a partner's page, and needs what the API's pages never allow: inline
    // scripts and styles (its manager and preview pages carry them), its preview in a frame of its own origin
    // (X-Frame-Options SAMEORIGIN instead of DENY), a service worker (the stories' mocked API), and the stories'
    // made-up API and image hosts, whose requests that worker answers. So it gets a policy of its own, also on its
    // other files, since the service worker's fetches follow the policy its script came with. No `unsafe-eval`,
    // and nothing from other hosts.
    const storybookPolicy = [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob: https://assets.sinn.test",
      "font-src 'self' data:",
      "connect-src 'self' https://api.sinn.test https://assets.sinn.test",
      "worker-src 'self' blob:",
      "frame-src 'self'",
      "frame-ancestors 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ].join('; ');
    const storybookHeaders = { 'Content-Security-Policy': storybookPolicy, 'X-Frame-Options': 'SAMEORIGIN' };
    staticRoutes(app, deps, {
      prefix: '/storybook',
      root: config.storybookDir,
      missing: 'There is no Storybook here: run npm run build-storybook.',
      pageHeaders: storybookHeaders,
      fileHeaders: storybookHeaders,
    });
  }

  // Browsers ask every origin for an icon by themselves; an empty answer spares the example pages and the
  // Storybook a failed request on every load.
  app.get('/favicon.ico', (c) => c.body(null, 204, { 'Cache-Control': 'public, max-age=86400' }));

  app.notFound(() => problemResponse(problems.notFound()));
  app.onError((error) => {
    if (error instanceof ProblemError) return problemResponse(error.problem, error.headers);
    // The stack goes to the log, never to the client.
    logger.error('unhandled', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    return problemResponse(problems.internal());
  });
  return app;
}
