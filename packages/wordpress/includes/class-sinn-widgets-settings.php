<?php
/**
 * The plugin's settings: one option, registered with the Settings API, every value sanitised on its way in.
 *
 * @package SinnWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Reads and sanitises the settings.
 */
final class Sinn_Widgets_Settings {

	const OPTION = 'sinn_widgets_settings';
	const GROUP  = 'sinn_widgets';

	/** The presets the elements know (their `theme` attribute). */
	const PRESETS = array( 'caritas', 'diakonie', 'drk', 'paritaet', 'impact-hub' );

	/** Light is the elements' own default; `auto` follows the visitor's system. */
	const SCHEMES = array( 'dark', 'auto' );

	const LANGUAGES = array( 'de', 'en' );

	/**
	 * The values before anything is saved.
	 *
	 * @return array<string, string|bool>
	 */
	public static function defaults() {
		return array(
			'api_url'      => 'https://api.sinn-sachsen.de',
			'partner_key'  => '',
			'language'     => '',
			'preset'       => '',
			'scheme'       => '',
			'brand_color'  => '',
			'privacy_mode' => true,
			'proxy_header' => '',
		);
	}

	public static function register() {
		add_action( 'init', array( self::class, 'register_setting' ) );
	}

	public static function register_setting() {
		register_setting(
			self::GROUP,
			self::OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => array( self::class, 'sanitize' ),
				'default'           => self::defaults(),
				'show_in_rest'      => false,
			)
		);
	}

	/**
	 * One setting, or all of them.
	 *
	 * @param string|null $key A key of defaults(), or null for all.
	 * @return mixed
	 */
	public static function get( $key = null ) {
		$saved    = get_option( self::OPTION, array() );
		$settings = array_merge( self::defaults(), is_array( $saved ) ? $saved : array() );
		return null === $key ? $settings : $settings[ $key ];
	}

	/** The language the elements speak: the setting, else the site's (German for any `de_*` locale). */
	public static function language() {
		$language = self::get( 'language' );
		if ( in_array( $language, self::LANGUAGES, true ) ) {
			return $language;
		}
		return 0 === strpos( get_locale(), 'de' ) ? 'de' : 'en';
	}

	/** The elements' `theme`: the preset and the colour scheme, space-separated. */
	public static function theme() {
		return trim( self::get( 'preset' ) . ' ' . self::get( 'scheme' ) );
	}

	/**
	 * Sanitises the form's values. A value that is not valid keeps the one saved before and says why.
	 *
	 * @param mixed $input What the settings form sent.
	 * @return array<string, string|bool>
	 */
	public static function sanitize( $input ) {
		$old   = self::get();
		$input = is_array( $input ) ? wp_unslash( $input ) : array();
		$clean = $old;

		$api_url = isset( $input['api_url'] ) ? trim( (string) $input['api_url'] ) : '';
		$url     = esc_url_raw( $api_url, array( 'https', 'http' ) );
		if ( '' !== $url && $url === $api_url && wp_parse_url( $url, PHP_URL_HOST ) ) {
			$clean['api_url'] = untrailingslashit( $url );
		} else {
			self::error( 'api_url', __( 'The API address must be an http or https address, such as https://api.sinn-sachsen.de. The previous address was kept.', 'sinn-widgets' ) );
		}

		$key = isset( $input['partner_key'] ) ? trim( (string) $input['partner_key'] ) : '';
		if ( '' === $key || preg_match( '/^pk_[A-Za-z0-9_-]{8,64}$/', $key ) ) {
			$clean['partner_key'] = $key;
		} else {
			self::error( 'partner_key', __( 'A partner key starts with pk_ followed by letters, digits, - or _. The previous key was kept.', 'sinn-widgets' ) );
		}

		$clean['language'] = self::one_of( $input, 'language', self::LANGUAGES );
		$clean['preset']   = self::one_of( $input, 'preset', self::PRESETS );
		$clean['scheme']   = self::one_of( $input, 'scheme', self::SCHEMES );

		$color = isset( $input['brand_color'] ) ? trim( (string) $input['brand_color'] ) : '';
		if ( '' === $color || sanitize_hex_color( $color ) ) {
			$clean['brand_color'] = '' === $color ? '' : sanitize_hex_color( $color );
		} else {
			self::error( 'brand_color', __( 'The brand colour must be a hex colour such as #c8102e. The previous colour was kept.', 'sinn-widgets' ) );
		}

		$clean['privacy_mode'] = ! empty( $input['privacy_mode'] );

		$header = isset( $input['proxy_header'] ) ? trim( (string) $input['proxy_header'] ) : '';
		if ( '' === $header || preg_match( '/^[A-Za-z][A-Za-z0-9-]{0,63}$/', $header ) ) {
			$clean['proxy_header'] = $header;
		} else {
			self::error( 'proxy_header', __( 'A header name holds only letters, digits and hyphens, such as X-Forwarded-For. The previous header was kept.', 'sinn-widgets' ) );
		}

		// The relay secret goes to an option of its own, never into these settings; an empty field keeps it.
		$secret = isset( $input['relay_secret'] ) ? trim( (string) $input['relay_secret'] ) : '';
		if ( Sinn_Widgets_Relay_Secret::valid( $secret ) ) {
			Sinn_Widgets_Relay_Secret::store( $secret );
		} elseif ( '' !== $secret ) {
			self::error( 'relay_secret', __( 'A relay secret starts with sk_ followed by letters, digits, - or _. The previous secret was kept.', 'sinn-widgets' ) );
		}
		return $clean;
	}

	/**
	 * A value from a fixed list, or '' (the default) for anything else.
	 *
	 * @param array  $input   The form's values.
	 * @param string $key     The field.
	 * @param array  $allowed The values allowed.
	 */
	private static function one_of( array $input, $key, array $allowed ) {
		$value = isset( $input[ $key ] ) ? (string) $input[ $key ] : '';
		return in_array( $value, $allowed, true ) ? $value : '';
	}

	private static function error( $field, $message ) {
		add_settings_error( self::OPTION, 'sinn-widgets-' . $field, $message );
	}
}
