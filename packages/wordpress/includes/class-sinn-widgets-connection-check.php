<?php
/**
 * Whether the API address leads to SINN: a GET of its vocabulary, whose answer the settings page shows in words. A
 * wrong address is otherwise saved with "Settings saved." alone, and visitors then see each element's error.
 *
 * @package SinnWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings page's check of the API address.
 */
final class Sinn_Widgets_Connection_Check {

	/** Seconds to wait: the settings page waits for it. */
	const TIMEOUT = 5;

	/**
	 * Asks the API address for SINN's vocabulary, past the cache.
	 *
	 * @return array{status:string, detail?:string} `status` is `connected`, `unavailable` (SINN answered 503),
	 *     `not-sinn` (something answered, not as SINN does; `detail`, how) or `unreachable` (nothing answered).
	 */
	public static function run() {
		$answer = Sinn_Widgets_Api::get(
			'v1/taxonomies',
			array(),
			array(
				'cache'   => false,
				'timeout' => self::TIMEOUT,
			)
		);
		if ( 502 === $answer['status'] ) {
			return array( 'status' => 'unreachable' );
		}
		if ( 503 === $answer['status'] ) {
			return array( 'status' => 'unavailable' );
		}
		$vocabulary = json_decode( $answer['body'], true );
		if ( 200 === $answer['status'] && is_array( $vocabulary ) && isset( $vocabulary['regions'] ) && is_array( $vocabulary['regions'] ) ) {
			return array( 'status' => 'connected' );
		}
		return array(
			'status' => 'not-sinn',
			'detail' => 'HTTP ' . $answer['status'],
		);
	}

	/**
	 * What a result means for the admin: a WordPress notice's kind and a sentence.
	 *
	 * @param array{status:string, detail?:string} $result What run() found.
	 * @return array{kind:string, text:string}
	 */
	public static function message( array $result ) {
		$api = Sinn_Widgets_Settings::get( 'api_url' );
		switch ( $result['status'] ) {
			case 'connected':
				return array(
					'kind' => 'success',
					/* translators: %s: the API address, e.g. https://api.sinn-sachsen.de */
					'text' => sprintf( __( 'Connected: SINN answers at %s.', 'sinn-widgets' ), $api ),
				);
			case 'unavailable':
				return array(
					'kind' => 'warning',
					/* translators: %s: the API address */
					'text' => sprintf( __( 'SINN answers at %s, but cannot serve right now (HTTP 503). Until it can, visitors see an error with a button to try again.', 'sinn-widgets' ), $api ),
				);
			case 'not-sinn':
				return array(
					'kind' => 'error',
					/* translators: 1: the API address, 2: what came back, e.g. "HTTP 404" */
					'text' => sprintf( __( 'Something answers at %1$s, but not the SINN API (%2$s): visitors see an error instead of the elements. Check the API address.', 'sinn-widgets' ), $api, $result['detail'] ),
				);
			default:
				return array(
					'kind' => 'error',
					/* translators: %s: the API address */
					'text' => sprintf( __( 'Nothing answers at %s: visitors see an error instead of the elements. Check the API address, and that this server may reach it.', 'sinn-widgets' ), $api ),
				);
		}
	}
}
