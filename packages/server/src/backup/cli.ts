import { resolve } from 'node:path';
import { ConfigError, readConfig } from '../config.js';
import { backup } from './backup.js';
import { BackupError } from './pg-tools.js';
import { restore } from './restore.js';

// `npm run backup [-- FILE]` and `npm run restore -- FILE`, on the database the server would use: PostgreSQL by
// DATABASE_URL, otherwise PGlite in SINN_DATA_DIR (default .sinn-data).

const [command, argument] = process.argv.slice(2);
// npm runs scripts in the project folder; a path given on the command line means one from where it was typed.
const here = process.env.INIT_CWD ?? process.cwd();

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

async function main(): Promise<void> {
  // Only the two settings that name the database: a backup must not fail over the mail server's configuration.
  const config = readConfig({ DATABASE_URL: process.env.DATABASE_URL, SINN_DATA_DIR: process.env.SINN_DATA_DIR });
  if (command === 'backup') {
    const result = await backup(config, argument ? resolve(here, argument) : undefined);
    const from = result.kind === 'postgres' ? 'PostgreSQL (pg_dump, custom format)' : `PGlite in ${config.dataDir}`;
    process.stdout.write(`Backup of ${from} written to ${resolve(result.file)} (${size(result.bytes)}).\n`);
  } else if (command === 'restore' && argument) {
    const file = resolve(here, argument);
    const kind = await restore(config, file);
    const into = kind === 'postgres' ? 'the PostgreSQL database in DATABASE_URL' : `PGlite in ${config.dataDir}`;
    process.stdout.write(`Restored ${file} into ${into}.\n`);
  } else {
    process.stdout.write('Usage: npm run backup [-- FILE]  |  npm run restore -- FILE\n');
    process.exitCode = 2;
  }
}

main().catch((error: unknown) => {
  const known = error instanceof BackupError || error instanceof ConfigError;
  process.stderr.write(`${command === 'restore' ? 'Restore' : 'Backup'} failed: ${known ? (error as Error).message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
