import { Hono } from 'hono';
import { endpoints, type Endpoint } from '@sinn/sdk';
import type { AppDeps } from '../deps.js';
import { prepareAnswer, sendAnswer } from '../http/cached-read.js';
import { onlyAllow } from '../http/methods.js';
import { etagOf } from '../http/response-cache.js';

// A page for the person who opens the server in a browser after `npm start`: what runs here and where to look.
export function homeRoutes(app: Hono, deps: AppDeps): void {
  const links = [
    ...(Object.values(endpoints) as Endpoint[])
      .filter((endpoint) => !endpoint.path.includes('{'))
      .map((endpoint) => [endpoint.path, endpoint.summary] as const),
    ['/v1/openapi.json', 'OpenAPI 3.1 document'] as const,
  ];
  const html = `<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>SINN API</title></head>
<body>
<main>
<h1>SINN API</h1>
<p>Die öffentliche Schnittstelle von SINN, der Zukunftsplattform für soziale Innovationen in Sachsen.</p>
<p lang="en">The public API of SINN, the platform for social innovation in Saxony.</p>
<p>Datenbank / database: ${deps.db.kind === 'pglite' ? 'PGlite' : 'PostgreSQL'}</p>
<ul>
${links.map(([path, summary]) => `<li><a href="${path}"><code>${path}</code></a> – <span lang="en">${summary}</span></li>`).join('\n')}
</ul>
</main>
</body>
</html>
`;
  const page = prepareAnswer(html, etagOf(html), 'text/html; charset=utf-8', 'no-cache', {
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  });
  app.get('/', (c) => sendAnswer(c, page));
  onlyAllow(app, '/', ['GET', 'HEAD']);
}
