// `npm run contract:snapshot`: moves the snapshot of `/v1` (packages/sdk/openapi/v1.snapshot.json) to what the
// server serves now. Run it with a release, and commit the snapshot with it: from then on `npm test` holds every
// later change against what this release's clients were built for. It lists what the snapshot moves past; a
// breaking change listed here is one that clients already deployed will meet, so it needs the reason in the
// release's commit (or a new version path instead, `/v2`, when it is not safe).
import { existsSync } from 'node:fs';
import { allChanges, readSnapshot, SNAPSHOT_PATH, writeSnapshot } from './lib/api-contract.js';
import { servedOpenApi } from '../packages/server/test/helpers/served-openapi.js';

const served = await servedOpenApi();
const first = !existsSync(new URL(`../${SNAPSHOT_PATH}`, import.meta.url));
const changes = first ? [] : allChanges(readSnapshot(), served);
writeSnapshot(served);

const counted = (type: string) => changes.filter((change) => change.type === type);
const breakingOnes = [...counted('breaking'), ...counted('unclassified')];
process.stdout.write(`${SNAPSHOT_PATH} now holds the served /v1 document (info.version ${String((served.info as { version?: string }).version)}).\n`);
if (first) process.stdout.write('It is the first snapshot: from now on npm test holds /v1 to it.\n');
else process.stdout.write(
  `It moved past ${changes.length} changes: ${counted('non-breaking').length} additive, ${counted('annotation').length} in descriptions, ${breakingOnes.length} breaking or unjudged.\n`,
);
for (const change of breakingOnes) {
  process.stdout.write(`  ${change.type}: ${change.description || change.path.join('/')}\n`);
}
