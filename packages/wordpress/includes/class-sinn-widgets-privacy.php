<?php
/**
 * The plugin's paragraph for the site's privacy policy (Settings → Privacy → policy guide).
 *
 * @package SinnWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Privacy policy content.
 */
final class Sinn_Widgets_Privacy {

	public static function register() {
		add_action( 'admin_init', array( self::class, 'policy' ) );
	}

	public static function policy() {
		if ( ! function_exists( 'wp_add_privacy_policy_content' ) ) {
			return;
		}
		$host = wp_parse_url( Sinn_Widgets_Settings::get( 'api_url' ), PHP_URL_HOST );
		$text = '<p>' . esc_html__( 'Pages of this site show initiatives (also on a map), events and mentors of SINN, the platform for social innovation in Saxony, and may offer its sign-up form, mentor contact form, surveys and votes.', 'sinn-widgets' ) . '</p>'
			. '<p>' . esc_html(
				sprintf(
					/* translators: %s: the host name of the SINN API. */
					__( 'In privacy mode (the default), your browser talks to this site only: this site fetches the data from SINN (%1$s) and passes on what you send with the forms. SINN then sees this site’s address, not yours; with a form, this site sends instead a code made from your address under its key, by which SINN counts how often one visitor sends a form within an hour. Without privacy mode, your browser loads the data from %1$s directly, which then sees your IP address.', 'sinn-widgets' ),
					$host
				)
			) . '</p>'
			. '<p>' . esc_html__( 'The elements set no cookies and store nothing in your browser. What you send with the sign-up form or a contact request (name, e-mail address, your message and your consent) is processed by SINN to confirm your sign-up or to pass your request to the mentor; the sign-up must be confirmed by a link sent to you.', 'sinn-widgets' ) . '</p>'
			. '<p>' . esc_html__( 'With a survey, your answers, free text included, are sent to SINN and counted in the survey’s results; free text is never published, only counted. A vote asks for your e-mail address too: SINN sends you a link to it, and your vote counts once you confirm it.', 'sinn-widgets' ) . '</p>'
			. '<p>' . esc_html__( 'Where a map offers streets, nothing is loaded from a tile server until you press “Load map with streets”, which names that server. Only then does your browser load map tiles from it, a third host besides this site and SINN, which then learns your IP address and the address of this site.', 'sinn-widgets' ) . '</p>';
		wp_add_privacy_policy_content( __( 'SINN widgets', 'sinn-widgets' ), wp_kses_post( $text ) );
	}
}
