<?php
/**
 * Privacy mode: the SINN API's answers relayed through this site's REST API (`/wp-json/sinn/…`), so that a
 * visitor's browser talks to this site only. Reads are kept for a minute; the forms' writes (sign-up, contact request, survey response) pass through
 * with their Idempotency-Key and challenge, the site's partner key and the page's origin, and, with the partner
 * key's relay secret, a keyed hash of the visitor's address and a signature, so that SINN counts each visitor on
 * their own rather than the whole site as one (Sinn_Widgets_Relay_Signature).
 *
 * @package SinnWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The REST routes of the relay.
 */
final class Sinn_Widgets_Relay {

	const NAMESPACE_NAME = 'sinn';

	/** What the relay reads: the public API's GET endpoints and its images; nothing else reaches SINN. */
	const READS = array(
		'#^v1/(initiatives|events|events\.ics|mentors|mentors/suggest|taxonomies|regions/geometry|consent-texts/current|challenge|surveys|first-answers)$#',
		'#^v1/(initiatives|events|surveys)/[a-z0-9-]{1,120}$#',
		'#^v1/surveys/[a-z0-9-]{1,120}/results$#',
		'#^v1/events/[a-z0-9-]{1,120}\.ics$#',
		'#^media/[a-z0-9]{8,64}\.(svg|png|jpg|webp)$#',
	);

	/** Reads that must be fresh each time: a challenge is single use. */
	const UNCACHED = '#^v1/challenge$#';

	const WRITES = array(
		'#^v1/memberships$#',
		'#^v1/mentors/[A-Za-z0-9-]{1,64}/requests$#',
		'#^v1/surveys/[a-z0-9-]{1,120}/responses$#',
	);

	/** Headers of a write that travel on to SINN (the partner key is the site's own, never the browser's). */
	const WRITE_HEADERS = array( 'content-type', 'idempotency-key', 'x-sinn-challenge', 'accept-language' );

	public static function register() {
		add_action( 'rest_api_init', array( self::class, 'routes' ) );
		add_filter( 'rest_pre_serve_request', array( self::class, 'serve' ), 10, 3 );
	}

	/** The address the elements use as their API in privacy mode. */
	public static function base_url() {
		return untrailingslashit( rest_url( self::NAMESPACE_NAME ) );
	}

	public static function routes() {
		register_rest_route(
			self::NAMESPACE_NAME,
			'/(?P<path>(?:v1|media)/[A-Za-z0-9._/-]+)',
			array(
				array(
					'methods'             => 'GET',
					'callback'            => array( self::class, 'read' ),
					'permission_callback' => array( self::class, 'enabled' ),
				),
				array(
					'methods'             => 'POST',
					'callback'            => array( self::class, 'write' ),
					'permission_callback' => array( self::class, 'enabled' ),
				),
			)
		);
	}

	/** The relay answers only while privacy mode is on: a site that turned it off offers no open proxy. */
	public static function enabled() {
		return (bool) Sinn_Widgets_Settings::get( 'privacy_mode' );
	}

	/**
	 * A GET: from the site's cache or from SINN, as SINN answered it.
	 *
	 * @param WP_REST_Request $request The request.
	 */
	public static function read( WP_REST_Request $request ) {
		$path = (string) $request['path'];
		if ( ! self::relays( 'GET', $path ) ) {
			return self::not_relayed();
		}
		$query = $request->get_query_params();
		unset( $query['rest_route'] );
		$language = self::language( $request );
		$answer   = Sinn_Widgets_Api::get(
			$path,
			$query,
			array(
				'language' => $language,
				'cache'    => self::cacheable( $path, $query ),
			)
		);
		$etag = isset( $answer['headers']['etag'] ) ? $answer['headers']['etag'] : '';
		if ( 200 === $answer['status'] && '' !== $etag && $request->get_header( 'if_none_match' ) === $etag ) {
			return self::raw( array( 'status' => 304, 'headers' => array( 'etag' => $etag ), 'body' => '' ) );
		}
		if ( isset( $answer['headers']['content-type'] ) && false !== strpos( $answer['headers']['content-type'], 'json' ) ) {
			// Images the API links must come through this site too.
			$answer['body'] = str_replace(
				'"' . Sinn_Widgets_Settings::get( 'api_url' ) . '/media/',
				'"' . self::base_url() . '/media/',
				$answer['body']
			);
		}
		// Answers depend on the language asked for; caches between here and the browser must keep them apart.
		$answer['headers']['vary'] = 'Accept-Language';
		return self::raw( $answer );
	}

	/**
	 * A POST of one of the forms, passed on once.
	 *
	 * @param WP_REST_Request $request The request.
	 */
	public static function write( WP_REST_Request $request ) {
		$path = (string) $request['path'];
		if ( ! self::relays( 'POST', $path ) ) {
			return self::not_relayed();
		}
		if ( ! self::from_this_site( $request ) ) {
			return new WP_Error( 'sinn_foreign_origin', __( 'This site passes on only what is sent from its own pages.', 'sinn-widgets' ), array( 'status' => 403 ) );
		}
		$headers = array();
		foreach ( self::WRITE_HEADERS as $name ) {
			$value = $request->get_header( str_replace( '-', '_', $name ) );
			if ( null !== $value && '' !== $value ) {
				$headers[ $name ] = $value;
			}
		}
		$partner_key = Sinn_Widgets_Settings::get( 'partner_key' );
		if ( '' !== $partner_key ) {
			$headers['x-sinn-partner-key'] = $partner_key;
		}
		// SINN accepts a partner key's writes from the origins registered for it: this site's.
		$headers['origin'] = self::origin();
		$body              = $request->get_body();
		$key               = isset( $headers['idempotency-key'] ) ? $headers['idempotency-key'] : '';
		return self::raw( Sinn_Widgets_Api::post( $path, $body, $headers + self::signature_headers( $path, $body, $key ) ) );
	}

	/**
	 * The headers that name the visitor to SINN and sign a write, or none while the site has no partner key or no
	 * relay secret (SINN then counts all its visitors as one client, as it did before there were signatures).
	 *
	 * @param string $path            The API's path without its leading slash.
	 * @param string $body            The body exactly as it is sent.
	 * @param string $idempotency_key The Idempotency-Key as it is sent, or ''.
	 * @return array<string, string>
	 */
	public static function signature_headers( $path, $body, $idempotency_key ) {
		$secret  = Sinn_Widgets_Relay_Secret::get();
		$address = self::visitor_address();
		if ( '' === $secret || '' === Sinn_Widgets_Settings::get( 'partner_key' ) || null === $address ) {
			return array();
		}
		return Sinn_Widgets_Relay_Signature::headers( $secret, '/' . $path, $body, $idempotency_key, $address, time() );
	}

	/**
	 * The address of whoever sent the request this site is answering: the connection's, or the last address in the
	 * header that the admin named for a proxy in front of the site (Sinn_Widgets_Relay_Signature::visitor_address).
	 *
	 * @return string|null
	 */
	public static function visitor_address() {
		// Both are only ever checked to be an IP address and then hashed; neither is stored or printed.
		// phpcs:disable WordPress.Security.ValidatedSanitizedInput
		$name      = Sinn_Widgets_Settings::get( 'proxy_header' );
		$server    = 'HTTP_' . strtoupper( str_replace( '-', '_', $name ) );
		$forwarded = '' !== $name && isset( $_SERVER[ $server ] ) ? wp_unslash( $_SERVER[ $server ] ) : null;
		$remote    = isset( $_SERVER['REMOTE_ADDR'] ) ? wp_unslash( $_SERVER['REMOTE_ADDR'] ) : '';
		// phpcs:enable WordPress.Security.ValidatedSanitizedInput
		return Sinn_Widgets_Relay_Signature::visitor_address( $remote, $forwarded );
	}

	/**
	 * Sends a relayed answer's body as it is, instead of the REST server's JSON encoding of it.
	 *
	 * @param bool             $served  Whether the answer was sent already.
	 * @param WP_HTTP_Response $result  The answer.
	 * @param WP_REST_Request  $request The request.
	 */
	public static function serve( $served, $result, $request ) {
		if ( $served || ! $result instanceof Sinn_Widgets_Raw_Response ) {
			return $served;
		}
		echo $result->get_data(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- SINN's JSON, calendar or image bytes, sent with their own content type.
		return true;
	}

	/**
	 * Whether the relay passes a request on to SINN.
	 *
	 * @param string $method 'GET' or 'POST'.
	 * @param string $path   The API's path without its leading slash, e.g. `v1/initiatives`.
	 */
	public static function relays( $method, $path ) {
		$patterns = 'POST' === $method ? self::WRITES : ( 'GET' === $method ? self::READS : array() );
		foreach ( $patterns as $pattern ) {
			if ( preg_match( $pattern, $path ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the relay keeps an answer for others: not a challenge, which is single use, nor a search or a page
	 * beyond the first, which are hardly asked twice and would push out the answers that are.
	 *
	 * @param string $path  The API's path.
	 * @param array  $query The query.
	 */
	private static function cacheable( $path, array $query ) {
		return ! preg_match( self::UNCACHED, $path ) && ! isset( $query['q'] ) && ! isset( $query['cursor'] );
	}

	/** The language the browser asks for, else the site's; only `de` or `en`, so the cache keeps two copies. */
	private static function language( WP_REST_Request $request ) {
		$asked = strtolower( substr( (string) $request->get_header( 'accept_language' ), 0, 2 ) );
		return in_array( $asked, Sinn_Widgets_Settings::LANGUAGES, true ) ? $asked : Sinn_Widgets_Settings::language();
	}

	/** This site's origin, which SINN has on the partner key's list. */
	public static function origin() {
		return self::origin_of( home_url() );
	}

	/**
	 * Whether a write comes from this site's pages, as far as the browser says: the relay stamps every write with
	 * this site's origin and partner key, so a page on another site must not be able to send through it. A browser
	 * names the page's origin on every POST; a request without the header (not a browser's) is left to SINN's
	 * own checks, as it was.
	 *
	 * @param WP_REST_Request $request The request.
	 */
	private static function from_this_site( WP_REST_Request $request ) {
		$origin = (string) $request->get_header( 'origin' );
		if ( '' === $origin ) {
			return true;
		}
		// WordPress's own address too, where it is not the site's (WordPress in a folder or on another host).
		return in_array( strtolower( $origin ), array( strtolower( self::origin() ), strtolower( self::origin_of( site_url() ) ) ), true );
	}

	/**
	 * An address's origin: scheme, host and port, if not the scheme's own.
	 *
	 * @param string $url An address.
	 */
	private static function origin_of( $url ) {
		$parts = wp_parse_url( $url );
		$port  = isset( $parts['port'] ) ? ':' . $parts['port'] : '';
		return $parts['scheme'] . '://' . $parts['host'] . $port;
	}

	private static function raw( array $answer ) {
		$response = new Sinn_Widgets_Raw_Response( $answer['body'], $answer['status'] );
		foreach ( $answer['headers'] as $name => $value ) {
			$response->header( $name, $value );
		}
		return $response;
	}

	private static function not_relayed() {
		return new WP_Error( 'sinn_not_relayed', __( 'This address of the SINN API is not relayed.', 'sinn-widgets' ), array( 'status' => 404 ) );
	}
}
