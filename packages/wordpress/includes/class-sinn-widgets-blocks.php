<?php
/**
 * The six blocks: described by their block.json (API version 3), edited with inspector controls and a live
 * preview (assets/editor/blocks.js), and rendered on the server into the same element a shortcode writes.
 *
 * @package SinnWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The blocks.
 */
final class Sinn_Widgets_Blocks {

	const EDITOR_HANDLE = 'sinn-widgets-blocks';

	public static function register() {
		add_action( 'init', array( self::class, 'add' ) );
	}

	public static function add() {
		wp_register_script(
			self::EDITOR_HANDLE,
			plugins_url( 'assets/editor/blocks.js', SINN_WIDGETS_FILE ),
			array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render' ),
			SINN_WIDGETS_VERSION,
			true
		);
		wp_set_script_translations( self::EDITOR_HANDLE, 'sinn-widgets', SINN_WIDGETS_DIR . 'languages' );
		foreach ( array_keys( Sinn_Widgets_Elements::ELEMENTS ) as $name ) {
			register_block_type(
				Sinn_Widgets_Elements::block_dir( $name ),
				array(
					'render_callback' => static function ( $attributes ) use ( $name ) {
						return Sinn_Widgets_Blocks::render( $name, is_array( $attributes ) ? $attributes : array() );
					},
				)
			);
		}
	}

	/**
	 * A block's element, with the block's wrapper attributes (its class and alignment).
	 *
	 * @param string $name       A key of Sinn_Widgets_Elements::ELEMENTS.
	 * @param array  $attributes The block's attributes.
	 */
	public static function render( $name, array $attributes ) {
		$wrapper = function_exists( 'get_block_wrapper_attributes' ) ? get_block_wrapper_attributes() : '';
		return Sinn_Widgets_Elements::render( $name, Sinn_Widgets_Elements::clean( $name, $attributes ), $wrapper );
	}
}
