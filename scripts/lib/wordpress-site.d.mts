import type { WordPressRelease } from './wordpress-releases.mjs';

/** Options of {@link startWordPress}. */
export interface WordPressOptions {
  /** Which WordPress: '6.1' (Debian 12's, the default) or '6.8' (Debian 13's, fetched once into node_modules/.cache). */
  release?: WordPressRelease;
  /** Permalink structure, e.g. '/%postname%/'. Default '' (plain links: `/?p=1`, REST API at `/?rest_route=/`). */
  permalinks?: string;
  /** Locale handed to wp_install, e.g. 'de_DE'. Default '' (en_US). Only has an effect if language files exist. */
  locale?: string;
  /**
   * Extra constants for wp-config.php, written after (and so replacing) the defaults: WP_DEBUG true, WP_DEBUG_LOG,
   * WP_DEBUG_DISPLAY false, WP_HTTP_BLOCK_EXTERNAL true, FS_METHOD 'direct', WP_ENVIRONMENT_TYPE 'local',
   * DISABLE_WP_CRON true, AUTOMATIC_UPDATER_DISABLED true, WP_AUTO_UPDATE_CORE false, WP_HOME/WP_SITEURL.
   */
  constants?: Record<string, string | boolean | number>;
}

/** A running throw-away WordPress (Debian's 6.1 or 6.8), its own MariaDB, served by `php -S` on 127.0.0.1. */
export interface WordPressSite {
  /** Its `$wp_version`, e.g. '6.8.12'. */
  version: string;
  /** Base URL without trailing slash, e.g. 'http://127.0.0.1:41234'. */
  url: string;
  /** The WordPress root folder (ABSPATH without the trailing slash); removed by stop(). */
  root: string;
  /** wp-content/plugins of this site, empty at start: copy or link a plugin here, then activate it with php(). */
  pluginsDir: string;
  /** The administrator, with a random password; the site title is 'SINN Testseite', the theme twentytwentythree. */
  admin: { user: 'admin'; password: string };
  /**
   * Runs PHP code (statements, with or without a leading `<?php`) inside the loaded WordPress, from the command line,
   * and returns what it printed. Throws with PHP's stderr on an uncaught exception, a parse or fatal error, or
   * `exit(n)` with n ≠ 0.
   */
  php(code: string): string;
  /**
   * What PHP complained about so far: WordPress's debug.log, PHP's error log and the PHP problem lines of the
   * server's stderr. Note that WordPress 6.1 on PHP 8.2 itself logs "PHP Deprecated: Return type of Requests_…".
   */
  log(): string;
  /** Stops the web server and MariaDB and removes every file. Also done, synchronously, when Node exits. */
  stop(): Promise<void>;
}

/**
 * Starts a fresh, installed WordPress for end-to-end tests, installing the Debian packages it needs first (as root;
 * otherwise it throws MissingPackageError naming the command). Takes about 2 s; the first start of 6.8 on a machine fetches it first (about 10 s).
 */
export function startWordPress(options?: WordPressOptions): Promise<WordPressSite>;
