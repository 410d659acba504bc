<?php
/**
 * [sinn_initiatives], [sinn_map], [sinn_events], [sinn_mentors], [sinn_join] and [sinn_survey], each also under its
 * element's name ([sinn_initiative_cards], …): each takes its element's attributes, and nothing else;
 * `[sinn_initiatives filters]` is the same as `filters="true"`.
 *
 * @package SinnWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The shortcodes.
 */
final class Sinn_Widgets_Shortcodes {

	public static function register() {
		add_action( 'init', array( self::class, 'add' ) );
	}

	public static function add() {
		foreach ( Sinn_Widgets_Elements::ELEMENTS as $name => $element ) {
			$render = static function ( $atts ) use ( $name ) {
				return Sinn_Widgets_Shortcodes::render( $name, is_array( $atts ) ? $atts : array() );
			};
			add_shortcode( $element['shortcode'], $render );
			// The element's own name works too ([sinn_initiative_cards] for <sinn-initiative-cards>): a webmaster who
			// knows the element tries it, and an unknown shortcode is printed to visitors as it was written.
			$alias = str_replace( '-', '_', $element['tag'] );
			if ( $alias !== $element['shortcode'] ) {
				add_shortcode( $alias, $render );
			}
		}
	}

	/**
	 * One shortcode's element.
	 *
	 * @param string $name A key of Sinn_Widgets_Elements::ELEMENTS.
	 * @param array  $atts The shortcode's attributes as WordPress parsed them.
	 */
	public static function render( $name, array $atts ) {
		$given = array();
		foreach ( $atts as $key => $value ) {
			// A bare word (`[sinn_events filters]`) arrives under a numeric key.
			if ( is_int( $key ) ) {
				$given[ strtolower( (string) $value ) ] = true;
			} else {
				$given[ $key ] = $value;
			}
		}
		$defaults = array_fill_keys( array_keys( Sinn_Widgets_Elements::attributes( $name ) ), null );
		$given    = array_filter(
			shortcode_atts( $defaults, $given, Sinn_Widgets_Elements::ELEMENTS[ $name ]['shortcode'] ),
			static function ( $value ) {
				return null !== $value;
			}
		);
		return Sinn_Widgets_Elements::render( $name, Sinn_Widgets_Elements::clean( $name, $given ) );
	}
}
