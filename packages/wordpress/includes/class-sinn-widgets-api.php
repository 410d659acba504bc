<?php
/**
 * The site's own requests to the SINN API: reads kept for a short time (for the relay and the fallback content),
 * writes passed on as they are.
 *
 * @package SinnWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * A small HTTP client of the SINN API on top of the WordPress HTTP API.
 */
final class Sinn_Widgets_Api {

	/** Seconds a read is kept: short, so that what SINN staff change shows within a minute. */
	const CACHE_SECONDS = 60;

	/**
	 * How many answers the read cache holds at most. Any visitor chooses the relay's queries (every `limit`,
	 * `from` or `to` is another one), and each answer kept was a row of the site's options table, which visitors
	 * could so fill without end. Each answer goes instead into one of these slots, picked by a hash of its
	 * address, which it shares with other addresses: two that meet take turns, which costs a request to SINN,
	 * never a wrong answer (a slot holds its address, checked on reading). A limit on the queries themselves would
	 * bound nothing: the calendar's months alone are without end.
	 */
	const CACHE_SLOTS = 128;

	/**
	 * Seconds the fallback waits for SINN. A page is written only once its fallback is: with the relay's timeout,
	 * an API that accepts connections and never answers held every page for seconds per element. The elements
	 * load the same data themselves once the page is there.
	 */
	const FALLBACK_TIMEOUT = 2;

	/** Seconds a fallback read that got no answer keeps the next ones, on this and other pages, from trying. */
	const FAILURE_SECONDS = 60;

	/** Seconds the fallback keeps its last good answer, to show while SINN does not answer (a day). */
	const STALE_SECONDS = 86400;

	/** Headers of an answer that travel on to the browser. */
	const PASSED_HEADERS = array( 'content-type', 'etag', 'retry-after', 'content-security-policy', 'cache-control' );

	/**
	 * A GET of the API, from the cache while it is fresh (CACHE_SLOTS). Only successful answers are kept.
	 *
	 * @param string $path     The API path, such as `v1/initiatives` (without a leading slash).
	 * @param array  $query    Query parameters.
	 * @param array  $options  `language` (the Accept-Language to send), `cache` (false to skip the cache), `timeout`
	 *                         (seconds, 8 unless given).
	 * @return array{status:int, headers:array<string,string>, body:string}
	 */
	public static function get( $path, array $query = array(), array $options = array() ) {
		$url      = self::url( $path, $query );
		$language = isset( $options['language'] ) ? $options['language'] : Sinn_Widgets_Settings::language();
		$cache    = ! isset( $options['cache'] ) || $options['cache'];
		$request  = $url . '|' . $language;
		$key      = 'sinn_widgets_' . ( hexdec( substr( md5( $request ), 0, 7 ) ) % self::CACHE_SLOTS );
		$kept     = $cache ? self::kept( $key, $request ) : null;
		if ( $kept && self::fresh( $kept ) ) {
			return $kept;
		}
		$answer = self::fetch( $url, $language, isset( $options['timeout'] ) ? (int) $options['timeout'] : 8 );
		if ( $cache && 200 === $answer['status'] ) {
			self::keep( $key, $request, $answer, self::fresh_seconds() );
		}
		return $answer;
	}

	/**
	 * A GET for the fallback content, which a page waits for: fresh from the cache; else from SINN, waiting
	 * FALLBACK_TIMEOUT at most, and not at all for a while after SINN did not answer; else, while SINN does not
	 * answer, the last good answer, kept for a day under a key of its own (the relay's copies go after a minute).
	 *
	 * @param string      $path     The API path.
	 * @param array       $query    Query parameters.
	 * @param string|null $language `de` or `en`; the plugin's language unless given.
	 * @return array{status:int, headers:array<string,string>, body:string}
	 */
	public static function fallback_get( $path, array $query = array(), $language = null ) {
		$url      = self::url( $path, $query );
		$language = null === $language ? Sinn_Widgets_Settings::language() : $language;
		$request  = $url . '|' . $language;
		$key      = 'sinn_widgets_kept_' . md5( $request );
		$kept     = self::kept( $key, $request );
		if ( $kept && self::fresh( $kept ) ) {
			return $kept;
		}
		$answer = self::unreachable() ? self::no_answer() : self::fetch( $url, $language, self::FALLBACK_TIMEOUT );
		if ( 200 === $answer['status'] ) {
			self::keep( $key, $request, $answer, self::STALE_SECONDS );
			return $answer;
		}
		if ( ! self::away( $answer['status'] ) ) {
			// SINN answered this request: a slug that is gone is gone, and its old answer is not shown.
			return $answer;
		}
		self::remember_failure();
		return $kept ? $kept : $answer;
	}

	/**
	 * Whether an answer says that SINN cannot serve now, rather than something about the request: no answer (502),
	 * an error or maintenance of its own, or too many requests from this site. The fallback then asks no more for
	 * a while.
	 *
	 * @param int $status The answer's status.
	 */
	private static function away( $status ) {
		return 429 === $status || $status >= 500;
	}

	/** Whether a fallback read got no answer from SINN's address within the last FAILURE_SECONDS. */
	private static function unreachable() {
		return (bool) get_transient( self::failure_key() );
	}

	private static function remember_failure() {
		if ( ! self::unreachable() ) {
			set_transient( self::failure_key(), time(), self::FAILURE_SECONDS );
		}
	}

	/** Per API address: an admin who corrects the address is not kept waiting by the old one's failure. */
	private static function failure_key() {
		return 'sinn_widgets_unreachable_' . md5( Sinn_Widgets_Settings::get( 'api_url' ) );
	}

	/** Seconds an answer counts as fresh. */
	private static function fresh_seconds() {
		/** Filters how many seconds the site keeps an answer of the SINN API. */
		return (int) apply_filters( 'sinn_widgets_cache_seconds', self::CACHE_SECONDS );
	}

	/**
	 * Whether a kept answer is still fresh.
	 *
	 * @param array $kept A kept answer.
	 */
	private static function fresh( array $kept ) {
		return isset( $kept['fetched'] ) && time() - (int) $kept['fetched'] < self::fresh_seconds();
	}

	/**
	 * A kept answer to a request, or null.
	 *
	 * @param string $key     The transient's name.
	 * @param string $request The address and the language asked in.
	 * @return array|null
	 */
	private static function kept( $key, $request ) {
		$kept = get_transient( $key );
		if ( ! is_array( $kept ) || ! isset( $kept['request'] ) || $kept['request'] !== $request ) {
			return null;
		}
		$kept['body'] = base64_decode( $kept['body'] ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- images are kept as base64 in a text column.
		return $kept;
	}

	/**
	 * Keeps a successful answer, with the time it came.
	 *
	 * @param string $key     The transient's name.
	 * @param string $request The address and the language asked in.
	 * @param array  $answer  The answer.
	 * @param int    $seconds How long the transient lives.
	 */
	private static function keep( $key, $request, array $answer, $seconds ) {
		$kept            = $answer;
		$kept['body']    = base64_encode( $answer['body'] ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode
		$kept['fetched'] = time();
		$kept['request'] = $request;
		set_transient( $key, $kept, $seconds );
	}

	/**
	 * One GET to SINN.
	 *
	 * @param string $url      The address.
	 * @param string $language The Accept-Language to send.
	 * @param int    $timeout  Seconds to wait for the answer.
	 * @return array{status:int, headers:array<string,string>, body:string}
	 */
	private static function fetch( $url, $language, $timeout ) {
		return self::answer(
			wp_remote_get(
				$url,
				array(
					'timeout' => $timeout,
					'headers' => array(
						'Accept'          => 'application/json, text/calendar, image/*',
						'Accept-Language' => $language,
					),
				)
			)
		);
	}

	/**
	 * A POST to the API: never cached, never repeated (the browser repeats it with the same Idempotency-Key).
	 *
	 * @param string $path    The API path.
	 * @param string $body    The JSON body as the browser sent it.
	 * @param array  $headers Headers to send.
	 * @param int    $timeout Seconds to wait for the answer.
	 * @return array{status:int, headers:array<string,string>, body:string}
	 */
	public static function post( $path, $body, array $headers, $timeout = 20 ) {
		return self::answer(
			wp_remote_post(
				self::url( $path, array() ),
				array(
					'timeout' => $timeout,
					'headers' => $headers,
					'body'    => $body,
				)
			)
		);
	}

	/**
	 * A fallback read's JSON, decoded, or null when there is none (fallback_get).
	 *
	 * @param string      $path     The API path.
	 * @param array       $query    Query parameters.
	 * @param string|null $language `de` or `en`; the plugin's language unless given.
	 * @return array|null
	 */
	public static function json( $path, array $query = array(), $language = null ) {
		$answer = self::fallback_get( $path, $query, $language );
		if ( 200 !== $answer['status'] ) {
			return null;
		}
		$data = json_decode( $answer['body'], true );
		return is_array( $data ) ? $data : null;
	}

	private static function url( $path, array $query ) {
		$url = Sinn_Widgets_Settings::get( 'api_url' ) . '/' . ltrim( $path, '/' );
		return $query ? $url . '?' . http_build_query( $query, '', '&', PHP_QUERY_RFC3986 ) : $url;
	}

	/**
	 * The parts of a WordPress HTTP answer the relay passes on. No answer at all becomes a 502 problem, which
	 * the elements show as an error with a retry.
	 *
	 * @param array|WP_Error $response The answer.
	 * @return array{status:int, headers:array<string,string>, body:string}
	 */
	private static function answer( $response ) {
		if ( is_wp_error( $response ) ) {
			return self::no_answer();
		}
		$headers = array();
		foreach ( self::PASSED_HEADERS as $name ) {
			$value = wp_remote_retrieve_header( $response, $name );
			if ( is_array( $value ) ) {
				$value = end( $value );
			}
			if ( '' !== (string) $value ) {
				$headers[ $name ] = (string) $value;
			}
		}
		return array(
			'status'  => (int) wp_remote_retrieve_response_code( $response ),
			'headers' => $headers,
			'body'    => (string) wp_remote_retrieve_body( $response ),
		);
	}

	/**
	 * No answer from SINN, as a 502 problem, which the elements show as an error with a retry.
	 *
	 * @return array{status:int, headers:array<string,string>, body:string}
	 */
	private static function no_answer() {
		return array(
			'status'  => 502,
			'headers' => array( 'content-type' => 'application/problem+json' ),
			'body'    => wp_json_encode(
				array(
					'type'   => 'about:blank',
					'title'  => 'The SINN API did not answer this site.',
					'status' => 502,
				)
			),
		);
	}
}
