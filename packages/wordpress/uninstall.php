<?php
/**
 * Removes what the plugin stored: its settings, its relay secret and its cached answers of the SINN API.
 *
 * @package SinnWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'sinn_widgets_settings' );
delete_option( 'sinn_widgets_relay_secret' );

global $wpdb;
// Transients have no API to list them by prefix; their rows share the plugin's prefix.
$wpdb->query(
	$wpdb->prepare(
		"DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s",
		$wpdb->esc_like( '_transient_sinn_widgets_' ) . '%',
		$wpdb->esc_like( '_transient_timeout_sinn_widgets_' ) . '%'
	)
);
