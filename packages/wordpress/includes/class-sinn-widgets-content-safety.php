<?php
/**
 * Elements pasted as HTML into a post: the editor's KSES filter must let the `sinn-*` tags and their attributes
 * through, and wpautop must not wrap their insides in paragraphs.
 *
 * @package SinnWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * KSES and wpautop.
 */
final class Sinn_Widgets_Content_Safety {

	/** @var string[] Elements taken out of the content while wpautop runs. */
	private static $kept = array();

	public static function register() {
		add_filter( 'wp_kses_allowed_html', array( self::class, 'allow' ), 10, 2 );
		add_filter( 'the_content', array( self::class, 'before_autop' ), 9 );
		add_filter( 'the_content', array( self::class, 'after_autop' ), 11 );
	}

	/**
	 * Adds the elements and their attributes to what post content may hold.
	 *
	 * @param array  $tags    Allowed tags and attributes.
	 * @param string $context The KSES context.
	 */
	public static function allow( $tags, $context ) {
		if ( 'post' !== $context ) {
			return $tags;
		}
		foreach ( Sinn_Widgets_Elements::ELEMENTS as $name => $element ) {
			$attributes = array(
				'id'    => true,
				'class' => true,
				'style' => true,
			);
			foreach ( array_keys( Sinn_Widgets_Elements::attributes( $name ) ) as $attribute ) {
				$attributes[ $attribute ] = true;
			}
			$tags[ $element['tag'] ] = $attributes;
		}
		return $tags;
	}

	/**
	 * Before wpautop: each element becomes a placeholder <div>, a block that wpautop leaves alone.
	 *
	 * @param string $content The post's content.
	 */
	public static function before_autop( $content ) {
		if ( false === strpos( $content, '<sinn-' ) ) {
			return $content;
		}
		Sinn_Widgets_Assets::need();
		return preg_replace_callback(
			'#<(sinn-[a-z-]+)\b[^>]*>.*?</\1>#s',
			static function ( $match ) {
				Sinn_Widgets_Content_Safety::keep( $match[0] );
				return '<div data-sinn-kept="' . ( count( Sinn_Widgets_Content_Safety::kept() ) - 1 ) . '"></div>';
			},
			$content
		);
	}

	/**
	 * After wpautop: the elements back in their places, as they were written.
	 *
	 * @param string $content The post's content.
	 */
	public static function after_autop( $content ) {
		if ( ! self::$kept ) {
			return $content;
		}
		$content    = preg_replace_callback(
			'#(?:<p>\s*)?<div data-sinn-kept="(\d+)"></div>(?:\s*</p>)?#',
			static function ( $match ) {
				$kept = Sinn_Widgets_Content_Safety::kept();
				return isset( $kept[ (int) $match[1] ] ) ? $kept[ (int) $match[1] ] : '';
			},
			$content
		);
		self::$kept = array();
		return $content;
	}

	/** @param string $html An element's HTML. */
	public static function keep( $html ) {
		self::$kept[] = $html;
	}

	/** @return string[] */
	public static function kept() {
		return self::$kept;
	}
}
