// Event texts: the formats SINN runs across Saxony. Placeholders: {place}, {area}, {in}, {topic} (a topic's
// German label), {theme}, {destination}.
import type { EventCategoryId, TopicId } from '@sinn/sdk';

export interface Theme {
  /** Used in titles: "Fördermittel finden und beantragen". */
  title: string;
  topics: TopicId[];
  /** One sentence of what participants take home. */
  gain: string;
}

/** SINNkubator workshop and webinar themes. */
export const WORKSHOP_THEMES: Theme[] = [
  { title: 'Von der Idee zum Geschäftsmodell', topics: ['sozialunternehmertum'], gain: 'Sie gehen mit einem ersten Social Business Model Canvas für Ihr Vorhaben nach Hause.' },
  { title: 'Wirkung messen und zeigen', topics: ['sozialunternehmertum', 'engagement'], gain: 'Sie entwickeln eine Wirkungskette und drei Indikatoren, die Sie ohne großen Aufwand erheben können.' },
  { title: 'Fördermittel finden und beantragen', topics: ['engagement'], gain: 'Sie kennen die wichtigsten Förderprogramme für soziale Innovationen in Sachsen und wissen, worauf es in einem Antrag ankommt.' },
  { title: 'Crowdfunding mit Startnext vorbereiten', topics: ['sozialunternehmertum', 'digitalisierung'], gain: 'Sie planen Ihre Kampagne vom Video bis zum Dankeschön und legen ein realistisches Finanzierungsziel fest.' },
  { title: 'Die passende Rechtsform finden', topics: ['genossenschaften', 'sozialunternehmertum'], gain: 'Sie wissen, was Verein, gGmbH und Genossenschaft unterscheidet und welche Form zu Ihrem Vorhaben passt.' },
  { title: 'Ehrenamtliche gewinnen und halten', topics: ['engagement'], gain: 'Sie erarbeiten ein Engagement-Angebot, das zu den Lebensumständen heutiger Freiwilliger passt.' },
  { title: 'Storytelling für soziale Projekte', topics: ['engagement', 'digitalisierung'], gain: 'Sie erzählen Ihr Projekt in drei Minuten so, dass Zuhörende mitmachen wollen.' },
  { title: 'Teamaufbau in jungen Initiativen', topics: ['sozialunternehmertum', 'arbeit'], gain: 'Sie klären Rollen, Entscheidungswege und den Umgang mit Konflikten in Ihrem Team.' },
  { title: 'Kooperationen mit Kommunen', topics: ['laendlicher-raum', 'zusammenhalt'], gain: 'Sie erfahren, wie Verwaltung tickt und wie Sie Gemeinderat und Landratsamt für Ihr Vorhaben gewinnen.' },
  { title: 'Design Thinking für soziale Innovationen', topics: ['sozialunternehmertum', 'bildung'], gain: 'Sie testen eine Idee noch am selben Tag mit einem einfachen Prototyp.' },
  { title: 'Pitch-Training', topics: ['sozialunternehmertum'], gain: 'Sie üben Ihren Pitch vor Publikum und erhalten Rückmeldungen von Mentorinnen und Mentoren.' },
  { title: 'Barrierefreie Öffentlichkeitsarbeit', topics: ['inklusion', 'digitalisierung'], gain: 'Sie lernen, Texte, Bilder und Videos so zu gestalten, dass alle sie wahrnehmen können.' },
  { title: 'Genossenschaft gründen: der Weg zur eG', topics: ['genossenschaften'], gain: 'Sie kennen die Schritte von der Gründungsversammlung bis zur Eintragung und die Rolle des Prüfungsverbands.' },
  { title: 'Datenschutz im Verein', topics: ['digitalisierung', 'engagement'], gain: 'Sie wissen, welche Daten Sie speichern dürfen und welche Vorlagen Ihnen Arbeit sparen.' },
  { title: 'Social Media für kleine Vereine', topics: ['digitalisierung', 'engagement'], gain: 'Sie entwickeln einen Redaktionsplan, der mit zwei Stunden pro Woche auskommt.' },
  { title: 'Beteiligung im ländlichen Raum gestalten', topics: ['laendlicher-raum', 'engagement'], gain: 'Sie lernen Methoden kennen, mit denen auch Menschen mitreden, die nie zu Versammlungen kommen.' },
  { title: 'Leichte Sprache im Alltag', topics: ['inklusion', 'bildung'], gain: 'Sie schreiben einen eigenen Text in Leichte Sprache um und lassen ihn prüfen.' },
  { title: 'Finanzierungsmix für Sozialunternehmen', topics: ['sozialunternehmertum', 'arbeit'], gain: 'Sie kombinieren Zuschüsse, Darlehen, Spenden und Einnahmen zu einem tragfähigen Plan.' },
];

export interface Trip {
  /** With its preposition, as in "Studienreise nach Wien". */
  destination: string;
  /** Nominative, for the title and "Schwerpunkt: …". */
  focus: string;
  /** Dative, after "Projekte zu …": "sozialem Wohnungsbau". */
  focusDative: string;
  topics: TopicId[];
}

export const STUDY_TRIPS: Trip[] = [
  { destination: 'nach Wien', focus: 'sozialer Wohnungsbau und Gemeinwesenarbeit', focusDative: 'sozialem Wohnungsbau und Gemeinwesenarbeit', topics: ['wohnen', 'zusammenhalt'] },
  { destination: 'nach Kopenhagen', focus: 'Mobilität und Stadtteilentwicklung', focusDative: 'Mobilität und Stadtteilentwicklung', topics: ['mobilitaet', 'klima-umwelt'] },
  { destination: 'nach Breslau', focus: 'grenzüberschreitende Sozialunternehmen', focusDative: 'grenzüberschreitenden Sozialunternehmen', topics: ['sozialunternehmertum', 'migration-teilhabe'] },
  { destination: 'nach Prag', focus: 'Inklusion und Arbeit', focusDative: 'Inklusion und Arbeit', topics: ['inklusion', 'arbeit'] },
  { destination: 'nach Rotterdam', focus: 'Nachbarschaftsökonomie', focusDative: 'Nachbarschaftsökonomie', topics: ['zusammenhalt', 'sozialunternehmertum'] },
  { destination: 'nach Südtirol', focus: 'Sozialgenossenschaften im ländlichen Raum', focusDative: 'Sozialgenossenschaften im ländlichen Raum', topics: ['genossenschaften', 'laendlicher-raum'] },
  { destination: 'ins Ruhrgebiet', focus: 'Strukturwandel und neue Arbeit', focusDative: 'Strukturwandel und neuer Arbeit', topics: ['arbeit', 'bildung'] },
  { destination: 'in die Uckermark', focus: 'Dorfläden, Dorfbusse und digitale Dörfer', focusDative: 'Dorfläden, Dorfbussen und digitalen Dörfern', topics: ['laendlicher-raum', 'mobilitaet'] },
  { destination: 'nach Amsterdam', focus: 'Pflege in Nachbarschaftsteams', focusDative: 'Pflege in Nachbarschaftsteams', topics: ['alter-pflege', 'gesundheit'] },
  { destination: 'nach Bologna', focus: 'Genossenschaften und Gemeinwohl', focusDative: 'Genossenschaften und Gemeinwohl', topics: ['genossenschaften', 'zusammenhalt'] },
];

export const HACKATHON_THEMES: Theme[] = [
  { title: 'Pflege digital', topics: ['alter-pflege', 'digitalisierung'], gain: 'Prototypen, die Pflegekräften Zeit für Menschen zurückgeben.' },
  { title: 'Mobilität auf dem Land', topics: ['mobilitaet', 'laendlicher-raum'], gain: 'Ideen, wie Menschen ohne Auto zum Arzt, zur Arbeit und zum Verein kommen.' },
  { title: 'Ehrenamt 2030', topics: ['engagement', 'digitalisierung'], gain: 'Werkzeuge, die Vereinen die Verwaltungsarbeit abnehmen.' },
  { title: 'Klimaanpassung im Quartier', topics: ['klima-umwelt', 'wohnen'], gain: 'Lösungen gegen Hitze und Starkregen, die Nachbarschaften selbst umsetzen können.' },
  { title: 'Offene Daten für soziale Teilhabe', topics: ['digitalisierung', 'inklusion'], gain: 'Anwendungen, die Angebote für Menschen mit wenig Geld auffindbar machen.' },
  { title: 'Jugend gestaltet Heimat', topics: ['familie-kinder', 'laendlicher-raum'], gain: 'Projekte, mit denen Jugendliche ihren Ort lebenswerter machen.' },
  { title: 'Gesundheit im Dorf', topics: ['gesundheit', 'laendlicher-raum'], gain: 'Konzepte für Versorgung dort, wo die nächste Praxis weit weg ist.' },
  { title: 'Ankommen leicht gemacht', topics: ['migration-teilhabe', 'digitalisierung'], gain: 'Hilfen für Zugewanderte im Behördendschungel.' },
];

/** Online dialogues: a question SINN discusses with guests. */
export const DIALOGUE_TOPICS: Theme[] = [
  { title: 'Was ist eigentlich soziale Innovation?', topics: ['zusammenhalt'], gain: 'Gäste aus Wohlfahrt und Sozialunternehmen erzählen, was sie darunter verstehen.' },
  { title: 'Wohlfahrt trifft Start-up', topics: ['sozialunternehmertum'], gain: 'Wie etablierte Träger und junge Sozialunternehmen voneinander lernen.' },
  { title: 'Gute Pflege auf dem Land', topics: ['alter-pflege', 'laendlicher-raum'], gain: 'Was Gemeindeschwestern, Pflegegenossenschaften und Nachbarschaftshilfe leisten können.' },
  { title: 'Wohnen in Gemeinschaft', topics: ['wohnen'], gain: 'Wohnprojekte berichten von Planung, Finanzierung und Alltag.' },
  { title: 'Engagement im Wandel', topics: ['engagement'], gain: 'Warum klassische Vereine Nachwuchs suchen und neue Formen des Ehrenamts entstehen.' },
  { title: 'Künstliche Intelligenz in der sozialen Arbeit', topics: ['digitalisierung'], gain: 'Chancen, Grenzen und erste Erfahrungen aus Sachsen.' },
  { title: 'Zusammenhalt in bewegten Zeiten', topics: ['zusammenhalt', 'migration-teilhabe'], gain: 'Wie Begegnung gelingt, wenn die Meinungen weit auseinandergehen.' },
  { title: 'Klimaschutz sozial gerecht', topics: ['klima-umwelt'], gain: 'Wie Energiegenossenschaften und Repair-Cafés Klimaschutz für alle machen.' },
  { title: 'Inklusion am Arbeitsmarkt', topics: ['inklusion', 'arbeit'], gain: 'Inklusionsbetriebe und Arbeitgeber berichten.' },
  { title: 'Familien stärken', topics: ['familie-kinder'], gain: 'Was Familienpaten, Familienzentren und Netzwerke für Alleinerziehende bewirken.' },
];

/** Netzwerktreffen title patterns; `{topic}` is a topic label. */
export const NETWORK_TITLES = [
  'Netzwerktreffen {topic} {area}',
  'SINN-Stammtisch {place}',
  'Regionales Netzwerktreffen {area}',
  'Frühstück der Sozialunternehmen {place}',
  'Netzwerkabend: {topic}',
  'Praxisaustausch {topic} {in}',
  'Ideenbörse {place}',
];

export const OFFICE_HOUR_TITLES = [
  'Gründungssprechstunde {place}',
  'Fördermittel-Sprechstunde {place}',
  'Crowdfunding-Sprechstunde mit Startnext',
  'Sprechstunde Genossenschaftsgründung',
  'Offene Beratung für soziale Ideen {place}',
];

/**
 * Closing sentences of event descriptions. `onsite` ones make no sense for an event on a screen; `registration`
 * ones ask people to sign up, which only an event with a registration link may do.
 */
export const EVENT_CLOSINGS: { text: string; onsite: boolean; registration: boolean }[] = [
  { text: 'Die Teilnahme ist kostenlos. Für Verpflegung ist gesorgt.', onsite: true, registration: false },
  { text: 'Die Teilnahme ist kostenlos, die Plätze sind begrenzt.', onsite: false, registration: true },
  { text: 'Bitte melden Sie sich an, damit wir planen können.', onsite: false, registration: true },
  { text: 'Sie brauchen keine Vorkenntnisse. Bringen Sie gern Ihre Fragen mit.', onsite: false, registration: false },
  {
    text: 'Wenn Sie Unterstützung für Ihre Teilnahme brauchen, zum Beispiel Gebärdensprachdolmetschung, schreiben Sie uns bitte.',
    onsite: false,
    registration: false,
  },
  { text: 'Kinderbetreuung ist nach Absprache möglich.', onsite: true, registration: false },
];

/** Leichte Sprache by category: the event named with its article, and how it works. */
export const EASY_EVENTS: Record<EventCategoryId, { name: string; lines: string[] }> = {
  netzwerktreffen: { name: 'Das Treffen', lines: ['Bei dem Treffen lernen Sie andere Menschen kennen.', 'Alle erzählen von ihren Projekten.'] },
  workshop: { name: 'Der Workshop', lines: ['In dem Workshop lernen Sie etwas Neues.', 'Sie arbeiten in kleinen Gruppen.'] },
  hackathon: { name: 'Der Hackathon', lines: ['Bei einem Hackathon arbeiten viele Menschen zusammen an Ideen.', 'Am Ende zeigen alle ihre Ergebnisse.'] },
  studienreise: { name: 'Die Reise', lines: ['Dort besuchen wir gute Projekte.', 'Wir fahren mit dem Zug.'] },
  dialog: { name: 'Das Gespräch', lines: ['Bei dem Gespräch reden Gäste über ein Thema.', 'Sie können Fragen stellen.'] },
  roadshow: { name: 'Das Treffen', lines: ['SINN kommt in Ihre Region.', 'Wir stellen unsere Angebote vor.', 'Sie können Ihre Idee erzählen.'] },
  festival: { name: 'Das Fest', lines: ['Das Fest ist für alle.', 'Es gibt Musik, Gespräche und Mitmach-Angebote.'] },
  webinar: { name: 'Das Webinar', lines: ['Ein Webinar ist ein Vortrag im Internet.', 'Sie brauchen einen Computer oder ein Handy.'] },
  preisverleihung: { name: 'Die Feier', lines: ['Bei der Feier bekommen gute Projekte einen Preis.', 'Alle können zuschauen.'] },
  sprechstunde: { name: 'Die Sprechstunde', lines: ['In der Sprechstunde beraten wir Sie.', 'Sie können alle Fragen stellen.'] },
};
