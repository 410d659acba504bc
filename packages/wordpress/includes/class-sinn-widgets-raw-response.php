<?php
/**
 * A relayed answer, whose body is sent as it came from SINN (see Sinn_Widgets_Relay::serve).
 *
 * @package SinnWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * An answer whose body is sent as it came from SINN.
 */
final class Sinn_Widgets_Raw_Response extends WP_REST_Response {
}
