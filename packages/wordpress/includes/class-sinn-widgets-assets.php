<?php
/**
 * The widgets' script and settings, on the pages that show an element and on no other. The script is a module:
 * enqueued with wp_enqueue_script_module where WordPress has it (6.5+), else as a classic script marked
 * `type="module"`. The settings reach the elements as <meta name="sinn:…"> tags, never as inline script.
 *
 * The block editor previews the elements live. From 6.3 on its canvas is an iframe, which receives only what is
 * enqueued on `enqueue_block_assets`, and only classic scripts: neither script modules nor the tags printed on
 * admin_head reach it. So the editor gets the loader as a classic script on that hook, with the settings on its
 * own tag (data-api, …, which the loader reads), in the iframe and, on WordPress without one, in the editor's page.
 *
 * @package SinnWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Enqueues the loader and prints the settings.
 */
final class Sinn_Widgets_Assets {

	const HANDLE = 'sinn-widgets';

	/** @var bool Whether the page shows an element. */
	private static $needed = false;

	/** @var bool Whether the meta tags are out. */
	private static $printed = false;

	/** @var bool Whether the loader is the block editor's, which carries the settings on its tag. */
	private static $editor = false;

	/** The attributes that ask optimisation plugins to leave the loader alone. */
	const KEEP_AS_IS = array(
		'data-no-optimize' => '1',
		'data-no-minify'   => '1',
		'data-cfasync'     => 'false',
	);

	public static function register() {
		add_action( 'wp', array( self::class, 'detect' ) );
		add_action( 'wp_head', array( self::class, 'print_head' ), 1 );
		add_action( 'wp_footer', array( self::class, 'print_late' ), 1 );
		add_action( 'enqueue_block_assets', array( self::class, 'editor' ) );
		add_filter( 'script_loader_tag', array( self::class, 'module_tag' ), 10, 2 );
		add_filter( 'wp_script_attributes', array( self::class, 'module_attributes' ) );
	}

	/** The loader's address: the script-tag build bundled in the plugin, so nothing comes from another host. */
	public static function loader_url() {
		return plugins_url( 'assets/widgets/sinn.js', SINN_WIDGETS_FILE );
	}

	/**
	 * Before the page is written: does any post it shows hold a shortcode, a block or a pasted element? Then the
	 * settings go into the head. Elements found only later (a widget area, a theme's template) still work: their
	 * settings follow in the footer, before the script runs.
	 */
	public static function detect() {
		global $wp_query;
		if ( is_admin() || ! $wp_query instanceof WP_Query ) {
			return;
		}
		foreach ( (array) $wp_query->posts as $post ) {
			if ( $post instanceof WP_Post && self::shows_element( $post->post_content ) ) {
				self::need();
				return;
			}
		}
	}

	/**
	 * Whether content holds one of the elements, in any of its three forms.
	 *
	 * @param string $content Post content.
	 */
	public static function shows_element( $content ) {
		return false !== strpos( $content, '<sinn-' ) || false !== strpos( $content, '<!-- wp:sinn/' ) || false !== strpos( $content, '[sinn_' );
	}

	/** Called by everything that writes an element: enqueues the script once. */
	public static function need() {
		if ( self::$needed ) {
			return;
		}
		self::$needed = true;
		if ( function_exists( 'wp_enqueue_script_module' ) ) {
			wp_enqueue_script_module( self::HANDLE, self::loader_url(), array(), SINN_WIDGETS_VERSION );
		} else {
			wp_enqueue_script( self::HANDLE, self::loader_url(), array(), SINN_WIDGETS_VERSION, true );
		}
		self::brand_color();
	}

	/**
	 * The site's brand colour for every element, where one is set, and the colour of text on it: the elements'
	 * own is white, which on a light brand colour (#ffeb3b) is barely legible.
	 */
	private static function brand_color() {
		$color = sanitize_hex_color( Sinn_Widgets_Settings::get( 'brand_color' ) );
		if ( ! $color ) {
			return;
		}
		// Registered once, with its rule: the editor's canvas collects its styles anew from the same registrations.
		if ( wp_register_style( self::HANDLE, false, array(), SINN_WIDGETS_VERSION ) ) {
			$tags = implode( ',', wp_list_pluck( Sinn_Widgets_Elements::ELEMENTS, 'tag' ) );
			wp_add_inline_style( self::HANDLE, $tags . '{--sinn-color-brand:' . $color . ';--sinn-color-on-brand:' . self::on_color( $color ) . '}' );
		}
		wp_enqueue_style( self::HANDLE );
	}

	/**
	 * Black or white, whichever contrasts more with a colour (WCAG 2's contrast ratio).
	 *
	 * @param string $color A hex colour, #rgb or #rrggbb.
	 */
	private static function on_color( $color ) {
		$luminance = self::luminance( $color );
		$on_black  = ( $luminance + 0.05 ) / 0.05;
		$on_white  = 1.05 / ( $luminance + 0.05 );
		return $on_black > $on_white ? '#000' : '#fff';
	}

	/**
	 * A colour's relative luminance, as WCAG 2 defines it: 0 for black, 1 for white.
	 *
	 * @param string $color A hex colour, #rgb or #rrggbb.
	 */
	private static function luminance( $color ) {
		$hex = ltrim( $color, '#' );
		if ( 3 === strlen( $hex ) ) {
			$hex = $hex[0] . $hex[0] . $hex[1] . $hex[1] . $hex[2] . $hex[2];
		}
		$weights   = array( 0.2126, 0.7152, 0.0722 );
		$luminance = 0.0;
		foreach ( str_split( $hex, 2 ) as $index => $pair ) {
			$channel    = hexdec( $pair ) / 255;
			$linear     = $channel <= 0.04045 ? $channel / 12.92 : pow( ( $channel + 0.055 ) / 1.055, 2.4 );
			$luminance += $weights[ $index ] * $linear;
		}
		return $luminance;
	}

	/**
	 * Marks the classic enqueue of the loader as a module (WordPress before 6.5, and the block editor), and asks
	 * optimisation plugins to leave it alone: combined into another file or turned into a classic script, it would
	 * not run. The editor's loader carries the page's settings too.
	 *
	 * @param string $tag    The script tag.
	 * @param string $handle Its handle.
	 */
	public static function module_tag( $tag, $handle ) {
		if ( self::HANDLE !== $handle ) {
			return $tag;
		}
		$attributes = array( 'type' => 'module' ) + self::KEEP_AS_IS;
		if ( self::$editor ) {
			foreach ( self::meta() as $name => $value ) {
				$attributes[ 'data-' . $name ] = $value;
			}
		}
		$html = '';
		foreach ( $attributes as $name => $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
		$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
		return str_replace( '<script ', '<script' . $html . ' ', $tag );
	}

	/**
	 * The same request to optimisation plugins on the script module's tag (WordPress 6.5+), which WordPress writes
	 * without script_loader_tag.
	 *
	 * @param array $attributes The tag's attributes.
	 */
	public static function module_attributes( $attributes ) {
		if ( is_array( $attributes ) && isset( $attributes['id'] ) && self::HANDLE . '-js-module' === $attributes['id'] ) {
			$attributes += self::KEEP_AS_IS;
		}
		return $attributes;
	}

	public static function print_head() {
		if ( self::$needed ) {
			self::print_meta();
		}
	}

	public static function print_late() {
		if ( self::$needed ) {
			self::print_meta();
		}
	}

	/** The page's settings for every element on it. */
	public static function meta() {
		$privacy = (bool) Sinn_Widgets_Settings::get( 'privacy_mode' );
		$meta    = array(
			'api'  => $privacy ? Sinn_Widgets_Relay::base_url() : Sinn_Widgets_Settings::get( 'api_url' ),
			'lang' => Sinn_Widgets_Settings::language(),
		);
		// Through the relay, the site adds its key itself.
		if ( ! $privacy && '' !== Sinn_Widgets_Settings::get( 'partner_key' ) ) {
			$meta['partner-key'] = Sinn_Widgets_Settings::get( 'partner_key' );
		}
		if ( '' !== Sinn_Widgets_Settings::theme() ) {
			$meta['theme'] = Sinn_Widgets_Settings::theme();
		}
		return $meta;
	}

	private static function print_meta() {
		if ( self::$printed ) {
			return;
		}
		self::$printed = true;
		foreach ( self::meta() as $name => $value ) {
			printf( '<meta name="sinn:%1$s" content="%2$s">' . "\n", esc_attr( $name ), esc_attr( $value ) );
		}
	}

	/**
	 * The loader for the block editor's live previews (see the top of this file). The hook fires on the front end
	 * too, where only a page's elements bring the loader (need()).
	 */
	public static function editor() {
		if ( ! is_admin() ) {
			return;
		}
		self::$editor = true;
		wp_enqueue_script( self::HANDLE, self::loader_url(), array(), SINN_WIDGETS_VERSION, true );
		self::brand_color();
	}
}
