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

	/** Headers of an answer that travel on to the browser. */
	const PASSED_HEADERS = array( 'content-type', 'etag', 'retry-after', 'content-security-policy', 'cache-control' );

	/**
	 * A GET of the API, from the cache while it is fresh. Only successful answers are kept.
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
		$key      = 'sinn_widgets_' . md5( $url . '|' . $language );
		if ( $cache ) {
			$kept = get_transient( $key );
			if ( is_array( $kept ) ) {
				$kept['body'] = base64_decode( $kept['body'] ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- images are kept as base64 in a text column.
				return $kept;
			}
		}
		$answer = self::answer(
			wp_remote_get(
				$url,
				array(
					'timeout' => isset( $options['timeout'] ) ? (int) $options['timeout'] : 8,
					'headers' => array(
						'Accept'          => 'application/json, text/calendar, image/*',
						'Accept-Language' => $language,
					),
				)
			)
		);
		if ( $cache && 200 === $answer['status'] ) {
			$kept         = $answer;
			$kept['body'] = base64_encode( $answer['body'] ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode
			/** Filters how many seconds the site keeps an answer of the SINN API. */
			set_transient( $key, $kept, (int) apply_filters( 'sinn_widgets_cache_seconds', self::CACHE_SECONDS ) );
		}
		return $answer;
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
	 * A GET's JSON, decoded, or null when the API did not answer with it.
	 *
	 * @param string $path  The API path.
	 * @param array  $query Query parameters.
	 * @return array|null
	 */
	public static function json( $path, array $query = array() ) {
		$answer = self::get( $path, $query );
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
}
