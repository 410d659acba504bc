<?php
/**
 * What an element holds before its script runs, or when scripts never run: titles and links from SINN's cached
 * answers, for search engines and for visitors without JavaScript. The element hides it once it has started.
 *
 * @package SinnWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Server-rendered fallback content.
 */
final class Sinn_Widgets_Fallback {

	const PLATFORM = 'https://sinn-sachsen.de/';

	/** How many entries a fallback list shows at most. */
	const MAX_ITEMS = 10;

	/**
	 * The fallback HTML for an element.
	 *
	 * @param string $name       A key of Sinn_Widgets_Elements::ELEMENTS.
	 * @param array  $attributes The element's attributes.
	 */
	public static function content( $name, array $attributes ) {
		switch ( $name ) {
			case 'initiatives':
				$list = self::initiatives( $attributes );
				break;
			case 'map':
				// The map's initiatives as a list: what its list view shows, for search engines and without scripts.
				$list = self::items( Sinn_Widgets_Api::json( 'v1/initiatives', self::query( $attributes, array( 'topic', 'region', 'stage', 'sdg', 'q' ) ) ), array( self::class, 'initiative' ) );
				break;
			case 'events':
				$list = self::events( $attributes );
				break;
			case 'mentors':
				$list = self::mentors( $attributes );
				break;
			default:
				$list = '';
		}
		return $list . self::platform_link( $name );
	}

	private static function initiatives( array $attributes ) {
		if ( isset( $attributes['slug'] ) ) {
			$one = Sinn_Widgets_Api::json( 'v1/initiatives/' . rawurlencode( $attributes['slug'] ) );
			return $one ? '<ul>' . self::initiative( $one ) . '</ul>' : '';
		}
		$list = Sinn_Widgets_Api::json( 'v1/initiatives', self::query( $attributes, array( 'topic', 'region', 'stage', 'sdg', 'organisation', 'q', 'limit' ) ) );
		return self::items( $list, array( self::class, 'initiative' ) );
	}

	private static function initiative( array $item ) {
		$title = esc_html( $item['title'] );
		if ( ! empty( $item['website'] ) ) {
			$title = '<a href="' . esc_url( $item['website'] ) . '">' . $title . '</a>';
		}
		return '<li>' . $title . ( empty( $item['teaser'] ) ? '' : ': ' . esc_html( $item['teaser'] ) ) . '</li>';
	}

	private static function events( array $attributes ) {
		$query = self::query( $attributes, array( 'region', 'category', 'topic', 'format', 'from', 'limit' ) );
		if ( ! isset( $query['limit'] ) ) {
			$query['limit'] = 5;
		}
		return self::items( Sinn_Widgets_Api::json( 'v1/events', $query ), array( self::class, 'event' ) );
	}

	private static function event( array $item ) {
		$start = strtotime( $item['start'] );
		$date  = false === $start ? '' : wp_date( get_option( 'date_format' ), $start, new DateTimeZone( 'Europe/Berlin' ) );
		$when  = '' === $date ? '' : ' <time datetime="' . esc_attr( $item['start'] ) . '">' . esc_html( $date ) . '</time>';
		$state = isset( $item['status'] ) && 'cancelled' === $item['status'] ? ' (' . esc_html__( 'cancelled', 'sinn-widgets' ) . ')' : '';
		return '<li>' . esc_html( $item['title'] ) . $when . $state . '</li>';
	}

	private static function mentors( array $attributes ) {
		$list = Sinn_Widgets_Api::json( 'v1/mentors', self::query( $attributes, array( 'q', 'expertise', 'region', 'limit' ) ) );
		return self::items( $list, array( self::class, 'mentor' ) );
	}

	private static function mentor( array $item ) {
		return '<li>' . esc_html( $item['name'] ) . ( empty( $item['role'] ) ? '' : ', ' . esc_html( $item['role'] ) ) . '</li>';
	}

	/**
	 * A list's entries as an HTML list, or '' when SINN gave none.
	 *
	 * @param array|null $list   The API's list.
	 * @param callable   $format Writes one entry.
	 */
	private static function items( $list, $format ) {
		if ( ! $list || empty( $list['items'] ) || ! is_array( $list['items'] ) ) {
			return '';
		}
		$html = '';
		foreach ( array_slice( $list['items'], 0, self::MAX_ITEMS ) as $item ) {
			if ( is_array( $item ) ) {
				$html .= call_user_func( $format, $item );
			}
		}
		return '<ul>' . $html . '</ul>';
	}

	/** The element's attributes that are also the API's query parameters. */
	private static function query( array $attributes, array $names ) {
		return array_intersect_key( $attributes, array_flip( $names ) );
	}

	private static function platform_link( $name ) {
		$labels = array(
			'initiatives' => __( 'Social innovations on sinn-sachsen.de', 'sinn-widgets' ),
			'map'         => __( 'Map of social innovations on sinn-sachsen.de', 'sinn-widgets' ),
			'events'      => __( 'Events on sinn-sachsen.de', 'sinn-widgets' ),
			'mentors'     => __( 'Mentors on sinn-sachsen.de', 'sinn-widgets' ),
			'join'        => __( 'Join the SINN network on sinn-sachsen.de', 'sinn-widgets' ),
			'survey'      => __( 'Surveys and votes on sinn-sachsen.de', 'sinn-widgets' ),
		);
		return '<p><a href="' . esc_url( self::PLATFORM ) . '">' . esc_html( $labels[ $name ] ) . '</a></p>';
	}
}
