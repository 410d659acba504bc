/** A running throw-away MariaDB, reachable only through its Unix socket. */
export interface MariaDb {
  /** Path of the server's socket. */
  socket: string;
  /** An empty database, utf8mb4. */
  database: 'wordpress';
  user: 'root';
  password: '';
  /** Ends the server (SIGTERM, SIGKILL after 10 s) and removes its folder. */
  stop(): Promise<void>;
  /** Kills the server at once and removes its folder, synchronously: for exit handlers. */
  kill(): void;
}

/** Starts a throw-away MariaDB in a temporary folder, as root or as a normal user. */
export function startMariaDb(): Promise<MariaDb>;
