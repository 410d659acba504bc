<?php
/**
 * Plugin Name:       SINN widgets
 * Plugin URI:        https://sinn-sachsen.de/
 * Description:       Initiatives and their map, events, mentors, surveys and the sign-up form of SINN, Saxony’s platform for social innovation, as blocks and shortcodes.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            SINN Sachsen
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       sinn-widgets
 * Domain Path:       /languages
 *
 * @package SinnWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'SINN_WIDGETS_VERSION', '0.1.0' );
define( 'SINN_WIDGETS_FILE', __FILE__ );
define( 'SINN_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once SINN_WIDGETS_DIR . 'includes/class-sinn-widgets-settings.php';
require_once SINN_WIDGETS_DIR . 'includes/class-sinn-widgets-api.php';
require_once SINN_WIDGETS_DIR . 'includes/class-sinn-widgets-relay-signature.php';
require_once SINN_WIDGETS_DIR . 'includes/class-sinn-widgets-relay-secret.php';
require_once SINN_WIDGETS_DIR . 'includes/class-sinn-widgets-connection-check.php';
require_once SINN_WIDGETS_DIR . 'includes/class-sinn-widgets-relay-check.php';
require_once SINN_WIDGETS_DIR . 'includes/class-sinn-widgets-relay.php';
require_once SINN_WIDGETS_DIR . 'includes/class-sinn-widgets-raw-response.php';
require_once SINN_WIDGETS_DIR . 'includes/class-sinn-widgets-elements.php';
require_once SINN_WIDGETS_DIR . 'includes/class-sinn-widgets-fallback.php';
require_once SINN_WIDGETS_DIR . 'includes/class-sinn-widgets-assets.php';
require_once SINN_WIDGETS_DIR . 'includes/class-sinn-widgets-shortcodes.php';
require_once SINN_WIDGETS_DIR . 'includes/class-sinn-widgets-blocks.php';
require_once SINN_WIDGETS_DIR . 'includes/class-sinn-widgets-content-safety.php';
require_once SINN_WIDGETS_DIR . 'includes/class-sinn-widgets-privacy.php';
require_once SINN_WIDGETS_DIR . 'includes/class-sinn-widgets-settings-page.php';

/** The plugin's words in the site's (or the admin's) language; again after the fallback spoke another. */
function sinn_widgets_load_textdomain() {
	load_plugin_textdomain( 'sinn-widgets', false, dirname( plugin_basename( SINN_WIDGETS_FILE ) ) . '/languages' );
}

add_action( 'init', 'sinn_widgets_load_textdomain', 0 );

Sinn_Widgets_Settings::register();
Sinn_Widgets_Relay::register();
Sinn_Widgets_Assets::register();
Sinn_Widgets_Shortcodes::register();
Sinn_Widgets_Blocks::register();
Sinn_Widgets_Content_Safety::register();
Sinn_Widgets_Privacy::register();
Sinn_Widgets_Settings_Page::register();
