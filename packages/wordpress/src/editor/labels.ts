import { __ } from '@wordpress/i18n';

// What the inspector calls each attribute, and its help: the same words for every block that has it. An
// attribute without a label here is one WordPress adds (className, align) and gets no control of ours.

export interface Label {
  label: string;
  help?: string;
}

export function attributeLabels(): Record<string, Label> {
  const list = __('Comma-separated, e.g. dresden,leipzig.', 'sinn-widgets');
  return {
    view: { label: __('View', 'sinn-widgets') },
    topic: { label: __('Topics', 'sinn-widgets'), help: __('Comma-separated, e.g. wohnen,inklusion.', 'sinn-widgets') },
    region: { label: __('Regions', 'sinn-widgets'), help: list },
    stage: { label: __('Stages', 'sinn-widgets'), help: __('idee, pilot, wachstum or etabliert, comma-separated.', 'sinn-widgets') },
    sdg: { label: __('Sustainable Development Goals', 'sinn-widgets'), help: __('Numbers, comma-separated, e.g. 3,11.', 'sinn-widgets') },
    organisation: { label: __('Organisation', 'sinn-widgets'), help: __('The short name (slug) of one organisation.', 'sinn-widgets') },
    q: { label: __('Search text', 'sinn-widgets') },
    slug: { label: __('Single initiative', 'sinn-widgets'), help: __('The short name (slug) of one initiative, shown in full.', 'sinn-widgets') },
    limit: { label: __('Entries per page', 'sinn-widgets') },
    filters: { label: __('Show filters', 'sinn-widgets') },
    category: { label: __('Categories', 'sinn-widgets'), help: __('Comma-separated, e.g. workshop,hackathon.', 'sinn-widgets') },
    format: { label: __('Formats', 'sinn-widgets'), help: __('onsite, online or hybrid, comma-separated.', 'sinn-widgets') },
    from: { label: __('Start date', 'sinn-widgets'), help: __('YYYY-MM-DD; where the agenda and the next events start.', 'sinn-widgets') },
    month: { label: __('Month shown first', 'sinn-widgets'), help: __('YYYY-MM; empty shows the current month.', 'sinn-widgets') },
    'time-zone': { label: __('Time zone', 'sinn-widgets'), help: __('Europe/Berlin (default), local or another IANA zone.', 'sinn-widgets') },
    'week-numbers': { label: __('Show week numbers', 'sinn-widgets') },
    'structured-data': { label: __('Structured data for search engines', 'sinn-widgets') },
    expertise: { label: __('Areas of expertise', 'sinn-widgets'), help: __('Comma-separated, e.g. foerdermittel,crowdfunding.', 'sinn-widgets') },
    'sync-url': { label: __('Keep the search in the page address', 'sinn-widgets') },
    'privacy-url': { label: __('Your privacy policy', 'sinn-widgets'), help: __('An https address, linked beside the consent.', 'sinn-widgets') },
    'heading-level': {
      label: __('Heading level', 'sinn-widgets'),
      help: __('The level of the element’s headings in your page’s outline, so that they fit under the headings around them (2 under the page’s title). Empty: 2.', 'sinn-widgets'),
    },
    tiles: {
      label: __('Street map tiles', 'sinn-widgets'),
      help: __('Optional: the https address of your own tile server, with {z}, {x} and {y}. Visitors load it only after a click.', 'sinn-widgets'),
    },
    'tiles-attribution': { label: __('Tiles’ attribution', 'sinn-widgets'), help: __('The source note your tile server asks for, as text.', 'sinn-widgets') },
    lang: { label: __('Language', 'sinn-widgets') },
    theme: { label: __('Design', 'sinn-widgets'), help: __('A preset (caritas, diakonie, drk, paritaet, impact-hub) and/or dark or auto; empty uses the site’s setting.', 'sinn-widgets') },
  };
}

/** Where a block's attribute means something of its own: the survey's slug names a survey, its region one district. */
export function blockLabels(): Record<string, Record<string, Label>> {
  return {
    'sinn/survey': {
      slug: { label: __('Survey', 'sinn-widgets'), help: __('The short name (slug) of one survey or vote.', 'sinn-widgets') },
      region: { label: __('Region', 'sinn-widgets'), help: __('Without a survey named: the open survey of this district that closes soonest, e.g. zwickau.', 'sinn-widgets') },
    },
  };
}

/** The words of the choices in the selects. */
export function choiceLabels(): Record<string, string> {
  return {
    grid: __('Grid', 'sinn-widgets'),
    list: __('List', 'sinn-widgets'),
    compact: __('Compact', 'sinn-widgets'),
    month: __('Month', 'sinn-widgets'),
    agenda: __('Agenda', 'sinn-widgets'),
    upcoming: __('Next events', 'sinn-widgets'),
    de: __('German', 'sinn-widgets'),
    en: __('English', 'sinn-widgets'),
  };
}
