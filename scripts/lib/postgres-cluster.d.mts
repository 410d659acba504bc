/** A throw-away PostgreSQL cluster on a free port of the loopback address (see postgres-cluster.mjs). */
export function startCluster(): Promise<{ url: string; version: string; stop(): void }>;
