import { Hono } from 'hono';
import { endpoints, type Endpoint } from '@sinn/sdk';
import type { AppDeps } from '../deps.js';

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
<p>Die öffentliche Schnittstelle von SINN, der Zukunftsplattform für soziale Innovationen in Sachsen.
Datenbank: ${deps.db.kind === 'pglite' ? 'PGlite' : 'PostgreSQL'}.</p>
<ul>
${links.map(([path, summary]) => `<li><a href="${path}"><code>${path}</code></a> – ${summary}</li>`).join('\n')}
</ul>
</main>
</body>
</html>
`;
  app.get('/', () =>
    new Response(html, {
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
        'Cache-Control': 'no-cache',
      },
    }),
  );
}
