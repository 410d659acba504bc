import type { OpenApiDocument } from '../../../../scripts/lib/api-contract.js';
import { startTestServer } from './server.js';

/** The document a real server serves at `/v1/openapi.json`, without the one line that names the deployment. */
export async function servedOpenApi(): Promise<OpenApiDocument> {
  const server = await startTestServer({ demoData: false, logLevel: 'silent' });
  try {
    const response = await fetch(`${server.url}/v1/openapi.json`);
    if (!response.ok) throw new Error(`/v1/openapi.json answered ${response.status}`);
    const document = (await response.json()) as OpenApiDocument;
    // `servers` names where this server listens (a random port here), not what a client may send or expect.
    return { ...document, servers: [{ url: '/' }] };
  } finally {
    await server.stop();
  }
}
