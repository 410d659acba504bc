<?php
/**
 * Privacy mode sends every visitor's sign-up to SINN from this site's address, so SINN would count all of them as
 * one client and a busy day would reach the hourly limit meant for a single person. So each write the relay
 * passes on names its visitor by a keyed hash of their address, and is signed with the partner key's relay secret,
 * which SINN staff issue with the key. The address itself never leaves this server.
 *
 * The three headers:
 *
 *   X-Sinn-Relay-Visitor    HMAC-SHA256 of the address under HMAC-SHA256(secret, "sinn-relay-visitor"), as 64
 *                           lower-case hex digits. An IPv4 address is hashed as it is written ("198.51.100.7"),
 *                           an IPv4-mapped IPv6 address as its IPv4 one, any other IPv6 address by its /64: the
 *                           first 64 bits, the rest zero, as inet_ntop() writes it, and "/64"
 *                           ("2001:db8:1:2::/64"), since one household or phone holds a whole /64. Keyed by the
 *                           secret, not by the public partner key: an IPv4 hash keyed by a public key could be
 *                           reversed by trying all four billion addresses, and the hash means nothing at another
 *                           site.
 *   X-Sinn-Relay-Timestamp  the second of signing, decimal seconds since 1970 (UTC); SINN accepts five minutes
 *                           either way.
 *   X-Sinn-Relay-Signature  HMAC-SHA256(secret, the canonical string), as 64 lower-case hex digits.
 *
 * The canonical string is these seven lines joined by "\n" (no "\n" at the end):
 *
 *   sinn-relay-v1
 *   POST                            the method, upper case
 *   /v1/memberships                 the path from the API's root, without a query
 *   <SHA-256 of the body's bytes>   64 lower-case hex digits, of the body exactly as sent
 *   <Idempotency-Key>               as sent (empty when there is none)
 *   <X-Sinn-Relay-Visitor>
 *   <X-Sinn-Relay-Timestamp>
 *
 * SINN checks the same (packages/server/src/write/relay-signature.ts); packages/wordpress/test holds both to the
 * same bytes. Nothing here uses WordPress, so the tests run it in plain PHP.
 *
 * @package SinnWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The visitor's address, its keyed hash, and the signature of a relayed write.
 */
final class Sinn_Widgets_Relay_Signature {

	/** The first line of the canonical string. */
	const SCHEME = 'sinn-relay-v1';

	/** What the secret is keyed with to make the visitor hash's own key. */
	const VISITOR_KEY = 'sinn-relay-visitor';

	/**
	 * The visitor's address: the connection's, or, behind a proxy whose header the admin named, the last address in
	 * that header. A proxy appends the address that connected to it to the end of X-Forwarded-For, after whatever
	 * the request already carried; so the last entry is the one this site's own proxy wrote, and any entry before
	 * it may be the visitor's invention. A header that holds no address falls back to the connection's.
	 *
	 * @param string      $remote_addr The connection's address (REMOTE_ADDR).
	 * @param string|null $forwarded   The proxy header's value, or null when none is named or sent.
	 * @return string|null An IP address, or null when there is none.
	 */
	public static function visitor_address( $remote_addr, $forwarded = null ) {
		if ( null !== $forwarded ) {
			$entries = explode( ',', (string) $forwarded );
			$last    = self::address( end( $entries ) );
			if ( null !== $last ) {
				return $last;
			}
		}
		return self::address( $remote_addr );
	}

	/**
	 * An address as a proxy may write it ("198.51.100.7:51234", "[2001:db8::1]:443", "2001:db8::1"), without its
	 * port and brackets; null for anything that is not an IP address.
	 *
	 * @param string $text The entry.
	 */
	private static function address( $text ) {
		$text = trim( (string) $text );
		if ( preg_match( '/^\[([0-9A-Fa-f:.]+)\](?::\d{1,5})?$/', $text, $match ) ) {
			$text = $match[1];
		} elseif ( preg_match( '/^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/', $text, $match ) ) {
			$text = $match[1];
		}
		return false === filter_var( $text, FILTER_VALIDATE_IP ) ? null : $text;
	}

	/**
	 * What is hashed for an address: IPv4 as inet_ntop() writes it, IPv6 by its /64.
	 *
	 * @param string $address An IP address.
	 */
	public static function hashed_form( $address ) {
		$bytes = inet_pton( $address );
		if ( 16 === strlen( $bytes ) ) {
			if ( str_repeat( "\0", 10 ) . "\xff\xff" === substr( $bytes, 0, 12 ) ) {
				return inet_ntop( substr( $bytes, 12 ) );
			}
			return inet_ntop( substr( $bytes, 0, 8 ) . str_repeat( "\0", 8 ) ) . '/64';
		}
		return inet_ntop( $bytes );
	}

	/**
	 * The visitor's keyed hash.
	 *
	 * @param string $address An IP address.
	 * @param string $secret  The partner key's relay secret.
	 */
	public static function visitor_hash( $address, $secret ) {
		$key = hash_hmac( 'sha256', self::VISITOR_KEY, $secret, true );
		return hash_hmac( 'sha256', self::hashed_form( $address ), $key );
	}

	/**
	 * The canonical string of a request.
	 *
	 * @param string     $method          The method.
	 * @param string     $path            The path from the API's root, e.g. `/v1/memberships`.
	 * @param string     $body            The body exactly as sent.
	 * @param string     $idempotency_key The Idempotency-Key as sent, or ''.
	 * @param string     $visitor         The visitor hash.
	 * @param int|string $timestamp       Seconds since 1970.
	 */
	public static function canonical( $method, $path, $body, $idempotency_key, $visitor, $timestamp ) {
		return implode(
			"\n",
			array( self::SCHEME, strtoupper( $method ), $path, hash( 'sha256', $body ), $idempotency_key, $visitor, (string) $timestamp )
		);
	}

	/**
	 * The headers that name the visitor and sign a POST.
	 *
	 * @param string $secret          The partner key's relay secret.
	 * @param string $path            The path from the API's root.
	 * @param string $body            The body exactly as sent.
	 * @param string $idempotency_key The Idempotency-Key as sent, or ''.
	 * @param string $address         The visitor's address.
	 * @param int    $timestamp       Seconds since 1970.
	 * @return array<string, string>
	 */
	public static function headers( $secret, $path, $body, $idempotency_key, $address, $timestamp ) {
		$visitor = self::visitor_hash( $address, $secret );
		return array(
			'x-sinn-relay-visitor'   => $visitor,
			'x-sinn-relay-timestamp' => (string) $timestamp,
			'x-sinn-relay-signature' => hash_hmac( 'sha256', self::canonical( 'POST', $path, $body, $idempotency_key, $visitor, $timestamp ), $secret ),
		);
	}
}
