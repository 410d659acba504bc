<?php
/**
 * The six elements, and the one place their HTML is written. Which attributes each takes comes from its
 * block.json, so the blocks, the shortcodes and the content filter allow the same names and values.
 *
 * @package SinnWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The element catalogue.
 */
final class Sinn_Widgets_Elements {

	const ELEMENTS = array(
		'initiatives' => array(
			'tag'       => 'sinn-initiative-cards',
			'shortcode' => 'sinn_initiatives',
		),
		'map'         => array(
			'tag'       => 'sinn-initiative-map',
			'shortcode' => 'sinn_map',
		),
		'events'      => array(
			'tag'       => 'sinn-event-calendar',
			'shortcode' => 'sinn_events',
		),
		'mentors'     => array(
			'tag'       => 'sinn-mentor-search',
			'shortcode' => 'sinn_mentors',
		),
		'join'        => array(
			'tag'       => 'sinn-join-form',
			'shortcode' => 'sinn_join',
		),
		'survey'      => array(
			'tag'       => 'sinn-survey',
			'shortcode' => 'sinn_survey',
		),
	);

	/**
	 * The heading level the plugin gives an element whose own default does not fit under a page's title: the
	 * cards', the mentors' and the map's headings are of level 3 unless told, for a page that has a heading of
	 * level 2 above them; in WordPress an element mostly stands right under the page's title (h1), where a 3
	 * skips a level. The other elements' own default is 2 already.
	 */
	const HEADING_LEVELS = array(
		'initiatives' => '2',
		'map'         => '2',
		'mentors'     => '2',
	);

	/** The words the `theme` attribute takes. */
	const THEME_WORDS = array( 'caritas', 'diakonie', 'drk', 'paritaet', 'impact-hub', 'dark', 'auto' );

	/** @var array<string, array> */
	private static $attributes = array();

	/** The block folder of an element. */
	public static function block_dir( $name ) {
		return SINN_WIDGETS_DIR . 'blocks/' . $name;
	}

	/**
	 * The attributes an element takes, as block.json describes them.
	 *
	 * @param string $name A key of ELEMENTS.
	 * @return array<string, array>
	 */
	public static function attributes( $name ) {
		if ( ! isset( self::$attributes[ $name ] ) ) {
			$json                       = json_decode( (string) file_get_contents( self::block_dir( $name ) . '/block.json' ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin.
			self::$attributes[ $name ] = isset( $json['attributes'] ) ? $json['attributes'] : array();
		}
		return self::$attributes[ $name ];
	}

	/**
	 * The attributes of an element that are known and valid; everything else is left out.
	 *
	 * @param string $name  A key of ELEMENTS.
	 * @param array  $given Attribute names and values, from a shortcode or a block.
	 * @return array<string, string|true>
	 */
	public static function clean( $name, array $given ) {
		$clean = array();
		foreach ( self::attributes( $name ) as $attribute => $schema ) {
			if ( ! array_key_exists( $attribute, $given ) ) {
				continue;
			}
			$value = self::value( $attribute, $schema, $given[ $attribute ] );
			if ( null !== $value ) {
				$clean[ $attribute ] = $value;
			}
		}
		return $clean;
	}

	/**
	 * One attribute's value as the element takes it, or null when it is not valid.
	 *
	 * @param string $attribute The attribute's name.
	 * @param array  $schema    Its schema in block.json.
	 * @param mixed  $raw       The value given.
	 * @return string|true|null
	 */
	private static function value( $attribute, array $schema, $raw ) {
		if ( 'boolean' === $schema['type'] ) {
			if ( true === $raw || in_array( strtolower( (string) $raw ), array( '', '1', 'true', 'yes', $attribute ), true ) ) {
				return true;
			}
			return null;
		}
		if ( is_array( $raw ) || is_object( $raw ) ) {
			return null;
		}
		$value = trim( (string) $raw );
		if ( '' === $value ) {
			return null;
		}
		if ( 'integer' === $schema['type'] ) {
			if ( ! preg_match( '/^\d{1,4}$/', $value ) ) {
				return null;
			}
			$number = (int) $value;
			$low    = isset( $schema['minimum'] ) ? $schema['minimum'] : PHP_INT_MIN;
			$high   = isset( $schema['maximum'] ) ? $schema['maximum'] : PHP_INT_MAX;
			return $number >= $low && $number <= $high ? (string) $number : null;
		}
		if ( isset( $schema['enum'] ) ) {
			return in_array( $value, $schema['enum'], true ) ? $value : null;
		}
		if ( isset( $schema['pattern'] ) ) {
			return preg_match( '#' . $schema['pattern'] . '#', $value ) ? $value : null;
		}
		if ( isset( $schema['format'] ) && 'uri' === $schema['format'] ) {
			$url = esc_url_raw( $value, array( 'https', 'http' ) );
			return '' !== $url ? $url : null;
		}
		if ( 'theme' === $attribute ) {
			$words = array_intersect( preg_split( '/\s+/', strtolower( $value ) ), self::THEME_WORDS );
			return $words ? implode( ' ', $words ) : null;
		}
		// Lists of vocabulary ids and free text: the element checks them against SINN's vocabulary itself.
		return mb_substr( sanitize_text_field( $value ), 0, 200 );
	}

	/**
	 * The element's HTML, with the fallback content from SINN's cached answers inside, and the page told that
	 * it needs the script.
	 *
	 * @param string $name       A key of ELEMENTS.
	 * @param array  $attributes Attributes, already cleaned.
	 * @param string $extra      Further attributes for the tag (a block's class and alignment), already escaped.
	 */
	public static function render( $name, array $attributes, $extra = '' ) {
		Sinn_Widgets_Assets::need();
		$attributes = self::with_site_defaults( $name, self::with_language( $attributes ) );
		$tag        = self::ELEMENTS[ $name ]['tag'];
		$html       = '<' . $tag;
		foreach ( $attributes as $attribute => $value ) {
			$html .= true === $value ? ' ' . $attribute : ' ' . $attribute . '="' . esc_attr( $value ) . '"';
		}
		$html .= ( '' !== $extra ? ' ' . $extra : '' ) . '>';
		return $html . Sinn_Widgets_Fallback::content( $name, $attributes ) . '</' . $tag . '>';
	}

	/**
	 * The attributes with the element's language written on it where it is not the page's: German text in an
	 * `<html lang="en-US">` page is read by screen readers with an English voice.
	 *
	 * @param array $attributes Attributes, already cleaned.
	 */
	private static function with_language( array $attributes ) {
		$language = Sinn_Widgets_Settings::language();
		if ( ! isset( $attributes['lang'] ) && self::page_language() !== $language ) {
			$attributes['lang'] = $language;
		}
		return $attributes;
	}

	/**
	 * The attributes with what the site gives where the author gave nothing: the heading level that follows the
	 * page's title (HEADING_LEVELS), and the site's privacy policy for the forms that link one.
	 *
	 * @param string $name       A key of ELEMENTS.
	 * @param array  $attributes Attributes, already cleaned.
	 */
	private static function with_site_defaults( $name, array $attributes ) {
		if ( isset( self::HEADING_LEVELS[ $name ] ) && ! isset( $attributes['heading-level'] ) ) {
			$attributes['heading-level'] = self::HEADING_LEVELS[ $name ];
		}
		$privacy = get_privacy_policy_url();
		if ( '' !== $privacy && isset( self::attributes( $name )['privacy-url'] ) && ! isset( $attributes['privacy-url'] ) ) {
			$attributes['privacy-url'] = $privacy;
		}
		return $attributes;
	}

	/** The language of the page (its `<html lang>`), without its region: `de` for `de-DE`. */
	private static function page_language() {
		return strtolower( (string) strtok( get_bloginfo( 'language' ), '-' ) );
	}
}
