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

	/** @var string The language of the element being written, `de` or `en`: its answers and its words. */
	private static $language = 'de';

	/**
	 * The fallback HTML for an element, in the element's language.
	 *
	 * @param string $name       A key of Sinn_Widgets_Elements::ELEMENTS.
	 * @param array  $attributes The element's attributes.
	 */
	public static function content( $name, array $attributes ) {
		self::$language = isset( $attributes['lang'] ) ? $attributes['lang'] : Sinn_Widgets_Settings::language();
		return self::in_language(
			self::$language,
			static function () use ( $name, $attributes ) {
				return self::lists( $name, $attributes ) . self::platform_link( $name );
			}
		);
	}

	/**
	 * The list an element's fallback shows, from SINN's answers.
	 *
	 * @param string $name       A key of Sinn_Widgets_Elements::ELEMENTS.
	 * @param array  $attributes The element's attributes.
	 */
	private static function lists( $name, array $attributes ) {
		switch ( $name ) {
			case 'initiatives':
				return self::initiatives( $attributes );
			case 'map':
				// The map's initiatives as a list: what its list view shows, for search engines and without scripts.
				return self::items( self::read( 'v1/initiatives', self::query( $attributes, array( 'topic', 'region', 'stage', 'sdg', 'q' ) ) ), array( self::class, 'initiative' ) );
			case 'events':
				return self::events( $attributes );
			case 'mentors':
				return self::mentors( $attributes );
			default:
				return '';
		}
	}

	/**
	 * Writes with the plugin's words in a language: the element's, which need not be the site's (a German element
	 * on an English site says "Termine auf sinn-sachsen.de", not "Events on …"). WordPress's switch_to_locale()
	 * would need the site to have WordPress's own files for that language, which an English site lacks; the
	 * plugin's own translation is all the fallback needs.
	 *
	 * @param string   $language `de` or `en`.
	 * @param callable $write    Writes the HTML.
	 * @return string
	 */
	private static function in_language( $language, $write ) {
		$site = 0 === strpos( determine_locale(), 'de' ) ? 'de' : 'en';
		if ( $language === $site ) {
			return call_user_func( $write );
		}
		unload_textdomain( 'sinn-widgets' );
		if ( 'de' === $language ) {
			load_textdomain( 'sinn-widgets', SINN_WIDGETS_DIR . 'languages/sinn-widgets-de_DE.mo' );
		}
		try {
			return call_user_func( $write );
		} finally {
			unload_textdomain( 'sinn-widgets' );
			sinn_widgets_load_textdomain();
		}
	}

	/**
	 * One of SINN's answers for the fallback, in the element's language.
	 *
	 * @param string $path  The API path.
	 * @param array  $query Query parameters.
	 * @return array|null
	 */
	private static function read( $path, array $query = array() ) {
		return Sinn_Widgets_Api::json( $path, $query, self::$language );
	}

	private static function initiatives( array $attributes ) {
		if ( isset( $attributes['slug'] ) ) {
			$one = self::read( 'v1/initiatives/' . rawurlencode( $attributes['slug'] ) );
			return $one ? '<ul>' . self::initiative( $one ) . '</ul>' : '';
		}
		$list = self::read( 'v1/initiatives', self::query( $attributes, array( 'topic', 'region', 'stage', 'sdg', 'organisation', 'q', 'limit' ) ) );
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
		return self::items( self::read( 'v1/events', $query ), array( self::class, 'event' ) );
	}

	private static function event( array $item ) {
		$start = strtotime( $item['start'] );
		$date  = false === $start ? '' : self::date( $start );
		$when  = '' === $date ? '' : ' <time datetime="' . esc_attr( $item['start'] ) . '">' . esc_html( $date ) . '</time>';
		$state = isset( $item['status'] ) && 'cancelled' === $item['status'] ? ' (' . esc_html__( 'cancelled', 'sinn-widgets' ) . ')' : '';
		return '<li>' . esc_html( $item['title'] ) . $when . $state . '</li>';
	}

	/**
	 * A day in the element's language, written the same on every site ("14. Dezember 2026", "14 December 2026"):
	 * the site's date format and month names are in the site's language, which need not be the element's.
	 *
	 * @param int $time A Unix time.
	 */
	private static function date( $time ) {
		$zone   = new DateTimeZone( 'Europe/Berlin' );
		$months = array(
			__( 'January', 'sinn-widgets' ),
			__( 'February', 'sinn-widgets' ),
			__( 'March', 'sinn-widgets' ),
			__( 'April', 'sinn-widgets' ),
			__( 'May', 'sinn-widgets' ),
			__( 'June', 'sinn-widgets' ),
			__( 'July', 'sinn-widgets' ),
			__( 'August', 'sinn-widgets' ),
			__( 'September', 'sinn-widgets' ),
			__( 'October', 'sinn-widgets' ),
			__( 'November', 'sinn-widgets' ),
			__( 'December', 'sinn-widgets' ),
		);
		return sprintf(
			/* translators: A day: 1: the day of the month, 2: the month's name, 3: the year. */
			__( '%1$d %2$s %3$d', 'sinn-widgets' ),
			(int) wp_date( 'j', $time, $zone ),
			$months[ (int) wp_date( 'n', $time, $zone ) - 1 ],
			(int) wp_date( 'Y', $time, $zone )
		);
	}

	private static function mentors( array $attributes ) {
		$list = self::read( 'v1/mentors', self::query( $attributes, array( 'q', 'expertise', 'region', 'limit' ) ) );
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

	/**
	 * The link to SINN under every fallback.
	 *
	 * @param string $name A key of Sinn_Widgets_Elements::ELEMENTS.
	 */
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
