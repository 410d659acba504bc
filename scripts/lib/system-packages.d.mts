export class MissingPackageError extends Error {}
/** The bin folder of the newest PostgreSQL server installed, installing Debian's `postgresql` if there is none. */
export function postgresBin(): string;
export function chromiumPath(): string;
/** The openssl CLI, installing Debian's `openssl` if it is missing. */
export function opensslCommand(): string;
export function commandExists(name: string): boolean;
/** Makes sure a throw-away WordPress can run (Debian's wordpress, php-cli, php-mysql, mariadb-server, the theme). */
export function wordpressPackages(): void;
export function twentyTwentyThreeDir(): string;
