<?php
/**
 * The partner key's relay secret, which signs what the relay passes on (see Sinn_Widgets_Relay_Signature). Unlike
 * the partner key it is no one's business but this site's and SINN's: it is kept in an option of its own that is
 * not autoloaded (so it is not read on every page and not in the settings the elements get), is never printed in
 * a page, not even on the settings page, and is removed on uninstall.
 *
 * @package SinnWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Where the relay secret is kept.
 */
final class Sinn_Widgets_Relay_Secret {

	const OPTION = 'sinn_widgets_relay_secret';

	/** What SINN issues: `sk_` and 32 random bytes in base64url. */
	const PATTERN = '/^sk_[A-Za-z0-9_-]{32,128}$/';

	/** The stored secret, or '' while there is none. */
	public static function get() {
		$secret = get_option( self::OPTION, '' );
		return is_string( $secret ) ? $secret : '';
	}

	/**
	 * Stores a secret, in an option that is not autoloaded.
	 *
	 * @param string $secret A secret that matches PATTERN.
	 */
	public static function store( $secret ) {
		update_option( self::OPTION, $secret, false );
	}

	/**
	 * Whether a text has the form of a relay secret.
	 *
	 * @param string $secret The text.
	 */
	public static function valid( $secret ) {
		return (bool) preg_match( self::PATTERN, (string) $secret );
	}
}
