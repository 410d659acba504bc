import type { MiddlewareHandler } from 'hono';

// The API answers JSON and images only, so its pages may load nothing and be framed by nobody. Resources stay
// readable from any origin (CORP cross-origin): partner pages embed the images and read the JSON.
const COMMON: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'interest-cohort=(), browsing-topics=()',
};
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function securityHeaders(options: { https: boolean }): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    for (const [name, value] of Object.entries(COMMON)) {
      // A route may allow framing by its own origin (the static Storybook frames its preview); never more.
      if (name === 'X-Frame-Options' && headers.get(name) === 'SAMEORIGIN') continue;
      headers.set(name, value);
    }
    if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', API_CSP);
    if (options.https) headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  };
}
