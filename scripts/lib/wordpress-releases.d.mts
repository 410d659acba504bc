/** A WordPress release the plugin is tested on. */
export type WordPressRelease = '6.1' | '6.8';

/** The releases the end-to-end suite runs in, oldest first. */
export const WORDPRESS_RELEASES: readonly WordPressRelease[];

/** Where a release's files are, installed (6.1, Debian 12's packages) or fetched once from Debian 13 (6.8). */
export interface WordPressFiles {
  release: WordPressRelease;
  /** Its `$wp_version`, e.g. '6.8.12'. */
  version: string;
  /** The WordPress tree to copy (every link in it resolves). */
  wordpress: string;
  /** The twentytwentythree theme made for it. */
  theme: string;
  /** Folders of language files, the first that exists is used. */
  languages: string[];
}

/**
 * The files of a release, installing the Debian packages a site needs (PHP, MariaDB, Debian 12's WordPress) or
 * fetching Debian 13's WordPress into node_modules/.cache first. Throws MissingPackageError where it cannot.
 */
export function wordpressRelease(release: WordPressRelease): WordPressFiles;

/** `$wp_version` of the WordPress in a folder. */
export function wordpressVersion(dir: string): string;
