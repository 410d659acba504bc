import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// PostgreSQL's own tools, pg_dump and pg_restore, from Debian's packages (postgresql-client, or postgresql which
// brings it): the newest installed under /usr/lib/postgresql/<version>/bin, which dumps every server up to its
// own version. Elsewhere, the one on the PATH.

export class BackupError extends Error {}

export function pgTool(name: 'pg_dump' | 'pg_restore'): string {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const newest = readdirSync(root)
      .filter((version) => existsSync(join(root, version, 'bin', name)))
      .sort((a, b) => Number(b) - Number(a))[0];
    if (newest) return join(root, newest, 'bin', name);
  }
  return name;
}

/**
 * The connection for a tool: the URL without its password, which goes into PGPASSWORD instead, so that it does not
 * stand in the process list where every user of the machine can read it.
 */
export function toolConnection(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { dbname: url.toString(), env: password ? { PGPASSWORD: password } : {} };
}

/** A sentence for a tool that could not be started at all. */
export function missingTool(name: string, error: NodeJS.ErrnoException): BackupError {
  if (error.code === 'ENOENT') {
    return new BackupError(
      `${name} is not installed. Install PostgreSQL's client tools (Debian: sudo apt-get install postgresql-client), ` +
        'in a version at least that of the database server.',
    );
  }
  return new BackupError(`${name} could not be started: ${error.message}`);
}
