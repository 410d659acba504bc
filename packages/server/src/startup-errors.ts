import type { Config } from './config.js';

// What a person starting the server needs to read when it cannot start: the setting to change, not a stack.

function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return 'the address in DATABASE_URL';
  }
}

export function explainDatabaseError(error: unknown, config: Config): string | null {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (!config.databaseUrl) return null;
  const where = describeDatabaseUrl(config.databaseUrl);
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH' || code === 'ENOENT') {
    return `Cannot reach PostgreSQL at ${where} (DATABASE_URL): ${code}. Is the server running, and is the address right?`;
  }
  if (code === '28P01' || code === '28000') return `PostgreSQL at ${where} refused the login in DATABASE_URL: ${message}`;
  if (code === '3D000') return `${message} on ${where}. Create it first, e.g. with createdb, or fix DATABASE_URL.`;
  return null;
}

export function explainListenError(error: unknown, config: Config): string | null {
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE') {
    return `Port ${config.port} on ${config.host} is already in use. Stop what uses it, or choose another port with PORT=…`;
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return `HOST=${config.host} is not an address of this machine. Use 127.0.0.1, 0.0.0.0 or one of its addresses.`;
  }
  if (code === 'EACCES') return `Port ${config.port} needs privileges this user does not have. Choose a port above 1023 with PORT=…`;
  return null;
}
