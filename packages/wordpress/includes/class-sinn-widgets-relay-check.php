<?php
/**
 * Whether SINN accepts this site's signature: a POST to SINN's /v1/relay-check, signed the way the relay signs a
 * visitor's write, whose answer the settings page shows in words. It changes nothing at SINN.
 *
 * @package SinnWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings page's check of the relay's signature.
 */
final class Sinn_Widgets_Relay_Check {

	/** What SINN's answer may say about the partner key, each but `valid` a reason writes are refused. */
	const KEY_STANDINGS = array( 'valid', 'missing', 'unknown', 'revoked', 'wrong-origin' );

	/** What SINN's answer may say about the signature. */
	const SIGNATURES = array( 'verified', 'missing', 'malformed', 'no-secret', 'wrong', 'expired' );

	/**
	 * Asks SINN, if there is anything to ask.
	 *
	 * @return array{status:string, detail?:string} `status` is `off` (privacy mode is off), `no-key`,
	 *     `no-secret-here`, `key-<standing>` for a partner key SINN does not accept, a value of SIGNATURES, or
	 *     `unreachable` (with `detail`, what came back instead).
	 */
	public static function run() {
		if ( ! Sinn_Widgets_Settings::get( 'privacy_mode' ) ) {
			return array( 'status' => 'off' );
		}
		if ( '' === Sinn_Widgets_Settings::get( 'partner_key' ) ) {
			return array( 'status' => 'no-key' );
		}
		if ( '' === Sinn_Widgets_Relay_Secret::get() ) {
			return array( 'status' => 'no-secret-here' );
		}
		$path    = 'v1/relay-check';
		$body    = '{}';
		$key     = wp_generate_uuid4();
		$headers = array(
			'content-type'       => 'application/json',
			'idempotency-key'    => $key,
			'x-sinn-partner-key' => Sinn_Widgets_Settings::get( 'partner_key' ),
			'origin'             => Sinn_Widgets_Relay::origin(),
		);
		$answer  = Sinn_Widgets_Api::post( $path, $body, $headers + Sinn_Widgets_Relay::signature_headers( $path, $body, $key ), 8 );
		$result  = json_decode( $answer['body'], true );
		if ( 200 !== $answer['status'] || ! is_array( $result )
			|| ! in_array( isset( $result['partnerKey'] ) ? $result['partnerKey'] : null, self::KEY_STANDINGS, true )
			|| ! in_array( isset( $result['signature'] ) ? $result['signature'] : null, self::SIGNATURES, true ) ) {
			return array(
				'status' => 'unreachable',
				'detail' => 502 === $answer['status'] ? __( 'no answer', 'sinn-widgets' ) : 'HTTP ' . $answer['status'],
			);
		}
		if ( 'valid' !== $result['partnerKey'] ) {
			return array( 'status' => 'key-' . $result['partnerKey'] );
		}
		return array( 'status' => $result['signature'] );
	}

	/**
	 * What a result means for the admin, and how it is shown: a WordPress notice's kind and a sentence.
	 *
	 * @param array{status:string, detail?:string} $result What run() found.
	 * @return array{kind:string, text:string}
	 */
	public static function message( array $result ) {
		switch ( $result['status'] ) {
			case 'verified':
				return self::say( 'success', __( 'Signing works: SINN counts each visitor of this site on their own.', 'sinn-widgets' ) );
			case 'off':
				return self::say( 'info', __( 'Privacy mode is off: visitors’ browsers send the forms to SINN themselves, and nothing is signed.', 'sinn-widgets' ) );
			case 'no-key':
				return self::say( 'warning', __( 'Nothing is signed without a partner key.', 'sinn-widgets' ) );
			case 'no-secret-here':
				return self::say( 'warning', __( 'No relay secret is stored: SINN counts all visitors of this site as one, and on a busy day they reach the hourly limit of sign-ups meant for one person. Ask SINN for the relay secret of your partner key.', 'sinn-widgets' ) );
			case 'no-secret':
				return self::say( 'error', __( 'Signing does not work: SINN has no relay secret for this partner key. Ask SINN for one and enter it here.', 'sinn-widgets' ) );
			case 'expired':
				return self::say( 'error', __( 'Signing does not work: the clock of this server and SINN’s differ by more than five minutes. Have the server’s time set right (NTP).', 'sinn-widgets' ) );
			case 'key-unknown':
				return self::say( 'error', __( 'SINN does not know this partner key: sign-ups from this site are refused.', 'sinn-widgets' ) );
			case 'key-revoked':
				return self::say( 'error', __( 'This partner key has been revoked: sign-ups from this site are refused.', 'sinn-widgets' ) );
			case 'key-wrong-origin':
				/* translators: %s: this site's origin, e.g. https://www.example.org */
				return self::say( 'error', sprintf( __( 'SINN does not accept this partner key from %s: sign-ups from this site are refused. Ask SINN to add this address to the key.', 'sinn-widgets' ), Sinn_Widgets_Relay::origin() ) );
			case 'unreachable':
				/* translators: %s: what came back instead of an answer, e.g. "HTTP 500" */
				return self::say( 'error', sprintf( __( 'SINN could not be asked whether signing works (%s).', 'sinn-widgets' ), $result['detail'] ) );
			default:
				return self::say( 'error', __( 'Signing does not work: SINN did not accept this site’s signature. Check that the relay secret belongs to this partner key; once SINN has issued a new one, only the newest works.', 'sinn-widgets' ) );
		}
	}

	private static function say( $kind, $text ) {
		return array(
			'kind' => $kind,
			'text' => $text,
		);
	}
}
