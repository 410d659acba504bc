<?php
/**
 * Settings → SINN widgets: the form of the Settings API (options.php checks the nonce and the capability).
 *
 * @package SinnWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings page.
 */
final class Sinn_Widgets_Settings_Page {

	const SLUG = 'sinn-widgets';

	public static function register() {
		add_action( 'admin_menu', array( self::class, 'add_page' ) );
		add_action( 'admin_init', array( self::class, 'add_fields' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( SINN_WIDGETS_FILE ), array( self::class, 'action_links' ) );
	}

	public static function add_page() {
		add_options_page(
			__( 'SINN widgets', 'sinn-widgets' ),
			__( 'SINN widgets', 'sinn-widgets' ),
			'manage_options',
			self::SLUG,
			array( self::class, 'render' )
		);
	}

	/**
	 * A "Settings" link beside "Deactivate" in the plugin list.
	 *
	 * @param string[] $links The plugin's links.
	 * @return string[]
	 */
	public static function action_links( $links ) {
		$url = admin_url( 'options-general.php?page=' . self::SLUG );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'sinn-widgets' ) . '</a>' );
		return $links;
	}

	public static function add_fields() {
		add_settings_section( 'sinn_widgets_api', __( 'Connection to SINN', 'sinn-widgets' ), array( self::class, 'api_intro' ), self::SLUG );
		add_settings_section( 'sinn_widgets_look', __( 'Language and appearance', 'sinn-widgets' ), '__return_false', self::SLUG );

		self::field( 'api_url', __( 'API address', 'sinn-widgets' ), 'sinn_widgets_api', array( self::class, 'url_field' ) );
		self::field( 'partner_key', __( 'Partner key', 'sinn-widgets' ), 'sinn_widgets_api', array( self::class, 'key_field' ) );
		self::field( 'privacy_mode', __( 'Privacy mode', 'sinn-widgets' ), 'sinn_widgets_api', array( self::class, 'privacy_field' ) );
		self::field( 'relay_secret', __( 'Relay secret', 'sinn-widgets' ), 'sinn_widgets_api', array( self::class, 'secret_field' ) );
		self::field( 'proxy_header', __( 'Visitor address header', 'sinn-widgets' ), 'sinn_widgets_api', array( self::class, 'header_field' ) );
		// Statuses, not fields: their rows have no label to point at an input.
		add_settings_field( 'sinn-widgets-connection', __( 'Connection', 'sinn-widgets' ), array( self::class, 'connection_status' ), self::SLUG, 'sinn_widgets_api' );
		add_settings_field( 'sinn-widgets-signing', __( 'Signing', 'sinn-widgets' ), array( self::class, 'signing_status' ), self::SLUG, 'sinn_widgets_api' );
		self::field(
			'language',
			__( 'Language', 'sinn-widgets' ),
			'sinn_widgets_look',
			array( self::class, 'select_field' ),
			array(
				''   => __( 'The site’s language', 'sinn-widgets' ),
				'de' => __( 'German', 'sinn-widgets' ),
				'en' => __( 'English', 'sinn-widgets' ),
			)
		);
		self::field(
			'preset',
			__( 'Design preset', 'sinn-widgets' ),
			'sinn_widgets_look',
			array( self::class, 'select_field' ),
			array(
				''           => __( 'SINN (default)', 'sinn-widgets' ),
				'caritas'    => 'Caritas',
				'diakonie'   => 'Diakonie',
				'drk'        => 'DRK',
				'paritaet'   => __( 'Paritätischer', 'sinn-widgets' ),
				'impact-hub' => 'Impact Hub',
			)
		);
		self::field(
			'scheme',
			__( 'Colour scheme', 'sinn-widgets' ),
			'sinn_widgets_look',
			array( self::class, 'select_field' ),
			array(
				''     => __( 'Light', 'sinn-widgets' ),
				'dark' => __( 'Dark', 'sinn-widgets' ),
				'auto' => __( 'Follow the visitor’s system', 'sinn-widgets' ),
			)
		);
		self::field( 'brand_color', __( 'Brand colour', 'sinn-widgets' ), 'sinn_widgets_look', array( self::class, 'color_field' ) );
	}

	private static function field( $key, $title, $section, $callback, $choices = array() ) {
		add_settings_field(
			'sinn-widgets-' . $key,
			$title,
			$callback,
			self::SLUG,
			$section,
			array(
				'key'       => $key,
				'label_for' => 'sinn-widgets-' . $key,
				'choices'   => $choices,
			)
		);
	}

	private static function name( $key ) {
		return Sinn_Widgets_Settings::OPTION . '[' . $key . ']';
	}

	public static function api_intro() {
		echo '<p>' . esc_html__( 'Where the SINN API is, and the partner key SINN gave your organisation. The key attributes sign-ups from your site to you.', 'sinn-widgets' ) . '</p>';
	}

	public static function url_field( $args ) {
		printf(
			'<input type="url" class="regular-text code" id="%1$s" name="%2$s" value="%3$s" required>',
			esc_attr( $args['label_for'] ),
			esc_attr( self::name( $args['key'] ) ),
			esc_attr( Sinn_Widgets_Settings::get( $args['key'] ) )
		);
	}

	public static function key_field( $args ) {
		printf(
			'<input type="text" class="regular-text code" id="%1$s" name="%2$s" value="%3$s" pattern="pk_[A-Za-z0-9_\-]{8,64}" aria-describedby="%1$s-hint"><p class="description" id="%1$s-hint">%4$s</p>',
			esc_attr( $args['label_for'] ),
			esc_attr( self::name( $args['key'] ) ),
			esc_attr( Sinn_Widgets_Settings::get( $args['key'] ) ),
			esc_html__( 'Starts with pk_. Leave empty if you have none yet.', 'sinn-widgets' )
		);
	}

	public static function privacy_field( $args ) {
		printf(
			'<label><input type="checkbox" id="%1$s" name="%2$s" value="1" aria-describedby="%1$s-hint" %3$s> %4$s</label><p class="description" id="%1$s-hint">%5$s</p>',
			esc_attr( $args['label_for'] ),
			esc_attr( self::name( $args['key'] ) ),
			checked( Sinn_Widgets_Settings::get( $args['key'] ), true, false ),
			esc_html__( 'Relay through this site', 'sinn-widgets' ),
			esc_html__( 'Visitors’ browsers then talk to this site only: it fetches from SINN on their behalf and keeps the answers for a minute. Without it, browsers load the data from the SINN API directly.', 'sinn-widgets' )
		);
	}

	/**
	 * The relay secret's field: always empty, so that the secret is never in a page; what is typed replaces it.
	 *
	 * @param array $args The field's arguments.
	 */
	public static function secret_field( $args ) {
		$hint = '' === Sinn_Widgets_Relay_Secret::get()
			? __( 'From SINN, with the partner key (sk_…). It signs what this site relays, so that SINN counts each visitor on their own.', 'sinn-widgets' )
			: __( 'A secret is stored; it is not shown. Enter a new one to replace it, or leave the field empty to keep it.', 'sinn-widgets' );
		printf(
			'<input type="password" class="regular-text code" id="%1$s" name="%2$s" value="" autocomplete="off" spellcheck="false" pattern="sk_[A-Za-z0-9_\-]{32,128}" aria-describedby="%1$s-hint"><p class="description" id="%1$s-hint">%3$s</p>',
			esc_attr( $args['label_for'] ),
			esc_attr( self::name( $args['key'] ) ),
			esc_html( $hint )
		);
	}

	public static function header_field( $args ) {
		printf(
			'<input type="text" class="regular-text code" id="%1$s" name="%2$s" value="%3$s" placeholder="X-Forwarded-For" spellcheck="false" pattern="[A-Za-z][A-Za-z0-9\-]{0,63}" aria-describedby="%1$s-hint"><p class="description" id="%1$s-hint">%4$s</p>',
			esc_attr( $args['label_for'] ),
			esc_attr( self::name( $args['key'] ) ),
			esc_attr( Sinn_Widgets_Settings::get( $args['key'] ) ),
			esc_html__( 'Only for a site behind a CDN or reverse proxy: the header in which it passes on the visitor’s address, such as X-Forwarded-For. The last address in it is taken, the one your proxy added. Leave it empty otherwise, since then anyone could write the header: the address of the connection is taken.', 'sinn-widgets' )
		);
	}

	/** Whether the API address leads to SINN, asked anew each time the page is shown (after a save too). */
	public static function connection_status() {
		self::status( 'connection', Sinn_Widgets_Connection_Check::message( Sinn_Widgets_Connection_Check::run() ) );
	}

	/** Whether SINN accepts this site's signature, asked anew each time the page is shown. */
	public static function signing_status() {
		self::status( 'signing', Sinn_Widgets_Relay_Check::message( Sinn_Widgets_Relay_Check::run() ) );
	}

	/**
	 * A status as an inline notice of its kind.
	 *
	 * @param string                        $name    Its id's end.
	 * @param array{kind:string, text:string} $message What it says.
	 */
	private static function status( $name, array $message ) {
		printf(
			'<div id="sinn-widgets-%1$s" class="notice notice-%2$s inline"><p>%3$s</p></div>',
			esc_attr( $name ),
			esc_attr( $message['kind'] ),
			esc_html( $message['text'] )
		);
	}

	public static function select_field( $args ) {
		$value = Sinn_Widgets_Settings::get( $args['key'] );
		printf( '<select id="%1$s" name="%2$s">', esc_attr( $args['label_for'] ), esc_attr( self::name( $args['key'] ) ) );
		foreach ( $args['choices'] as $choice => $label ) {
			printf( '<option value="%1$s" %2$s>%3$s</option>', esc_attr( $choice ), selected( $value, $choice, false ), esc_html( $label ) );
		}
		echo '</select>';
	}

	public static function color_field( $args ) {
		printf(
			'<input type="text" id="%1$s" name="%2$s" value="%3$s" placeholder="#c8102e" pattern="#([0-9a-fA-F]{3}){1,2}" size="8" aria-describedby="%1$s-hint"><p class="description" id="%1$s-hint">%4$s</p>',
			esc_attr( $args['label_for'] ),
			esc_attr( self::name( $args['key'] ) ),
			esc_attr( Sinn_Widgets_Settings::get( $args['key'] ) ),
			esc_html__( 'A hex colour for buttons and links; empty keeps the preset’s.', 'sinn-widgets' )
		);
	}

	public static function render() {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
		echo '<form action="options.php" method="post">';
		settings_fields( Sinn_Widgets_Settings::GROUP );
		do_settings_sections( self::SLUG );
		submit_button();
		echo '</form>';
		self::usage();
		echo '</div>';
	}

	/** How to place the elements, where the admin needs it. */
	private static function usage() {
		echo '<h2>' . esc_html__( 'Placing SINN on a page', 'sinn-widgets' ) . '</h2>';
		echo '<p>' . esc_html__( 'Add one of these blocks in the editor, or write its shortcode:', 'sinn-widgets' ) . '</p><ul>';
		$blocks = WP_Block_Type_Registry::get_instance();
		foreach ( Sinn_Widgets_Elements::ELEMENTS as $name => $element ) {
			// The block's title as the editor shows it, translated from its block.json.
			$block      = $blocks->get_registered( 'sinn/' . $name );
			$attributes = implode( ', ', array_keys( Sinn_Widgets_Elements::attributes( $name ) ) );
			printf(
				'<li>%1$s: <code>[%2$s]</code> %3$s</li>',
				esc_html( $block ? $block->title : $name ),
				esc_html( $element['shortcode'] ),
				esc_html( $attributes )
			);
		}
		echo '</ul>';
	}
}
