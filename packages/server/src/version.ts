import { readFileSync } from 'node:fs';

/** The server's version, from its package.json. */
export const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/** The version of the widgets this server serves, also under /widgets/<version>/ for pages that pin it. */
export const WIDGETS_VERSION: string = JSON.parse(
  readFileSync(new URL('../../widgets/package.json', import.meta.url), 'utf8'),
).version;
