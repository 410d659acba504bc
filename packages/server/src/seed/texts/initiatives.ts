// What the demo initiatives are about. Each concept is a kind of social innovation seen across Saxony; the
// generator places it in a town and adds paragraphs about its team and stage. Placeholders: {place} (town,
// village or city district), {area} (the landscape), {river}, {ofRiver} ("der Weißen Elster"), {in} ("im
// Landkreis Bautzen").
//
// A description must fit the stage: an idea cannot already have brought forth "viele Praktika". So each concept
// says what is planned (`plan`, for ideas), how it works (`detail`, from the pilot on) and what it has achieved
// (`result`, only once it grows or is established).
import type { SdgId, StageId, TopicId } from '@sinn/sdk';

export interface Concept {
  /** Title patterns. */
  titles: string[];
  /** The first topic is the concept's own; one or two more may be added from the rest. */
  topics: TopicId[];
  /** The SDGs it serves, most direct first. */
  sdgs: SdgId[];
  /**
   * Where it can be: 'dorf' in a village of a Landkreis (a Dorfladen, a Mitfahrbank), 'land' in a town of a
   * Landkreis (a Bürgerbus serving the villages around); anywhere, city districts included, when absent.
   */
  where?: 'dorf' | 'land';
  /** One sentence for the teaser, about the concept rather than its history. */
  what: string;
  /** The first paragraph for an idea: plans and intentions. */
  plan: string;
  /** The first paragraph from the pilot on: how it works, in the present tense, without claims of success. */
  detail: string;
  /** What it has achieved, added for initiatives that grow or are established. */
  result: string;
  /** Leichte Sprache: short sentences, one statement each, true of the plan as of the running project. */
  easy: string[];
}

export const CONCEPTS: Concept[] = [
  // Arbeit
  {
    titles: ['Inklusives Café {place}', 'Café Miteinander {place}'],
    topics: ['arbeit', 'inklusion', 'zusammenhalt'],
    sdgs: [8, 10],
    what: 'Ein Café, in dem Menschen mit und ohne Behinderung gemeinsam arbeiten, backen und Gäste bewirten.',
    plan: 'In {place} soll ein Café entstehen, in dem Menschen mit und ohne Behinderung zu tariflichen Löhnen arbeiten. Geplant sind eine eigene Backstube und ein Mittagstisch, an dem niemand allein essen muss; den Kaffee soll eine Rösterei {in} liefern.',
    detail:
      'Im Café arbeiten zwölf Beschäftigte mit und ohne Behinderung zu tariflichen Löhnen. Der Kuchen kommt aus der eigenen Backstube, der Kaffee von einer Rösterei {in}. Mittags gibt es einen Tisch, an dem niemand allein essen muss.',
    result: 'Drei Beschäftigte sind inzwischen in feste Stellen in der Gastronomie gewechselt, und das Café ist mittags oft bis auf den letzten Platz besetzt.',
    easy: ['Das Café ist in {place}.', 'Hier arbeiten Menschen mit Behinderung.', 'Hier arbeiten auch Menschen ohne Behinderung.', 'Alle bekommen einen richtigen Lohn.'],
  },
  {
    titles: ['Jobpaten {place}', 'Jobpatenschaften für Geflüchtete in {place}'],
    topics: ['arbeit', 'migration-teilhabe', 'engagement'],
    sdgs: [8, 10, 4],
    what: 'Berufserfahrene Ehrenamtliche begleiten Geflüchtete ein Jahr lang auf dem Weg in Ausbildung und Arbeit.',
    plan: 'Berufserfahrene Ehrenamtliche sollen Geflüchtete ein Jahr lang begleiten: bei Bewerbungen, beim Üben von Vorstellungsgesprächen und auf dem Weg in Betriebe, die sie aus ihrem eigenen Berufsleben kennen. Die ersten Patinnen und Paten haben schon zugesagt.',
    detail:
      'Jede Patenschaft beginnt mit einem Kennenlernen im Büro der Initiative. Die Patinnen und Paten helfen bei Bewerbungen, üben Vorstellungsgespräche und öffnen Türen zu Betrieben, die sie aus ihrem eigenen Berufsleben kennen.',
    result: 'Inzwischen melden Handwerksbetriebe {in} unaufgefordert freie Ausbildungsplätze.',
    easy: ['Menschen aus anderen Ländern suchen Arbeit.', 'Eine Patin oder ein Pate hilft dabei.', 'Sie schreiben zusammen Bewerbungen.', 'Die Hilfe ist kostenlos.'],
  },
  {
    titles: ['Sozialkaufhaus {place}', 'Kaufhaus der zweiten Chance {place}'],
    topics: ['arbeit', 'klima-umwelt', 'zusammenhalt'],
    sdgs: [8, 12, 1],
    what: 'Ein Gebrauchtwarenkaufhaus, das Möbel und Hausrat weitergibt und langzeitarbeitslosen Menschen eine Qualifizierung bietet.',
    plan: 'Geplant ist ein Kaufhaus für gespendete Möbel, Geschirr und Elektrogeräte, die geprüft, aufgearbeitet und günstig verkauft werden. Wer lange ohne Arbeit war, soll in Lager, Werkstatt und Verkauf lernen und am Ende ein Zertifikat erhalten, das Arbeitgeber {in} anerkennen.',
    detail:
      'Gespendete Möbel, Geschirr und Elektrogeräte werden geprüft, aufgearbeitet und günstig verkauft. Wer lange ohne Arbeit war, lernt in Lager, Werkstatt und Verkauf und erhält am Ende ein Zertifikat, das Arbeitgeber {in} anerkennen.',
    result: 'Mehr als die Hälfte der Teilnehmenden hat danach eine feste Stelle gefunden.',
    easy: ['Im Kaufhaus gibt es gebrauchte Sachen.', 'Die Sachen sind günstig.', 'Menschen ohne Arbeit lernen hier einen Beruf.'],
  },
  {
    titles: ['Fahrradwerkstatt {place}', 'Zweirad-Werkstatt mit Perspektive {place}'],
    topics: ['arbeit', 'mobilitaet', 'klima-umwelt'],
    sdgs: [8, 11, 13],
    what: 'Eine Fahrradwerkstatt, in der junge Erwachsene ohne Berufsabschluss Räder reparieren und dabei einen Einstieg ins Handwerk finden.',
    plan: 'Junge Erwachsene ohne Berufsabschluss sollen hier alte Räder aus Kellern und Fundbüros zerlegen, reparieren und an Familien mit wenig Geld weitergeben. Ein Zweiradmechanikermeister hat zugesagt, die Teilnehmenden anzuleiten und auf eine Ausbildung vorzubereiten.',
    detail:
      'Alte Räder aus Kellern und Fundbüros werden zerlegt, repariert und an Familien mit wenig Geld weitergegeben. Die Teilnehmenden arbeiten mit einem Zweiradmechanikermeister und bereiten sich auf eine Ausbildung vor.',
    result: 'Mehrere Teilnehmende haben über die Werkstatt einen Ausbildungsplatz im Fahrradhandel gefunden.',
    easy: ['In der Werkstatt werden Fahrräder repariert.', 'Junge Menschen lernen dabei einen Beruf.', 'Die Räder bekommen Familien mit wenig Geld.'],
  },
  {
    titles: ['Dorf-Coworking {place}', 'Coworking auf dem Land: {place}'],
    topics: ['arbeit', 'laendlicher-raum', 'digitalisierung'],
    sdgs: [8, 9, 11],
    where: 'dorf',
    what: 'Ein Coworking-Space im alten Bahnhofsgebäude, damit Pendlerinnen und Pendler an zwei Tagen in der Woche im Ort arbeiten können.',
    plan: 'Im alten Bahnhofsgebäude sollen zwölf Arbeitsplätze mit schnellem Internet, ein Besprechungsraum und eine Kinderecke entstehen. Pendlerinnen und Pendler könnten dann an zwei Tagen in der Woche im Dorf arbeiten; abends soll der Raum den Vereinen offenstehen.',
    detail:
      'Zwölf Arbeitsplätze mit schnellem Internet, ein Besprechungsraum und eine Kinderecke: Der Coworking-Space bringt Leben in ein Gebäude, das lange leer stand. Nebenbei ist er Treffpunkt für Vereine und Ort für Abendveranstaltungen.',
    result: 'Die Plätze sind an den meisten Tagen ausgebucht, und zwei Firmen aus der Kreisstadt haben feste Schreibtische für ihre Beschäftigten gemietet.',
    easy: ['Viele Menschen fahren weit zur Arbeit.', 'Im Coworking-Space können sie im Dorf arbeiten.', 'Das spart Zeit.'],
  },
  // Alter und Pflege
  {
    titles: ['Pflege-Lotsen {place}', 'Pflege-Lotsinnen und -Lotsen {area}'],
    topics: ['alter-pflege', 'gesundheit', 'engagement'],
    sdgs: [3, 10],
    what: 'Geschulte Ehrenamtliche lotsen pflegende Angehörige durch Anträge, Pflegegrade und Entlastungsangebote.',
    plan: 'Geschulte Ehrenamtliche sollen Familien besuchen, in denen ein Elternteil plötzlich pflegebedürftig wird, den Weg zum Pflegegrad erklären und Entlastungsangebote {in} vermitteln. Die Schulung wollen Fachkräfte der Wohlfahrtsverbände übernehmen.',
    detail:
      'Wenn ein Elternteil plötzlich pflegebedürftig wird, stehen Familien vor einem Berg von Formularen. Die Pflege-Lotsen kommen nach Hause, erklären den Weg zum Pflegegrad und kennen die Entlastungsangebote {in}. Geschult werden sie von Fachkräften der Wohlfahrtsverbände.',
    result: 'Hausarztpraxen und Pflegedienste vermitteln Familien inzwischen direkt an die Lotsen.',
    easy: ['Manche Menschen brauchen Pflege.', 'Ihre Familien haben viele Fragen.', 'Die Pflege-Lotsen helfen bei Anträgen.', 'Sie kommen auch nach Hause.'],
  },
  {
    titles: ['Digital-Paten für Senioren {place}', 'Digitalpaten {place}: Sicher ins Netz'],
    topics: ['alter-pflege', 'digitalisierung', 'bildung'],
    sdgs: [4, 10, 3],
    what: 'Jugendliche und junge Erwachsene erklären älteren Menschen Smartphone, Videotelefonie und Online-Banking, in Ruhe und so oft wie nötig.',
    plan: 'Einmal pro Woche soll in der Bibliothek eine Handy-Sprechstunde öffnen, in der Schülerinnen und Schüler der Oberschule mit Seniorinnen und Senioren Messenger einrichten und üben, wie man einen Arzttermin online bucht. Schule und Bibliothek haben ihre Unterstützung zugesagt.',
    detail:
      'Jeden Donnerstag öffnet die Handy-Sprechstunde in der Bibliothek. Schülerinnen und Schüler der Oberschule sitzen mit Seniorinnen und Senioren zusammen, richten Messenger ein und üben, wie man einen Arzttermin online bucht. Beide Seiten lernen voneinander.',
    result: 'Die Oberschule rechnet das Engagement inzwischen als Praktikum an, und die Warteliste für die Sprechstunde wird länger.',
    easy: ['Junge Menschen helfen älteren Menschen.', 'Sie erklären das Handy.', 'Sie üben zusammen Video-Anrufe.', 'Man darf alles fragen.'],
  },
  {
    titles: ['Senioren-WG {place}', 'Gemeinsam statt einsam: Senioren-Wohngemeinschaft {place}'],
    topics: ['alter-pflege', 'wohnen', 'zusammenhalt'],
    sdgs: [11, 3],
    what: 'Eine ambulant betreute Wohngemeinschaft, in der acht ältere Menschen selbstbestimmt zusammenleben statt ins Heim zu ziehen.',
    plan: 'Acht ältere Menschen wollen selbstbestimmt zusammenleben statt ins Heim zu ziehen: mit eigenen Zimmern, gemeinsamer Küche, Wohnzimmer und Garten. Gesucht wird noch ein passendes Haus; ein Pflegedienst ist bereit, nach Bedarf zu kommen.',
    detail:
      'Die Bewohnerinnen und Bewohner haben eigene Zimmer und teilen sich Küche, Wohnzimmer und Garten. Ein Pflegedienst kommt nach Bedarf, den Alltag organisiert die Gemeinschaft mit den Angehörigen selbst.',
    result: 'Die Warteliste ist lang, eine zweite Wohngemeinschaft ist in Planung.',
    easy: ['Ältere Menschen wohnen hier zusammen.', 'Jeder hat ein eigenes Zimmer.', 'Die Küche teilen sich alle.', 'Ein Pflegedienst hilft.'],
  },
  {
    titles: ['Tanzcafé für Menschen mit Demenz {place}', 'Demenz-Tanzcafé {place}'],
    topics: ['alter-pflege', 'gesundheit', 'inklusion'],
    sdgs: [3, 10],
    what: 'Ein monatliches Tanzcafé, in dem Menschen mit Demenz und ihre Angehörigen einen unbeschwerten Nachmittag mit Musik erleben.',
    plan: 'Einmal im Monat sollen Menschen mit Demenz und ihre Angehörigen einen Nachmittag mit Live-Musik, Kaffee und Kuchen erleben. Im Mittelpunkt soll die Freude an der Bewegung stehen, nicht die Krankheit; geschulte Begleiterinnen und Begleiter werden gerade gesucht.',
    detail:
      'Live-Musik mit Schlagern und Volksliedern, Kaffee und Kuchen, geschulte Begleiterinnen und Begleiter: Im Tanzcafé steht nicht die Krankheit im Mittelpunkt, sondern die Freude an der Bewegung. Angehörige finden Zeit für Gespräche untereinander.',
    result: 'Zu jedem Termin kommen inzwischen mehr als vierzig Gäste, manche mit dem Fahrdienst ihres Pflegeheims.',
    easy: ['Menschen mit Demenz vergessen viel.', 'Musik und Tanz machen ihnen Freude.', 'Im Tanzcafé tanzen alle zusammen.'],
  },
  {
    titles: ['Auszeit für pflegende Angehörige {place}', 'Entlastungsnetz pflegende Angehörige {area}'],
    topics: ['alter-pflege', 'familie-kinder', 'gesundheit'],
    sdgs: [3, 5],
    what: 'Ein Netz aus Ehrenamtlichen, das pflegenden Angehörigen regelmäßig ein paar freie Stunden verschafft.',
    plan: 'Ein Netz aus Ehrenamtlichen soll pflegenden Angehörigen regelmäßig ein paar freie Stunden verschaffen; die meisten von ihnen sind Frauen, viele arbeiten nebenbei. Dazu sollen Gesprächsgruppen kommen, in denen Angehörige Kraft schöpfen können.',
    detail:
      'Die meisten pflegenden Angehörigen sind Frauen, viele arbeiten nebenbei. Das Entlastungsnetz vermittelt Ehrenamtliche, die stundenweise übernehmen, und organisiert Gesprächsgruppen, in denen Angehörige Kraft schöpfen.',
    result: 'Rund sechzig Familien nutzen das Angebot regelmäßig, die Pflegekasse erstattet einen Teil der Kosten.',
    easy: ['Manche Menschen pflegen ihre Eltern.', 'Das ist anstrengend.', 'Helferinnen und Helfer kommen für ein paar Stunden.', 'Dann haben die Angehörigen frei.'],
  },
  // Gesundheit
  {
    titles: ['Mobile Gemeindeschwester {area}', 'Gemeindeschwester für die Dörfer um {place}'],
    topics: ['gesundheit', 'laendlicher-raum', 'alter-pflege'],
    sdgs: [3, 10],
    where: 'land',
    what: 'Eine Gemeindeschwester besucht ältere Menschen in Dörfern ohne Arztpraxis, berät zu Gesundheit und vermittelt Hilfe.',
    plan: 'Eine Gemeindeschwester soll feste Touren durch Dörfer ohne Arztpraxis fahren, Blutdruck messen, nach Medikamenten schauen und früh bemerken, wenn jemand Unterstützung braucht. Praxen und Pflegedienste {in} sind in die Planung eingebunden.',
    detail:
      'Die nächste Hausarztpraxis ist oft zwanzig Kilometer entfernt. Die Gemeindeschwester fährt feste Touren, misst Blutdruck, schaut nach Medikamenten und bemerkt früh, wenn jemand Unterstützung braucht. Sie arbeitet eng mit Praxen und Pflegediensten {in} zusammen.',
    result: 'Mehr als dreihundert Menschen besucht die Gemeindeschwester inzwischen regelmäßig, und eine zweite Stelle ist bewilligt.',
    easy: ['Auf dem Dorf gibt es oft keinen Arzt.', 'Die Gemeindeschwester kommt zu den Menschen.', 'Sie hilft bei Fragen zur Gesundheit.'],
  },
  {
    titles: ['Gesundheitskiosk {place}'],
    topics: ['gesundheit', 'migration-teilhabe', 'zusammenhalt'],
    sdgs: [3, 10, 1],
    what: 'Eine niedrigschwellige Anlaufstelle, die mehrsprachig zu Gesundheitsfragen berät und den Weg ins Gesundheitssystem ebnet.',
    plan: 'Geplant ist eine Anlaufstelle, in der Pflegefachkräfte auf Deutsch, Arabisch, Russisch und Vietnamesisch zu Gesundheitsfragen beraten, Befunde erklären und bei der Suche nach einer Praxis helfen. Dazu sollen Kurse zu Ernährung und Bewegung kommen.',
    detail:
      'Im Gesundheitskiosk beraten Pflegefachkräfte auf Deutsch, Arabisch, Russisch und Vietnamesisch. Sie erklären Befunde, helfen bei der Suche nach einer Praxis und bieten Kurse zu Ernährung und Bewegung an.',
    result: 'Krankenkassen und Kommune haben die Finanzierung für die nächsten Jahre zugesagt.',
    easy: ['Der Gesundheitskiosk ist ein Beratungsort.', 'Man kann Fragen zur Gesundheit stellen.', 'Die Beratung gibt es in vielen Sprachen.'],
  },
  {
    titles: ['Telemedizin-Station {place}'],
    topics: ['gesundheit', 'digitalisierung', 'laendlicher-raum'],
    sdgs: [3, 9],
    where: 'dorf',
    what: 'Eine Telemedizin-Station im Gemeindehaus, an der eine Fachkraft Videosprechstunden mit Fachärztinnen und Fachärzten begleitet.',
    plan: 'Im Gemeindehaus soll eine Station entstehen, an der eine medizinische Fachangestellte Werte misst und Videosprechstunden mit Fachärztinnen und Fachärzten begleitet. Patientinnen und Patienten sparen sich dann die Fahrt in die Kreisstadt.',
    detail:
      'Statt eine Stunde mit dem Bus in die Kreisstadt zu fahren, gehen Patientinnen und Patienten ins Gemeindehaus. Eine medizinische Fachangestellte misst Werte und stellt die Verbindung zur Praxis her.',
    result: 'Zwei weitere Gemeinden {in} haben die Station inzwischen nachgebaut.',
    easy: ['Im Gemeindehaus steht ein Computer.', 'Damit spricht man mit einer Ärztin.', 'Eine Helferin ist dabei.'],
  },
  {
    titles: ['Bewegungspark für alle Generationen {place}'],
    topics: ['gesundheit', 'zusammenhalt', 'inklusion'],
    sdgs: [3, 11],
    what: 'Ein Bewegungspark mit Geräten für Kinder, Erwachsene und Menschen im Rollstuhl, geplant mit der Nachbarschaft.',
    plan: 'Auf einer Brachfläche soll ein Bewegungspark mit Balancierbalken, Trimm-dich-Geräten und einem rollstuhlgerechten Parcours entstehen. Die Nachbarschaft plant mit, und Sportvereine wollen dort kostenlose Kurse anbieten.',
    detail:
      'Auf einer ehemaligen Brachfläche stehen Balancierbalken, Trimm-dich-Geräte und ein rollstuhlgerechter Parcours. Sportvereine bieten kostenlose Kurse an, Schulklassen nutzen den Park vormittags.',
    result: 'An warmen Abenden ist der Park voll, und die Verwaltung plant einen zweiten nach demselben Muster.',
    easy: ['Im Park gibt es Sport-Geräte.', 'Alle können sie nutzen.', 'Auch Menschen im Rollstuhl.'],
  },
  {
    titles: ['Mental-Health-Peers {place}', 'Erste Hilfe für die Seele {place}'],
    topics: ['gesundheit', 'familie-kinder', 'bildung'],
    sdgs: [3, 4],
    what: 'Jugendliche werden zu Ansprechpersonen für seelische Gesundheit ausgebildet und helfen Gleichaltrigen, Hilfe zu finden.',
    plan: 'Weil die Wartezeiten auf einen Therapieplatz lang sind, sollen Jugendliche in einem Wochenendkurs lernen, Warnzeichen zu erkennen, zuzuhören und an Beratungsstellen zu vermitteln. Schulsozialarbeit und Jugendhilfe {in} wollen die Peers begleiten.',
    detail:
      'Wartezeiten auf einen Therapieplatz sind lang. Die Peers lernen in einem Wochenendkurs, Warnzeichen zu erkennen, zuzuhören und an Beratungsstellen zu vermitteln. Schulsozialarbeit und Jugendhilfe {in} begleiten sie.',
    result: 'Die Ausbildung haben mehrere Schulen {in} inzwischen fest in ihr Programm aufgenommen.',
    easy: ['Manchen jungen Menschen geht es seelisch schlecht.', 'Andere Jugendliche hören ihnen zu.', 'Sie zeigen, wo es Hilfe gibt.'],
  },
  // Zusammenhalt
  {
    titles: ['Nachbarschaftshilfe {place}', 'Nachbarn für Nachbarn {place}'],
    topics: ['zusammenhalt', 'engagement', 'alter-pflege'],
    sdgs: [11, 10, 17],
    what: 'Eine Nachbarschaftshilfe, die Einkäufe, Fahrdienste und kleine Reparaturen zwischen Nachbarinnen und Nachbarn vermittelt.',
    plan: 'Über ein Telefon, das reihum betreut wird, und eine einfache Website sollen sich Menschen melden können, die Hilfe brauchen oder anbieten: beim Einkauf, bei Fahrten, bei kleinen Reparaturen. Einmal im Monat soll sich die Nachbarschaft zum Kaffee treffen.',
    detail:
      'Über ein Telefon, das reihum betreut wird, und eine einfache Website melden sich Menschen, die Hilfe brauchen oder anbieten. Einmal im Monat trifft sich die Nachbarschaft zum Kaffee.',
    result: 'Aus vielen Einsätzen sind Freundschaften geworden.',
    easy: ['Nachbarn helfen einander.', 'Sie kaufen ein oder fahren zum Arzt.', 'Man kann anrufen und um Hilfe bitten.'],
  },
  {
    titles: ['Mittagstisch für alle {place}', 'Tafel-Café {place}'],
    topics: ['zusammenhalt', 'gesundheit', 'klima-umwelt'],
    sdgs: [2, 1, 10],
    what: 'Ein Mittagstisch, an dem jeder zahlt, was er kann, und gerettete Lebensmittel zu warmen Mahlzeiten werden.',
    plan: 'Köchinnen und Köche im Ruhestand wollen aus Lebensmitteln, die Supermärkte nicht mehr verkaufen, warme Mahlzeiten kochen. Jeder soll zahlen, was er kann, und an langen Tischen sollen Rentnerinnen, Studierende und Familien nebeneinandersitzen.',
    detail:
      'Köchinnen und Köche im Ruhestand kochen mit Lebensmitteln, die Supermärkte nicht mehr verkaufen. An langen Tischen sitzen Rentnerinnen, Studierende und Familien nebeneinander. Der Preis ist eine Empfehlung, niemand wird gefragt.',
    result: 'An manchen Tagen gehen mehr als hundert Essen über die Theke.',
    easy: ['Hier gibt es warmes Mittagessen.', 'Jeder zahlt so viel er kann.', 'Alle essen zusammen.'],
  },
  {
    titles: ['Erzählcafé {place}', 'Zeitzeugen-Erzählcafé {area}'],
    topics: ['zusammenhalt', 'bildung', 'alter-pflege'],
    sdgs: [16, 4],
    what: 'Ein Erzählcafé, in dem Ältere von Wendezeit, Betriebsschließungen und Neuanfängen erzählen und Jüngere Fragen stellen.',
    plan: 'Ältere sollen von Wendezeit, Betriebsschließungen und Neuanfängen erzählen, Jüngere Fragen stellen. Jedes Treffen soll ein Thema haben, und mit Zustimmung der Erzählenden sollen Hörstücke für Schulen {in} entstehen.',
    detail:
      'Jedes Treffen hat ein Thema: die Arbeit im Betrieb, die Zeit um 1990, der erste Urlaub an der Ostsee. Die Geschichten werden mit Zustimmung aufgezeichnet und gehen als Hörstücke an Schulen {in}.',
    result: 'Mehr als fünfzig Hörstücke sind bisher entstanden, einige liefen im Lokalradio.',
    easy: ['Ältere Menschen erzählen aus ihrem Leben.', 'Jüngere Menschen hören zu.', 'Alle können Fragen stellen.'],
  },
  {
    titles: ['Streitkultur-Werkstatt {place}', 'Gesprächsabende {place}: Reden statt Schreien'],
    topics: ['zusammenhalt', 'engagement', 'bildung'],
    sdgs: [16, 17],
    what: 'Moderierte Gesprächsabende, an denen Menschen mit unterschiedlichen Meinungen über Themen vor Ort sprechen, ohne sich anzuschreien.',
    plan: 'Geplant sind moderierte Gesprächsabende, an denen Menschen mit unterschiedlichen Meinungen über Themen vor Ort sprechen. Ausgebildete Moderatorinnen und Moderatoren sollen für Regeln sorgen, die alle einhalten: ausreden lassen, nachfragen, zuhören.',
    detail:
      'Ausgebildete Moderatorinnen und Moderatoren sorgen für Regeln, die alle einhalten: ausreden lassen, nachfragen, zuhören. Jeder Abend endet mit einer Liste der Punkte, auf die sich alle einigen konnten.',
    result: 'Aus den Abenden sind konkrete Vorschläge an die Kommunalpolitik entstanden, etwa zu Spielplätzen und Busverbindungen.',
    easy: ['Menschen haben verschiedene Meinungen.', 'Bei den Treffen reden sie darüber.', 'Alle hören einander zu.'],
  },
  {
    titles: ['Gemeinschaftsgarten {place}'],
    topics: ['zusammenhalt', 'klima-umwelt', 'familie-kinder'],
    sdgs: [11, 2, 15],
    what: 'Ein Gemeinschaftsgarten zwischen Wohnblöcken, in dem Nachbarinnen und Nachbarn Gemüse ziehen und Feste feiern.',
    plan: 'Auf einer Wiese zwischen den Wohnblöcken, die bisher niemand betritt, sollen Hochbeete, ein Gewächshaus aus alten Fenstern und ein Lehmofen entstehen. Kitas aus der Umgebung haben schon Interesse an eigenen Beeten angemeldet.',
    detail:
      'Auf einer Wiese, die früher niemand betrat, stehen Hochbeete, ein Gewächshaus aus alten Fenstern und ein Lehmofen. Kitas aus der Umgebung haben eigene Beete.',
    result: 'Das Sommerfest im Garten ist inzwischen das größte Fest im Viertel.',
    easy: ['Im Garten wächst Gemüse.', 'Nachbarn arbeiten hier zusammen.', 'Kinder haben eigene Beete.'],
  },
  // Wohnen
  {
    titles: ['Wohnprojekt {place}', 'Generationen-Wohnprojekt {place}'],
    topics: ['wohnen', 'genossenschaften', 'alter-pflege'],
    sdgs: [11, 10],
    what: 'Ein Wohnprojekt, in dem Familien, Alleinerziehende und Ältere ein leerstehendes Gebäude gemeinsam umbauen und bewohnen.',
    plan: 'Familien, Alleinerziehende und Ältere wollen ein leerstehendes Schulgebäude gemeinsam erwerben und in Eigenleistung zu vierzehn Wohnungen umbauen. Ein Gemeinschaftsraum, eine Werkstatt und ein Gästezimmer sollen allen offenstehen, die Mieten dauerhaft unter dem örtlichen Durchschnitt bleiben.',
    detail:
      'In einem ehemaligen Schulgebäude, das die Gruppe gemeinsam erworben und in Eigenleistung umgebaut hat, gibt es vierzehn Wohnungen. Ein Gemeinschaftsraum, eine Werkstatt und ein Gästezimmer stehen allen offen. Die Mieten bleiben dauerhaft unter dem örtlichen Durchschnitt.',
    result: 'Das Modell hat sich herumgesprochen: Zwei weitere Gruppen {in} planen nach demselben Prinzip.',
    easy: ['Verschiedene Menschen wohnen hier zusammen.', 'Familien und ältere Menschen.', 'Sie helfen einander im Alltag.', 'Die Miete ist günstig.'],
  },
  {
    titles: ['Wohnen für Hilfe {place}'],
    topics: ['wohnen', 'alter-pflege', 'bildung'],
    sdgs: [11, 10, 4],
    what: 'Ältere Menschen mit großer Wohnung bieten Studierenden und Auszubildenden ein Zimmer gegen Hilfe im Alltag an.',
    plan: 'Ältere Menschen mit großer Wohnung sollen Studierenden und Auszubildenden ein Zimmer anbieten können, gegen Hilfe im Alltag statt Miete. Eine Vermittlungsstelle soll passende Paare zusammenbringen und Erwartungen klären; als Faustregel gilt eine Stunde Hilfe im Monat pro Quadratmeter.',
    detail:
      'Die Faustregel: eine Stunde Hilfe im Monat pro Quadratmeter Wohnraum. Die Vermittlungsstelle bringt passende Paare zusammen, klärt Erwartungen und ist bei Fragen erreichbar. Gepflegt wird nicht, geholfen schon: beim Einkauf, im Garten, am Computer.',
    result: 'Mehr als vierzig Wohnpartnerschaften sind bisher zustande gekommen.',
    easy: ['Ältere Menschen haben ein freies Zimmer.', 'Junge Menschen wohnen dort.', 'Sie helfen dafür im Haushalt.'],
  },
  {
    titles: ['Leerstand beleben {place}', 'Ladenleerstand wird Nachbarschaftstreff {place}'],
    topics: ['wohnen', 'laendlicher-raum', 'zusammenhalt'],
    sdgs: [11, 8],
    what: 'Leere Ladenlokale werden zu Treffpunkten, Ateliers und Probeläden für Gründerinnen und Gründer.',
    plan: 'Leere Ladenlokale sollen zu Treffpunkten, Ateliers und Probeläden für Gründerinnen und Gründer werden. Die Initiative verhandelt mit Eigentümerinnen und Eigentümern über eine geringe Nutzungsgebühr und will sich um Reinigung, Versicherung und Programm kümmern.',
    detail:
      'Eigentümerinnen und Eigentümer überlassen Läden für eine geringe Nutzungsgebühr, die Initiative kümmert sich um Reinigung, Versicherung und Programm.',
    result: 'In einem Jahr wurden sieben Schaufenster wieder hell, zwei Probeläden sind zu festen Geschäften geworden.',
    easy: ['Manche Läden stehen leer.', 'Die Initiative füllt sie mit Leben.', 'Dort gibt es Treffen und kleine Geschäfte.'],
  },
  {
    titles: ['Housing First {place}'],
    topics: ['wohnen', 'gesundheit', 'inklusion'],
    sdgs: [1, 11, 10],
    what: 'Wohnungslose Menschen erhalten zuerst eine eigene Wohnung mit Mietvertrag und danach Unterstützung, so viel sie möchten.',
    plan: 'Wohnungslose Menschen sollen zuerst eine eigene Wohnung mit Mietvertrag bekommen und danach Unterstützung, so viel sie möchten. Die Initiative verhandelt dafür mit kommunalen Wohnungsgesellschaften; Sozialarbeiterinnen und Sozialarbeiter sollen freiwillig begleiten.',
    detail:
      'Das Projekt mietet Wohnungen bei kommunalen Wohnungsgesellschaften an und vermittelt sie ohne Vorbedingungen. Sozialarbeiterinnen und Sozialarbeiter begleiten freiwillig.',
    result: 'Fast alle Mieterinnen und Mieter wohnen nach einem Jahr noch in ihrer Wohnung.',
    easy: ['Manche Menschen haben keine Wohnung.', 'Hier bekommen sie zuerst eine Wohnung.', 'Danach gibt es Hilfe.'],
  },
  {
    titles: ['Azubi-Wohnen {place}', 'Wohnraumbörse für Auszubildende {area}'],
    topics: ['wohnen', 'arbeit', 'laendlicher-raum'],
    sdgs: [11, 4, 8],
    where: 'land',
    what: 'Bezahlbare Zimmer für Auszubildende, damit eine Lehre im ländlichen Raum nicht an der Wohnungsfrage scheitert.',
    plan: 'Betriebe, Kommune und ein Wohnungsunternehmen wollen gemeinsam ein Haus mit zwanzig möblierten Zimmern für Auszubildende herrichten. Eine Hausmentorin soll beim Ankommen helfen, ein Gemeinschaftsraum die WG-Küche ersetzen.',
    detail:
      'Betriebe, Kommune und ein Wohnungsunternehmen haben gemeinsam ein Haus mit zwanzig möblierten Zimmern hergerichtet. Eine Hausmentorin hilft beim Ankommen, ein Gemeinschaftsraum ersetzt die WG-Küche.',
    result: 'Die Zimmer sind jedes Jahr belegt, und die Betriebe berichten von weniger Abbrüchen in der Ausbildung.',
    easy: ['Junge Menschen machen eine Ausbildung.', 'Sie brauchen ein Zimmer.', 'Hier gibt es günstige Zimmer.'],
  },
  // Inklusion
  {
    titles: ['Inklusive Theatergruppe {place}', 'Theater ohne Grenzen {place}'],
    topics: ['inklusion', 'bildung', 'zusammenhalt'],
    sdgs: [10, 4],
    what: 'Eine Theatergruppe, in der Menschen mit und ohne Behinderung gemeinsam Stücke entwickeln und auf die Bühne bringen.',
    plan: 'Menschen mit und ohne Behinderung wollen gemeinsam Stücke aus Improvisationen entwickeln, die von ihrem Alltag handeln. Aufführen möchte die Gruppe mit Audiodeskription und Gebärdensprache; einen Probenraum hat das Kulturhaus angeboten.',
    detail:
      'Die Stücke entstehen aus Improvisationen der Gruppe und handeln vom Alltag der Spielerinnen und Spieler. Aufführungen gibt es mit Audiodeskription und Gebärdensprache.',
    result: 'Mit dem letzten Stück war die Gruppe auf Gastspielreise durch Sachsen.',
    easy: ['Hier spielen Menschen Theater.', 'Menschen mit und ohne Behinderung.', 'Alle können zuschauen.'],
  },
  {
    titles: ['Stadtplan barrierefrei {place}', 'Barrierefrei-Check {place}'],
    topics: ['inklusion', 'digitalisierung', 'mobilitaet'],
    sdgs: [10, 11],
    what: 'Freiwillige prüfen Arztpraxen, Geschäfte und Haltestellen auf Barrieren und tragen die Ergebnisse in eine offene Karte ein.',
    plan: 'Teams aus Rollstuhlnutzenden, Blinden und Sehenden wollen mit Maßband, Checkliste und Smartphone Stufen, Türbreiten und Toiletten in Arztpraxen, Geschäften und Haltestellen erfassen. Die Daten sollen unter freier Lizenz in bekannte Kartendienste fließen.',
    detail:
      'Mit Maßband, Checkliste und Smartphone erfassen Teams aus Rollstuhlnutzenden, Blinden und Sehenden Stufen, Türbreiten und Toiletten. Die Daten stehen unter freier Lizenz und fließen in bekannte Kartendienste.',
    result: 'Über tausend Orte sind inzwischen erfasst, und die Verwaltung nutzt die Karte bei der Planung neuer Haltestellen.',
    easy: ['Manche Orte haben Stufen.', 'Das ist schwer für Menschen im Rollstuhl.', 'Die Karte zeigt, wo es keine Stufen gibt.'],
  },
  {
    titles: ['Büro für Leichte Sprache {area}', 'Leichte-Sprache-Büro {place}'],
    topics: ['inklusion', 'bildung', 'engagement'],
    sdgs: [10, 4, 16],
    what: 'Ein Büro, in dem Menschen mit Lernschwierigkeiten als Prüferinnen und Prüfer Texte von Behörden und Vereinen in Leichte Sprache bringen.',
    plan: 'Menschen mit Lernschwierigkeiten sollen als Prüferinnen und Prüfer gegen Honorar Texte von Behörden und Vereinen in Leichte Sprache bringen und selbst entscheiden, wann ein Text verständlich ist. Erste Auftraggeber {in} haben Interesse angemeldet.',
    detail: 'Die Prüfgruppe arbeitet gegen Honorar und entscheidet selbst, wann ein Text verständlich ist. Jeder Text wird in der Gruppe laut gelesen, bevor er freigegeben wird.',
    result: 'Zu den Auftraggebern gehören inzwischen Verwaltung, Stadtwerke und viele Vereine {in}.',
    easy: ['Manche Texte sind schwer.', 'Das Büro macht sie leicht.', 'Menschen mit Lernschwierigkeiten prüfen die Texte.'],
  },
  {
    titles: ['Inklusionssport {place}', 'Sport für alle {place}'],
    topics: ['inklusion', 'gesundheit', 'familie-kinder'],
    sdgs: [3, 10],
    what: 'Ein Sportverein öffnet alle Gruppen für Kinder mit Behinderung und bildet Übungsleiterinnen und Übungsleiter dafür aus.',
    plan: 'Ein Sportverein will alle Gruppen für Kinder mit Behinderung öffnen: Fußball, Schwimmen und Klettern für alle zusammen statt einer eigenen Behindertensportgruppe. Übungsleiterinnen und Übungsleiter sollen dafür eigens fortgebildet werden.',
    detail:
      'Statt einer eigenen Behindertensportgruppe trainieren alle zusammen: Fußball, Schwimmen, Klettern. Assistenzkräfte begleiten, wo es nötig ist, und die Trainerinnen und Trainer lernen in Fortbildungen, Übungen anzupassen.',
    result: 'Inzwischen trainieren in fast jeder Gruppe des Vereins Kinder mit und ohne Behinderung zusammen.',
    easy: ['Im Sportverein machen alle Kinder mit.', 'Auch Kinder mit Behinderung.', 'Sie trainieren zusammen.'],
  },
  // Bildung
  {
    titles: ['Lesepaten {place}', 'Lernpaten {place}'],
    topics: ['bildung', 'familie-kinder', 'engagement'],
    sdgs: [4, 10],
    what: 'Ehrenamtliche Lernpatinnen und Lernpaten lesen und lernen einmal pro Woche mit Grundschulkindern, die zu Hause wenig Unterstützung haben.',
    plan: 'Ehrenamtliche sollen mindestens ein Schuljahr lang einmal pro Woche mit Grundschulkindern lesen und lernen, die zu Hause wenig Unterstützung haben. Die Schule will einen Raum stellen, die Initiative die Ehrenamtlichen schulen.',
    detail:
      'Die Patenschaften laufen mindestens ein Schuljahr. Die Schule stellt einen Raum, die Initiative schult die Ehrenamtlichen und hält Kontakt zu Eltern und Lehrkräften.',
    result: 'Die Lehrkräfte berichten, dass viele Kinder nach einem Jahr deutlich sicherer lesen.',
    easy: ['Kinder lernen mit einer Patin oder einem Paten.', 'Sie lesen zusammen Bücher.', 'Sie treffen sich jede Woche.'],
  },
  {
    titles: ['Schülerfirma Nachhaltig {place}', 'Schülerfirma Fairer Pausenhof {place}'],
    topics: ['bildung', 'sozialunternehmertum', 'klima-umwelt'],
    sdgs: [4, 12, 8],
    what: 'Eine Schülerfirma, die fair gehandelte Pausensnacks verkauft und mit dem Gewinn Umweltprojekte der Schule finanziert.',
    plan: 'Schülerinnen und Schüler wollen eine eigene Firma gründen, die fair gehandelte Pausensnacks verkauft und mit dem Gewinn Umweltprojekte der Schule finanziert. Eine Mentorin aus einem Sozialunternehmen soll sie beraten.',
    detail:
      'Die Schülerinnen und Schüler führen Buch, verhandeln mit Lieferanten {in} und entscheiden in der Gesellschafterversammlung über den Gewinn. Eine Mentorin aus einem Sozialunternehmen berät sie.',
    result: 'Vom Gewinn wurden bereits Solarleuchten für den Schulhof und zwanzig Nistkästen bezahlt.',
    easy: ['Schüler haben eine eigene Firma.', 'Sie verkaufen gesunde Snacks.', 'Das Geld geht an Umwelt-Projekte.'],
  },
  {
    titles: ['Makerspace {place}', 'Offene Werkstatt {place}'],
    topics: ['bildung', 'digitalisierung', 'klima-umwelt'],
    sdgs: [4, 9],
    what: 'Eine offene Werkstatt mit 3D-Druckern, Lasercutter und Elektronik, in der Jugendliche und Erwachsene eigene Ideen bauen.',
    plan: 'Geplant ist eine offene Werkstatt mit 3D-Druckern, Lasercutter und Elektronik: dienstags für Jugendliche, samstags als Reparaturtag. Ehrenamtliche aus Handwerk und Hochschule wollen in die Maschinen einweisen, Material soll es zum Selbstkostenpreis geben.',
    detail:
      'Dienstags ist Jugendabend, samstags Reparaturtag. Ehrenamtliche aus Handwerk und Hochschule geben Einführungen, Material zahlt man zum Selbstkostenpreis.',
    result: 'Aus dem Jugendabend ist ein Robotik-Team hervorgegangen, das bei Landeswettbewerben antritt.',
    easy: ['In der Werkstatt gibt es viele Maschinen.', 'Man kann eigene Dinge bauen.', 'Jemand erklärt die Maschinen.'],
  },
  {
    titles: ['Bildungsbus {area}', 'Mobile Bibliothek {place}'],
    topics: ['bildung', 'laendlicher-raum', 'mobilitaet'],
    sdgs: [4, 10],
    where: 'land',
    what: 'Ein umgebauter Linienbus bringt Bücher, Tablets und Lernangebote in Dörfer ohne Bibliothek.',
    plan: 'Ein umgebauter Linienbus soll Bücher, Tablets und Lernangebote in Dörfer ohne Bibliothek bringen und jede Woche an festen Stellen halten, meist vor Schule oder Dorfgemeinschaftshaus. Neben der Ausleihe sind Vorlesestunden, Hausaufgabenhilfe und eine Sprechstunde zu Anträgen geplant.',
    detail:
      'Der Bus hält jede Woche an festen Stellen, meist vor Schule oder Dorfgemeinschaftshaus. Neben der Ausleihe gibt es Vorlesestunden, Hausaufgabenhilfe und eine Sprechstunde zu Anträgen.',
    result: 'An manchen Haltestellen warten die Kinder schon mit ihren Büchern, bevor der Bus um die Ecke biegt.',
    easy: ['Ein Bus fährt in die Dörfer.', 'Im Bus gibt es Bücher.', 'Man kann Bücher ausleihen.'],
  },
  // Engagement
  {
    titles: ['Ehrenamtsbörse {area}', 'Freiwilligenagentur digital {place}'],
    topics: ['engagement', 'digitalisierung', 'zusammenhalt'],
    sdgs: [17, 16],
    what: 'Eine Online-Börse und ein Beratungsbüro bringen Menschen, die sich engagieren wollen, mit Vereinen zusammen, die Unterstützung suchen.',
    plan: 'Eine Online-Börse und ein Beratungsbüro sollen Menschen, die sich engagieren wollen, mit Vereinen zusammenbringen. Vereine sollen ihre Gesuche eintragen und Interessierte nach Zeit, Ort und Thema filtern können; wer unsicher ist, soll in eine Sprechstunde kommen können.',
    detail:
      'Vereine tragen ihre Gesuche ein, Interessierte filtern nach Zeit, Ort und Thema. Wer unsicher ist, kommt in die Sprechstunde. Besonders gefragt sind kurze Einsätze, die sich mit Beruf und Familie vereinbaren lassen.',
    result: 'Mehr als hundert Vereine haben ihre Gesuche schon eingetragen.',
    easy: ['Viele Menschen wollen helfen.', 'Viele Vereine brauchen Hilfe.', 'Die Börse bringt beide zusammen.'],
  },
  {
    titles: ['Engagement-Lotsen {place}'],
    topics: ['engagement', 'zusammenhalt', 'laendlicher-raum'],
    sdgs: [17, 11],
    where: 'land',
    what: 'Engagement-Lotsinnen und -Lotsen beraten Vereine im Ort zu Satzung, Versicherung, Fördermitteln und Nachwuchs im Ehrenamt.',
    plan: 'Engagement-Lotsinnen und -Lotsen sollen Vereine zu Satzung, Versicherung, Fördermitteln und Nachwuchs beraten, denn viele Vorstände sind über siebzig und finden keine Nachfolge. Geplant sind auch Treffen, bei denen sich Vereine mit ähnlichen Fragen vernetzen.',
    detail:
      'Viele Vereinsvorstände sind über siebzig und finden keine Nachfolge. Die Lotsen helfen beim Generationswechsel, vereinfachen Abläufe und vernetzen Vereine, die ähnliche Fragen haben.',
    result: 'In mehreren Vereinen ist der Generationswechsel im Vorstand mit Hilfe der Lotsen gelungen.',
    easy: ['Vereine haben oft Fragen.', 'Die Lotsen helfen ihnen.', 'Die Hilfe ist kostenlos.'],
  },
  {
    titles: ['Jugendfonds {place}', 'Jugendparlament {place}'],
    topics: ['engagement', 'familie-kinder', 'bildung'],
    sdgs: [16, 4],
    what: 'Jugendliche entscheiden selbst über ein Budget für Projekte in ihrer Umgebung, von der Skateanlage bis zum Kinoabend.',
    plan: 'Jugendliche sollen selbst über ein Budget für Projekte in ihrer Umgebung entscheiden, von der Skateanlage bis zum Kinoabend. Geplant ist ein gewählter Jugendbeirat, der das Geld aus dem kommunalen Haushalt vergibt; Anträge sollen formlos sein dürfen, auch als Video.',
    detail:
      'Ein Jugendbeirat aus gewählten Vertreterinnen und Vertretern vergibt jedes Jahr Geld aus dem kommunalen Haushalt. Anträge dürfen formlos sein, auch als Video. Die Verwaltung unterstützt bei der Umsetzung.',
    result: 'Mit dem Geld sind schon eine Skateanlage, ein Bandprobenraum und mehrere Ferienfahrten entstanden.',
    easy: ['Jugendliche bekommen Geld für Projekte.', 'Sie entscheiden selbst.', 'So können sie mitbestimmen.'],
  },
  {
    titles: ['Bürgerstiftung {area}'],
    topics: ['engagement', 'zusammenhalt', 'sozialunternehmertum'],
    sdgs: [17, 1],
    what: 'Eine Bürgerstiftung, in der viele kleine Zustiftungen zu einem Fonds für soziale Projekte der Region werden.',
    plan: 'Viele kleine Zustiftungen ab fünfzig Euro sollen zu einem Fonds für soziale Projekte der Region werden. Aus den Erträgen will die Stiftung jedes Jahr Projekte fördern, über die ein Beirat aus der Region entscheidet; die Satzung wird gerade mit der Stiftungsaufsicht abgestimmt.',
    detail:
      'Jede Bürgerin und jeder Bürger kann ab fünfzig Euro zustiften. Aus den Erträgen fördert die Stiftung jährlich Projekte, über die ein Beirat aus der Region entscheidet.',
    result: 'Das Stiftungskapital ist auf über eine halbe Million Euro gewachsen.',
    easy: ['Viele Menschen geben etwas Geld.', 'Zusammen wird es viel Geld.', 'Damit werden gute Projekte bezahlt.'],
  },
  // Genossenschaften
  {
    titles: ['Dorfladen-Genossenschaft {place}', 'Unser Laden {place} eG'],
    topics: ['genossenschaften', 'laendlicher-raum', 'zusammenhalt'],
    sdgs: [11, 2, 8],
    where: 'dorf',
    what: 'Ein genossenschaftlich getragener Dorfladen mit regionalen Lebensmitteln, Poststelle und Café.',
    plan: 'Seit der letzte Supermarkt geschlossen hat, fehlt im Dorf ein Laden. Jetzt soll eine Genossenschaft einen Dorfladen mit Brot vom Bäcker nebenan, Milch vom Hof am Ortsrand, Poststelle und Café eröffnen; die ersten Anteile sind gezeichnet.',
    detail:
      'Als der letzte Supermarkt schloss, gründeten über zweihundert Menschen aus dem Dorf eine Genossenschaft. Der Laden verkauft Brot vom Bäcker nebenan und Milch vom Hof am Ortsrand und ist Treffpunkt für alle Generationen.',
    result: 'Der Laden trägt sich selbst, und die Genossenschaft zählt inzwischen mehr als dreihundert Mitglieder.',
    easy: ['Im Dorf gibt es keinen Supermarkt.', 'Die Menschen machen zusammen einen eigenen Laden.', 'Dort gibt es Essen aus der Region.'],
  },
  {
    titles: ['Energiegenossenschaft {area}', 'Bürgersolar {place}'],
    topics: ['genossenschaften', 'klima-umwelt', 'engagement'],
    sdgs: [7, 13, 11],
    what: 'Eine Energiegenossenschaft, die Solaranlagen auf Schul- und Vereinsdächern baut und die Bürgerinnen und Bürger am Ertrag beteiligt.',
    plan: 'Eine Energiegenossenschaft soll Solaranlagen auf Schul- und Vereinsdächern bauen und die Bürgerinnen und Bürger am Ertrag beteiligen. Ein Anteil soll hundert Euro kosten, damit auch Menschen mit kleinem Einkommen mitmachen können; Überschüsse sollen in einen Fonds gegen Energiearmut fließen.',
    detail:
      'Ein Anteil kostet hundert Euro, damit auch Menschen mit kleinem Einkommen mitmachen können. Der Strom wird vor Ort verbraucht, Überschüsse fließen in einen Fonds gegen Energiearmut.',
    result: 'Auf acht Dächern erzeugen die Anlagen inzwischen Strom für mehrere hundert Haushalte.',
    easy: ['Auf Dächern entsteht Strom aus Sonne.', 'Viele Menschen sind Mitglieder.', 'Der Strom ist für den Ort.'],
  },
  {
    titles: ['Sozialgenossenschaft Pflege {area}', 'Pflegegenossenschaft {place}'],
    topics: ['genossenschaften', 'alter-pflege', 'arbeit'],
    sdgs: [3, 8],
    what: 'Pflegekräfte gründen ihre eigene Genossenschaft und organisieren ambulante Pflege mit mehr Zeit pro Besuch.',
    plan: 'Pflegekräfte wollen ihre eigene Genossenschaft gründen, um ambulante Pflege mit mehr Zeit pro Besuch anzubieten. Als Mitglieder sollen sie über Dienstpläne und Touren mitentscheiden, kleine Teams sollen feste Gebiete betreuen.',
    detail:
      'Die Pflegekräfte sind Mitglieder und entscheiden mit über Dienstpläne und Touren. Kleine Teams betreuen feste Gebiete, damit Gepflegte ihre Pflegekraft kennen.',
    result: 'Über Personalmangel klagt die Genossenschaft nicht: Bewerbungen kommen von selbst.',
    easy: ['Pflegekräfte haben eine eigene Firma.', 'Sie entscheiden zusammen.', 'Sie haben mehr Zeit für die Menschen.'],
  },
  {
    titles: ['Gasthof-Genossenschaft {place}', 'Dorfkneipe {place} eG'],
    topics: ['genossenschaften', 'zusammenhalt', 'laendlicher-raum'],
    sdgs: [11, 8],
    where: 'dorf',
    what: 'Der letzte Gasthof im Dorf wird von einer Genossenschaft gerettet und als Wirtshaus, Saal und Herberge weitergeführt.',
    plan: 'Der letzte Gasthof im Dorf steht vor der Schließung. Eine Genossenschaft will ihn kaufen und als Wirtshaus, Saal und Herberge weiterführen; ein junges Pächterpaar für die Küche ist schon gefunden.',
    detail:
      'Der Saal ist wieder Ort für Hochzeiten, Vereinsfeste und Kinoabende. Ein junges Pächterpaar führt die Küche, die Genossinnen und Genossen helfen bei Festen und Renovierung.',
    result: 'Die Herberge ist im Sommer ausgebucht, vor allem mit Wander- und Radgruppen.',
    easy: ['Das Dorf hat ein altes Gasthaus.', 'Das Gasthaus gehört vielen Menschen zusammen.', 'Dort kann man essen und feiern.'],
  },
  // Sozialunternehmertum
  {
    titles: ['Upcycling-Manufaktur {place}'],
    topics: ['sozialunternehmertum', 'klima-umwelt', 'arbeit'],
    sdgs: [12, 8, 13],
    what: 'Ein Sozialunternehmen, das aus Werbebannern, Feuerwehrschläuchen und Stoffresten Taschen näht und Menschen mit Vermittlungshemmnissen beschäftigt.',
    plan: 'Ein Sozialunternehmen will aus Werbebannern, Feuerwehrschläuchen und Stoffresten Taschen nähen und dabei Menschen mit Vermittlungshemmnissen beschäftigen. Unternehmen und Vereine {in} haben schon Material zugesagt, das sie sonst entsorgen würden.',
    detail:
      'Die Materialien kommen von Unternehmen und Vereinen {in}, die sie sonst entsorgen würden. Verkauft wird über den eigenen Onlineshop und Läden in Sachsen.',
    result: 'Das Team ist auf zwölf Beschäftigte gewachsen, zwei von ihnen haben eine Ausbildung begonnen.',
    easy: ['Aus alten Sachen werden neue Taschen.', 'Menschen ohne Arbeit nähen die Taschen.', 'So entsteht weniger Müll.'],
  },
  {
    titles: ['Inklusive Bäckerei {place}', 'Backstube mit Herz {place}'],
    topics: ['sozialunternehmertum', 'inklusion', 'arbeit'],
    sdgs: [8, 10],
    what: 'Ein Inklusionsbetrieb, in dem Menschen mit und ohne Behinderung Brot nach regionalen Rezepten backen.',
    plan: 'Geplant ist ein Inklusionsbetrieb, in dem Menschen mit und ohne Behinderung sozialversicherungspflichtig beschäftigt sind und Brot nach regionalen Rezepten backen. Kantinen und Kitas sollen die ersten Kunden werden.',
    detail:
      'Die Bäckerei beliefert Kantinen und Kitas. Fast die Hälfte der Beschäftigten hat eine Schwerbehinderung und arbeitet sozialversicherungspflichtig.',
    result: 'Inzwischen gehören zwei eigene Filialen zur Bäckerei.',
    easy: ['In der Bäckerei backen Menschen Brot.', 'Viele haben eine Behinderung.', 'Alle haben eine richtige Arbeit.'],
  },
  {
    titles: ['Lastenrad-Lieferdienst {place}'],
    topics: ['sozialunternehmertum', 'mobilitaet', 'klima-umwelt'],
    sdgs: [11, 13, 8],
    what: 'Ein Lieferdienst mit Lastenrädern, der Einkäufe aus Läden in der Nähe zu älteren Menschen bringt.',
    plan: 'Ein Lieferdienst mit Lastenrädern soll Einkäufe aus Läden in der Nähe zu älteren Menschen bringen, mit fest angestellten Fahrerinnen und Fahrern. Bestellen soll man per Telefon oder App, und wer möchte, bekommt zur Lieferung ein kurzes Gespräch dazu.',
    detail:
      'Die Fahrerinnen und Fahrer sind fest angestellt. Bestellt wird per Telefon oder App, und wer möchte, bekommt zur Lieferung ein kurzes Gespräch dazu.',
    result: 'Zwanzig Geschäfte sind inzwischen Partner, und die Räder fahren jede Woche mehrere hundert Lieferungen aus.',
    easy: ['Räder bringen Einkäufe nach Hause.', 'Das ist gut für ältere Menschen.', 'Das ist gut für die Umwelt.'],
  },
  {
    titles: ['Nähwerkstatt für Frauen {place}', 'Fair-Fashion-Werkstatt {place}'],
    topics: ['sozialunternehmertum', 'migration-teilhabe', 'arbeit'],
    sdgs: [5, 8, 12],
    what: 'Eine Nähwerkstatt, in der zugewanderte Frauen ihr Handwerk einbringen, Deutsch lernen und eigenes Einkommen erzielen.',
    plan: 'Zugewanderte Frauen, von denen viele in ihren Herkunftsländern Schneiderinnen waren, sollen in einer Nähwerkstatt ihr Handwerk einbringen, Deutsch lernen und eigenes Geld verdienen. Während der Arbeitszeit soll es eine Kinderbetreuung geben.',
    detail:
      'Viele der Frauen waren in ihren Herkunftsländern Schneiderinnen. Die Werkstatt nimmt Aufträge von Theatern und Firmen an und bietet Kinderbetreuung während der Arbeitszeit.',
    result: 'Zu den Stammkunden gehören inzwischen Theater und Firmen {in}.',
    easy: ['Frauen nähen hier zusammen.', 'Sie lernen dabei Deutsch.', 'Sie verdienen eigenes Geld.'],
  },
  // Ländlicher Raum
  {
    titles: ['Mitfahrbank {place}', 'Mitfahrbänke {place}'],
    topics: ['laendlicher-raum', 'mobilitaet', 'zusammenhalt'],
    sdgs: [11, 10],
    where: 'dorf',
    what: 'Bänke an den Ortsausgängen mit Klappschildern: Wer sich setzt, zeigt sein Ziel, und Nachbarn nehmen ihn mit.',
    plan: 'An den Ortsausgängen sollen Bänke mit Klappschildern stehen: Wer sich setzt, zeigt sein Ziel, und Nachbarn nehmen ihn mit. Denn zwischen den Dörfern fährt der Bus nur zweimal am Tag; die Versicherung klärt das Team gerade mit der Gemeinde.',
    detail:
      'Zwischen den Dörfern fährt der Bus nur zweimal am Tag. Die Mitfahrbänke füllen die Lücke, vor allem für Ältere und Jugendliche. Eine Versicherung über die Gemeinde deckt die Fahrten ab.',
    result: 'An manchen Tagen kommen mehr als zwanzig Mitfahrten zusammen, und Nachbargemeinden haben eigene Bänke aufgestellt.',
    easy: ['Am Dorfrand steht eine Bank.', 'Man setzt sich und zeigt ein Schild.', 'Autofahrer nehmen einen mit.'],
  },
  {
    titles: ['Dorfgemeinschaftshaus {place}', 'Dorfzentrum {place}'],
    topics: ['laendlicher-raum', 'zusammenhalt', 'engagement'],
    sdgs: [11, 17],
    where: 'dorf',
    what: 'Die alte Schule wird zum Dorfgemeinschaftshaus mit Café, Sprechstunden, Kursen und einem Raum für Jugendliche.',
    plan: 'Die alte Schule soll zum Dorfgemeinschaftshaus werden, mit Café, Sprechstunden, Kursen und einem Raum für Jugendliche. Gemeinde, Vereine und Kirchgemeinde wollen sich das Haus teilen; ein Belegungskalender im Netz ist schon in Arbeit.',
    detail:
      'Gemeinde, Vereine und Kirchgemeinde teilen sich das Haus. Ein Belegungskalender im Netz und eine Hausmeisterin auf Minijobbasis halten es am Laufen.',
    result: 'Das Haus ist an sechs Tagen in der Woche belegt.',
    easy: ['Im Dorf gibt es ein Haus für alle.', 'Dort gibt es ein Café.', 'Dort gibt es Kurse.'],
  },
  {
    titles: ['Rollender Dorfladen {area}', 'Rollender Laden {place}'],
    topics: ['laendlicher-raum', 'alter-pflege', 'mobilitaet'],
    sdgs: [2, 11],
    where: 'land',
    what: 'Ein Verkaufswagen bringt frische Lebensmittel und einen Schwatz in Dörfer ohne Laden.',
    plan: 'Ein Verkaufswagen soll frische Lebensmittel in Dörfer ohne Laden bringen und an zwölf Orten pro Woche halten. Die Route stimmt das Team gerade mit den Ortsvorsteherinnen und Ortsvorstehern ab.',
    detail: 'Der Wagen hält an zwölf Orten pro Woche. Viele Kundinnen und Kunden warten schon vorher am Haltepunkt.',
    result: 'Der Verkaufswagen ist zum Treffpunkt geworden, und ein zweiter Wagen ist bestellt.',
    easy: ['Ein Wagen verkauft Lebensmittel.', 'Er kommt in die Dörfer.', 'Man muss nicht weit fahren.'],
  },
  {
    titles: ['Rückkehrer-Netzwerk {area}', 'Heimkehr {area}'],
    topics: ['laendlicher-raum', 'arbeit', 'familie-kinder'],
    sdgs: [8, 11],
    where: 'land',
    what: 'Ein Netzwerk hilft Menschen, die nach Jahren im Westen oder im Ausland zurückkehren wollen, bei Jobsuche, Wohnung und Kita-Platz.',
    plan: 'Ein Netzwerk will Menschen, die nach Jahren im Westen oder im Ausland zurückkehren möchten, bei Jobsuche, Wohnung und Kita-Platz helfen. Geplant ist ein Rückkehrertag zwischen Weihnachten und Neujahr, wenn viele ohnehin bei ihren Eltern sind.',
    detail:
      'Zwischen Weihnachten und Neujahr lädt das Netzwerk zum Rückkehrertag, wenn viele ohnehin bei ihren Eltern sind. Unternehmen stellen sich vor, Kommunen zeigen Bauland und Wohnungen.',
    result: 'Mehr als hundert Menschen sind mit Hilfe des Netzwerks zurückgekommen.',
    easy: ['Manche Menschen wollen zurück in ihre Heimat.', 'Das Netzwerk hilft dabei.', 'Es hilft bei Arbeit und Wohnung.'],
  },
  // Digitale Teilhabe
  {
    titles: ['Handy-Sprechstunde {place}', 'Digitalwerkstatt {place}'],
    topics: ['digitalisierung', 'alter-pflege', 'bildung'],
    sdgs: [4, 10],
    what: 'Eine offene Sprechstunde, in der Ehrenamtliche bei Fragen zu Handy, Tablet und Online-Formularen helfen.',
    plan: 'Ehrenamtliche wollen eine offene Sprechstunde zu Handy, Tablet und Online-Formularen anbieten, vom Rentenbescheid bis zum Foto an die Enkel. Leihgeräte sollen helfen, bevor jemand selbst etwas kauft.',
    detail:
      'Ob Rentenbescheid, Arzttermin oder Foto an die Enkel: Die Ehrenamtlichen nehmen sich Zeit und erklären Schritt für Schritt. Leihgeräte helfen, bevor jemand selbst etwas kauft.',
    result: 'Die Sprechstunde ist so gefragt, dass sie inzwischen an zwei Tagen in der Woche öffnet.',
    easy: ['Man kann Fragen zum Handy stellen.', 'Helferinnen und Helfer erklären alles.', 'Man kann Geräte ausleihen.'],
  },
  {
    titles: ['Dorf-App {place}', 'Digitale Dörfer {area}'],
    topics: ['digitalisierung', 'laendlicher-raum', 'zusammenhalt'],
    sdgs: [9, 11],
    where: 'dorf',
    what: 'Eine Dorf-App mit Veranstaltungen, Mitfahrgelegenheiten und einem Marktplatz für Nachbarschaftshilfe.',
    plan: 'Eine Dorf-App soll Veranstaltungen, Mitfahrgelegenheiten und einen Marktplatz für Nachbarschaftshilfe bündeln, als Open Source und gepflegt von Ehrenamtlichen. Wer kein Smartphone hat, soll die Inhalte auch im Schaukasten und im Amtsblatt finden.',
    detail:
      'Die App ist Open Source und wird von einer Gruppe Ehrenamtlicher gepflegt. Wer kein Smartphone hat, findet die Inhalte auch im Schaukasten und im Amtsblatt.',
    result: 'Fast jeder zweite Haushalt im Dorf nutzt die App.',
    easy: ['Die App ist für das ganze Dorf.', 'Dort stehen Termine.', 'Man kann Hilfe suchen und anbieten.'],
  },
  {
    titles: ['Civic-Tech-Gruppe {place}', 'Open-Data-Labor {area}'],
    topics: ['digitalisierung', 'engagement', 'bildung'],
    sdgs: [9, 16, 17],
    what: 'Ehrenamtliche Entwicklerinnen und Entwickler bauen mit der Verwaltung offene Werkzeuge, etwa einen Kita-Platz-Finder oder eine Karte der Trinkbrunnen.',
    plan: 'Ehrenamtliche Entwicklerinnen und Entwickler wollen sich regelmäßig treffen und mit der Verwaltung offene Werkzeuge bauen, etwa einen Kita-Platz-Finder oder eine Karte der Trinkbrunnen. Über die nötigen Daten ist die Gruppe mit der Verwaltung im Gespräch.',
    detail:
      'Die Gruppe trifft sich jeden zweiten Dienstag. Die Verwaltung stellt Daten bereit, die Gruppe baut daraus Anwendungen, die allen nutzen.',
    result: 'Den Kita-Platz-Finder der Gruppe betreibt inzwischen die Verwaltung selbst.',
    easy: ['Hier treffen sich Menschen, die programmieren.', 'Sie bauen Apps für alle.', 'Die Apps sind kostenlos.'],
  },
  {
    titles: ['Computer für alle {place}', 'Laptop-Spende {area}'],
    topics: ['digitalisierung', 'bildung', 'klima-umwelt'],
    sdgs: [4, 12, 10],
    what: 'Ausgemusterte Firmenlaptops werden sicher gelöscht, aufbereitet und an Schülerinnen und Schüler aus Familien mit wenig Geld verschenkt.',
    plan: 'Ausgemusterte Firmenlaptops sollen sicher gelöscht, von einer Werkstatt für Menschen mit Behinderung aufbereitet und an Schülerinnen und Schüler aus Familien mit wenig Geld verschenkt werden. Erste Unternehmen {in} haben Geräte zugesagt.',
    detail:
      'Unternehmen {in} spenden ihre Altgeräte, eine Werkstatt für Menschen mit Behinderung bereitet sie auf. Schulsozialarbeiterinnen und Schulsozialarbeiter vermitteln die Geräte.',
    result: 'Mehr als fünfhundert Laptops sind bisher weitergegeben worden.',
    easy: ['Firmen geben alte Laptops ab.', 'Die Laptops werden repariert.', 'Schüler bekommen sie geschenkt.'],
  },
  // Klima und Umwelt
  {
    titles: ['Repair-Café {place}'],
    topics: ['klima-umwelt', 'zusammenhalt', 'engagement'],
    sdgs: [12, 13],
    what: 'Ein offener Reparaturtreff, in dem Ehrenamtliche mit Nachbarinnen und Nachbarn kaputte Toaster, Fahrräder und Kleidung wieder flottmachen.',
    plan: 'Einmal im Monat soll sich das Nachbarschaftszentrum in eine Werkstatt verwandeln, in der Elektrikerinnen, Schneider und Fahrradbastler mit den Besucherinnen und Besuchern kaputte Dinge reparieren. Werkzeug und Ehrenamtliche werden gerade gesammelt.',
    detail:
      'Einmal im Monat verwandelt sich das Nachbarschaftszentrum in eine Werkstatt. Elektrikerinnen, Schneider und Fahrradbastler helfen, die Besucherinnen und Besucher schrauben selbst mit. Was nicht mehr zu retten ist, wird fachgerecht entsorgt.',
    result: 'Rund zwei Drittel der mitgebrachten Geräte verlassen das Repair-Café repariert.',
    easy: ['Im Repair-Café werden Sachen repariert.', 'Man bringt etwas Kaputtes mit.', 'Helfer reparieren es zusammen mit einem.', 'Das spart Geld und Müll.'],
  },
  {
    titles: ['Streuobstwiese {place}', 'Streuobstwiesen-Patenschaften {area}'],
    topics: ['klima-umwelt', 'engagement', 'familie-kinder'],
    sdgs: [15, 13, 2],
    what: 'Patinnen und Paten pflegen alte Streuobstwiesen, pflanzen neue Bäume und machen aus dem Obst Saft für Schulen und Kitas.',
    plan: 'Patinnen und Paten wollen alte Streuobstwiesen pflegen, neue Bäume pflanzen und aus dem Obst Saft für Schulen und Kitas machen. Geplant sind Schnittkurse im Winter und Ernteaktionen im Herbst für Jung und Alt.',
    detail:
      'Auf den Wiesen stehen Apfelsorten, die es im Handel nicht mehr gibt. Schnittkurse im Winter und Ernteaktionen im Herbst bringen Jung und Alt zusammen.',
    result: 'Über zweihundert junge Bäume sind bisher gepflanzt worden.',
    easy: ['Auf der Wiese stehen Obstbäume.', 'Paten kümmern sich um die Bäume.', 'Aus den Äpfeln wird Saft.'],
  },
  {
    titles: ['Flusspaten {river}', 'Saubere {river}: Flusspaten {place}'],
    topics: ['klima-umwelt', 'engagement', 'bildung'],
    sdgs: [14, 6, 15],
    what: 'Flusspatinnen und -paten säubern Ufer, messen die Wasserqualität {ofRiver} und zeigen Schulklassen, was im Fluss lebt.',
    plan: 'Freiwillige wollen zweimal im Jahr die Ufer {ofRiver} von Müll befreien, und eine Schülergruppe soll monatlich Wasserproben untersuchen und die Werte an ein landesweites Messnetz melden.',
    detail:
      'Zweimal im Jahr sammeln Freiwillige Müll an den Ufern. Eine Schülergruppe untersucht monatlich Wasserproben und meldet die Werte an ein landesweites Messnetz.',
    result: 'Libellen und Eisvögel sind an den Fluss zurückgekehrt.',
    easy: ['Menschen kümmern sich um den Fluss.', 'Sie sammeln Müll am Ufer.', 'Sie prüfen das Wasser.'],
  },
  {
    titles: ['Schwammstadt {place}', 'Regenwasser-Gärten {place}'],
    topics: ['klima-umwelt', 'wohnen', 'zusammenhalt'],
    sdgs: [6, 11, 13],
    what: 'Nachbarschaften entsiegeln Höfe, legen Regenwasser-Gärten an und sammeln Wasser für trockene Sommer.',
    plan: 'Nachbarschaften wollen gemeinsam mit einer Wohnungsgenossenschaft Höfe entsiegeln, Betonflächen aufbrechen und Regenwasser-Gärten anlegen. Zisternen sollen Wasser für trockene Sommer speichern.',
    detail: 'Gemeinsam mit einer Wohnungsgenossenschaft werden Betonflächen aufgebrochen und bepflanzt. Zisternen speichern Regenwasser für die Beete.',
    result: 'An heißen Tagen ist es in den umgebauten Höfen spürbar kühler, und weitere Hausgemeinschaften haben sich gemeldet.',
    easy: ['Regen soll im Boden bleiben.', 'Höfe werden grün.', 'Das hilft bei Hitze.'],
  },
  {
    titles: ['Lebensmittelretter {place}', 'Foodsharing {place}'],
    topics: ['klima-umwelt', 'zusammenhalt', 'engagement'],
    sdgs: [12, 2],
    what: 'Ehrenamtliche holen übrig gebliebene Lebensmittel bei Bäckereien und Märkten ab und verteilen sie über offene Kühlschränke.',
    plan: 'Ehrenamtliche wollen übrig gebliebene Lebensmittel bei Bäckereien und Märkten abholen und über offene Kühlschränke verteilen. Als Standorte sind Bibliothek, Jugendhaus und Kirchgemeinde im Gespräch; die Hygieneregeln stimmt das Team mit dem Lebensmittelüberwachungsamt ab.',
    detail:
      'Drei Fair-Teiler stehen in Bibliothek, Jugendhaus und Kirchgemeinde. Hygieneregeln und Abholpläne sind mit dem Lebensmittelüberwachungsamt abgestimmt.',
    result: 'Jede Woche werden so mehrere hundert Kilo Lebensmittel gerettet.',
    easy: ['Manche Lebensmittel werden weggeworfen.', 'Die Retter holen sie ab.', 'Jeder kann sie kostenlos nehmen.'],
  },
  {
    titles: ['Lebendige Teiche {area}', 'Teichpatenschaft {place}'],
    topics: ['klima-umwelt', 'laendlicher-raum', 'bildung'],
    sdgs: [14, 15, 6],
    where: 'dorf',
    what: 'Dorfteiche und Löschwasserteiche werden gemeinsam entschlammt und naturnah gestaltet, damit Amphibien und Libellen zurückkehren.',
    plan: 'Verlandete Dorfteiche und Löschwasserteiche sollen gemeinsam entschlammt und naturnah gestaltet werden, damit Amphibien und Libellen zurückkehren. Ein Naturschutzverein berät, und die Grundschule will Laich, Kaulquappen und Frösche über das Jahr beobachten.',
    detail:
      'Mit Unterstützung eines Naturschutzvereins legen Freiwillige an den verlandeten Teichen Flachwasserzonen an, und die Grundschule beobachtet über das Jahr Laich, Kaulquappen und Frösche.',
    result: 'In drei Teichen laichen wieder Erdkröten und Grasfrösche.',
    easy: ['Im Dorf gibt es einen Teich.', 'Menschen machen den Teich sauber.', 'Dann können Frösche und Libellen dort leben.'],
  },
  {
    titles: ['Refill-Stationen {place}', 'Trinkwasser für alle {place}'],
    topics: ['klima-umwelt', 'gesundheit', 'wohnen'],
    sdgs: [6, 12, 3],
    what: 'Geschäfte, Cafés und Praxen füllen kostenlos Leitungswasser in mitgebrachte Flaschen; ein Aufkleber zeigt, wo.',
    plan: 'Geschäfte, Cafés und Praxen sollen kostenlos Leitungswasser in mitgebrachte Flaschen füllen, und ein Aufkleber soll zeigen, wo. Mit den Stadtwerken spricht die Initiative außerdem über öffentliche Trinkbrunnen.',
    detail: 'Ein Aufkleber an der Tür zeigt, wo es Wasser gibt. Besonders Wohnungslose und ältere Menschen profitieren an heißen Tagen.',
    result: 'Im vergangenen Sommer kamen öffentliche Trinkbrunnen dazu, die die Initiative mit den Stadtwerken geplant hat.',
    easy: ['Man kann kostenlos Wasser bekommen.', 'Ein Aufkleber zeigt, wo.', 'Das ist gut bei Hitze.'],
  },
  // Migration und Teilhabe
  {
    titles: ['Sprachcafé {place}'],
    topics: ['migration-teilhabe', 'bildung', 'zusammenhalt'],
    sdgs: [4, 10],
    what: 'Ein wöchentliches Sprachcafé, in dem Zugewanderte und Einheimische bei Kaffee und Spielen Deutsch sprechen.',
    plan: 'Einmal pro Woche sollen Zugewanderte und Einheimische bei Kaffee und Spielen Deutsch sprechen, ohne Unterricht, an Thementischen zu Arzt, Amt, Arbeit und Hobby. Einen Raum hat die Bibliothek angeboten.',
    detail: 'Es gibt keinen Unterricht, sondern Gespräche an Thementischen: Arzt, Amt, Arbeit, Hobby.',
    result: 'Viele, die als Lernende kamen, moderieren heute selbst einen Tisch.',
    easy: ['Im Sprachcafé spricht man Deutsch.', 'Man trinkt Kaffee und redet.', 'Jeder ist willkommen.'],
  },
  {
    titles: ['Interkultureller Garten {place}'],
    topics: ['migration-teilhabe', 'klima-umwelt', 'zusammenhalt'],
    sdgs: [10, 11, 15],
    what: 'Familien aus vielen Ländern bewirtschaften gemeinsam einen Garten und tauschen Saatgut, Rezepte und Geschichten.',
    plan: 'Familien aus vielen Ländern wollen gemeinsam einen Garten bewirtschaften, mit eigenen Parzellen, Gemeinschaftsbeeten und einer Sommerküche. Die Fläche will voraussichtlich eine Wohnungsgenossenschaft zur Verfügung stellen.',
    detail: 'Jede Familie hat eine Parzelle, dazu gibt es Gemeinschaftsbeete und eine Sommerküche. Beim Erntefest kochen alle zusammen.',
    result: 'Inzwischen gärtnern Familien aus zwölf Ländern hier, und das Erntefest ist ein fester Termin im Viertel.',
    easy: ['Menschen aus vielen Ländern gärtnern hier.', 'Sie pflanzen Gemüse.', 'Sie kochen zusammen.'],
  },
  {
    titles: ['Sprachmittler-Netz {area}', 'Dolmetscher-Pool {place}'],
    topics: ['migration-teilhabe', 'gesundheit', 'engagement'],
    sdgs: [10, 3, 16],
    what: 'Geschulte Sprachmittlerinnen und Sprachmittler begleiten Zugewanderte zu Arztterminen, Elterngesprächen und Behörden.',
    plan: 'Geschulte Sprachmittlerinnen und Sprachmittler sollen Zugewanderte zu Arztterminen, Elterngesprächen und Behörden begleiten. Vermitteln soll die Einsätze eine Koordinationsstelle, vergütet werden sie mit einer Aufwandsentschädigung; Schulungen zu Schweigepflicht und Rollenklarheit werden Pflicht.',
    detail:
      'Einsätze werden über eine Koordinationsstelle vermittelt und mit einer Aufwandsentschädigung vergütet. Schulungen zu Schweigepflicht und Rollenklarheit sind Pflicht.',
    result: 'Der Pool umfasst inzwischen achtzehn Sprachen.',
    easy: ['Manche Menschen sprechen wenig Deutsch.', 'Sprachmittler übersetzen für sie.', 'Zum Beispiel beim Arzt.'],
  },
  {
    titles: ['Gründerinnen-Mentoring {area}', 'Migrantische Gründerinnen {place}'],
    topics: ['migration-teilhabe', 'sozialunternehmertum', 'arbeit'],
    sdgs: [5, 8, 10],
    what: 'Ein Mentoring-Programm begleitet zugewanderte Frauen von der Geschäftsidee bis zur Gründung ihres eigenen Unternehmens.',
    plan: 'Ein Mentoring-Programm soll zugewanderte Frauen von der Geschäftsidee bis zur Gründung begleiten. Jede Teilnehmerin soll eine Mentorin aus der regionalen Wirtschaft bekommen; Workshops zu Businessplan, Steuern und Fördermitteln sind auf Wunsch mit Übersetzung geplant.',
    detail:
      'Jede Teilnehmerin hat eine Mentorin aus der regionalen Wirtschaft. In Workshops geht es um Businessplan, Steuern und Fördermittel, auf Wunsch mit Übersetzung.',
    result: 'Aus dem Programm sind schon ein Catering, ein Friseursalon und eine Übersetzungsagentur hervorgegangen.',
    easy: ['Frauen aus anderen Ländern wollen eine Firma gründen.', 'Eine Mentorin hilft ihnen.', 'Sie lernen, wie das geht.'],
  },
  // Familie, Kinder, Jugend
  {
    titles: ['Familienpaten {place}', 'Familienzentrum {place}'],
    topics: ['familie-kinder', 'zusammenhalt', 'engagement'],
    sdgs: [4, 1, 5],
    what: 'Ehrenamtliche Familienpatinnen und -paten unterstützen junge Familien in anstrengenden Zeiten mit Zeit, Rat und einem offenen Ohr.',
    plan: 'Ehrenamtliche Familienpatinnen und -paten sollen junge Familien einmal pro Woche besuchen, mit den Kindern spielen oder zu Terminen begleiten. Vermittelt werden sollen die Patenschaften über Hebammen, Kitas und das Jugendamt.',
    detail:
      'Die Patenschaften entstehen über Hebammen, Kitas und das Jugendamt. Die Paten kommen einmal pro Woche, spielen mit den Kindern oder begleiten zu Terminen.',
    result: 'Mehr als sechzig Familien haben bisher eine Patin oder einen Paten gefunden.',
    easy: ['Manche Familien brauchen Hilfe.', 'Eine Patin oder ein Pate kommt jede Woche.', 'Die Patin oder der Pate hilft der Familie.'],
  },
  {
    titles: ['Netzwerk Alleinerziehende {area}', 'Alleinerziehende stärken {place}'],
    topics: ['familie-kinder', 'arbeit', 'zusammenhalt'],
    sdgs: [5, 1, 8],
    what: 'Ein Netzwerk organisiert Randzeiten-Kinderbetreuung, Beratung und Treffen für Alleinerziehende.',
    plan: 'Ein Netzwerk will geschulte Betreuungspersonen für Randzeiten vermitteln, damit Alleinerziehende Früh- und Spätschichten übernehmen können. Außerdem sollen sich Eltern kennenlernen, die sich gegenseitig entlasten.',
    detail:
      'Frühschicht im Krankenhaus, Spätschicht im Handel: Für Alleinerziehende ist das oft unmöglich. Das Netzwerk vermittelt geschulte Betreuungspersonen für Randzeiten und bringt Eltern zusammen, die sich gegenseitig entlasten.',
    result: 'Mehrere Arbeitgeber {in} beteiligen sich inzwischen an den Kosten der Randzeitenbetreuung.',
    easy: ['Manche Eltern sind allein mit ihren Kindern.', 'Das Netzwerk hilft bei der Betreuung.', 'Die Eltern treffen sich.'],
  },
  {
    titles: ['Kinderküche {place}', 'Gesund kochen mit Kindern {place}'],
    topics: ['familie-kinder', 'gesundheit', 'bildung'],
    sdgs: [2, 3, 4],
    what: 'In der Kinderküche kochen Grundschulkinder nach der Schule mit regionalen Zutaten und nehmen Rezepte mit nach Hause.',
    plan: 'Grundschulkinder sollen nach der Schule mit regionalen Zutaten kochen und die Rezepte mit nach Hause nehmen. Gesucht wird eine Küche in einem Begegnungszentrum; die Zutaten sollen teils aus dem Schulgarten kommen.',
    detail:
      'Die Küche ist in einem Begegnungszentrum, die Zutaten kommen teils aus dem Schulgarten. Einmal im Monat kochen die Kinder für ihre Eltern.',
    result: 'Ein Kochbuch mit den Lieblingsrezepten der Kinder ist schon in zweiter Auflage erschienen.',
    easy: ['Kinder kochen zusammen.', 'Sie lernen gesunde Rezepte.', 'Sie kochen auch für ihre Eltern.'],
  },
  {
    titles: ['Jugendwerkstatt {place}', 'Jugendtreff Zukunft {place}'],
    topics: ['familie-kinder', 'bildung', 'arbeit'],
    sdgs: [4, 8],
    what: 'Eine Jugendwerkstatt, in der Jugendliche Holz, Metall und Medien ausprobieren und Betriebe der Region kennenlernen.',
    plan: 'Jugendliche sollen hier Holz, Metall und Medien ausprobieren und Betriebe der Region kennenlernen. Die Werkstatt soll nachmittags und in den Ferien ganztags öffnen, und Handwerksbetriebe wollen sich mit Mitmach-Aktionen vorstellen.',
    detail: 'Die Werkstatt ist nachmittags offen und in den Ferien ganztags. Handwerksbetriebe stellen sich mit Mitmach-Aktionen vor.',
    result: 'Viele Praktika und einige Ausbildungsverträge sind hier entstanden.',
    easy: ['Jugendliche probieren Berufe aus.', 'Sie arbeiten mit Holz und Metall.', 'Sie lernen Firmen kennen.'],
  },
  {
    titles: ['Väter-Netzwerk {area}', 'Väterzeit {place}'],
    topics: ['familie-kinder', 'zusammenhalt'],
    sdgs: [5, 4],
    what: 'Ein Netzwerk für Väter mit Vater-Kind-Wochenenden, Gesprächsabenden und Beratung zu Elternzeit.',
    plan: 'Viele Väter wollen mehr Zeit mit ihren Kindern verbringen und wissen nicht, wie sie das mit dem Job vereinbaren. Das Netzwerk soll Vater-Kind-Wochenenden und Gesprächsabende anbieten und Arbeitgeber {in} zu familienfreundlichen Arbeitszeiten beraten.',
    detail:
      'Viele Väter wollen mehr Zeit mit ihren Kindern verbringen und wissen nicht, wie sie das mit dem Job vereinbaren. Das Netzwerk bietet Austausch und berät Arbeitgeber {in} zu familienfreundlichen Arbeitszeiten.',
    result: 'Die Vater-Kind-Wochenenden sind meist schon Monate vorher ausgebucht.',
    easy: ['Väter treffen sich hier.', 'Sie machen etwas mit ihren Kindern.', 'Sie reden über Familie und Arbeit.'],
  },
  // Mobilität
  {
    titles: ['Mobiler Bürgerbus {area}', 'Bürgerbus {place}'],
    topics: ['mobilitaet', 'laendlicher-raum', 'alter-pflege'],
    sdgs: [11, 10, 13],
    where: 'land',
    what: 'Ehrenamtliche Fahrerinnen und Fahrer steuern einen Kleinbus, der Dörfer ohne Linienverkehr mit Arztpraxen, Markt und Bahnhof verbindet.',
    plan: 'Ehrenamtliche Fahrerinnen und Fahrer sollen einen Kleinbus steuern, der Dörfer ohne Linienverkehr mit Arztpraxen, Markt und Bahnhof verbindet, nach festem Plan und auf Anruf. Mit dem Verkehrsverbund laufen Gespräche über Fahrplan und Versicherung.',
    detail:
      'Der Bürgerbus fährt nach festem Plan und auf Anruf. Die Fahrerinnen und Fahrer sind meist im Ruhestand und kennen ihre Fahrgäste mit Namen.',
    result: 'Der Verkehrsverbund hat den Bus in seine Fahrplanauskunft aufgenommen.',
    easy: ['Ein kleiner Bus fährt in die Dörfer.', 'Ehrenamtliche fahren den Bus.', 'Man kommt zum Arzt und zum Einkaufen.'],
  },
  {
    titles: ['Lastenrad-Verleih {place}', 'Freie Lastenräder {place}'],
    topics: ['mobilitaet', 'klima-umwelt', 'zusammenhalt'],
    sdgs: [11, 13],
    what: 'Ein kostenloser Verleih von Lastenrädern, die in Läden, Bibliotheken und Vereinen stehen und online gebucht werden.',
    plan: 'Lastenräder sollen an festen Stationen in Läden, Bibliotheken und Vereinen stehen und kostenlos online buchbar sein, eines davon mit Rollstuhlplattform. Reparaturen sollen Spenden finanzieren.',
    detail: 'Sechs Räder, darunter eines mit Rollstuhlplattform, stehen an festen Stationen. Die Ausleihe ist kostenlos, Spenden finanzieren Reparaturen.',
    result: 'Die Räder sind an Wochenenden fast immer ausgebucht, zwei neue Stationen kommen dazu.',
    easy: ['Man kann ein Lastenrad ausleihen.', 'Das kostet nichts.', 'Man bucht es im Internet.'],
  },
  {
    titles: ['Dorfauto {place}', 'E-Carsharing im Dorf {place}'],
    topics: ['mobilitaet', 'laendlicher-raum', 'klima-umwelt'],
    sdgs: [7, 11, 13],
    where: 'dorf',
    what: 'Ein elektrisches Dorfauto, das Bürgerinnen und Bürger per App oder Telefon buchen und mit Solarstrom vom Gemeindedach laden.',
    plan: 'Ein elektrisches Dorfauto soll per App oder Telefon buchbar sein und mit Solarstrom vom Gemeindedach laden. Betreiben soll es ein Verein, die Gemeinde will Stellplatz und Ladesäule stellen; für Menschen ohne Führerschein ist ein ehrenamtlicher Fahrdienst geplant.',
    detail:
      'Das Auto wird von einem Verein betrieben, die Gemeinde stellt Stellplatz und Ladesäule. Für Menschen ohne Führerschein gibt es einen ehrenamtlichen Fahrdienst mit demselben Auto.',
    result: 'Das Auto ist an den meisten Tagen gebucht, ein zweites ist bestellt.',
    easy: ['Im Dorf gibt es ein Auto für alle.', 'Man kann es buchen.', 'Es fährt mit Strom.'],
  },
  {
    titles: ['Rikscha-Fahrdienst für Ältere {place}'],
    topics: ['mobilitaet', 'alter-pflege', 'engagement'],
    sdgs: [3, 11],
    what: 'Freiwillige fahren Bewohnerinnen und Bewohner von Pflegeheimen mit einer Fahrrad-Rikscha durch Park und Stadt.',
    plan: 'Freiwillige sollen Bewohnerinnen und Bewohner von Pflegeheimen mit einer Fahrrad-Rikscha durch Park und Stadt fahren. Die erste Rikscha soll über eine Crowdfunding-Kampagne finanziert werden, die ersten Fahrerinnen und Fahrer werden gerade geschult.',
    detail: 'Wind in den Haaren, der Markt, der alte Arbeitsweg: Die Ausfahrten sind für viele der schönste Termin der Woche.',
    result: 'Über eine Crowdfunding-Kampagne kamen zwei weitere Rikschas dazu; inzwischen fahren drei.',
    easy: ['Ältere Menschen fahren in einer Rikscha.', 'Freiwillige fahren das Rad.', 'So kommen sie nach draußen.'],
  },
];

/**
 * The second paragraph: who carries the initiative. `{org}`/`{Org}` name the organisation with its article
 * ("der Impact Hub Leipzig"), `{vonOrg}` and `{beiOrg}` after a preposition ("vom Impact Hub Leipzig");
 * also `{title}`, `{place}`, `{n}`, `{in}`.
 */
export const TEAM_PARAGRAPHS = [
  'Getragen wird das Vorhaben {vonOrg} gemeinsam mit {n} Ehrenamtlichen aus {place} und Umgebung.',
  'Hinter dem Projekt „{title}“ steht ein Team aus {n} Engagierten, unterstützt {vonOrg}.',
  'Die Idee entstand bei einem Netzwerktreffen von SINN {in}; Träger ist {org}.',
  '{Org} hat das Projekt angestoßen und bringt Erfahrung, Räume und Versicherungsschutz ein; die {n} Aktiven steuern ihre Zeit und ihre Ideen bei.',
  'Das Kernteam besteht aus {n} Menschen mit ganz unterschiedlichen Berufen; organisatorisch ist das Projekt {beiOrg} angesiedelt.',
];

/** The third paragraph, by stage. `{year}` is the year it started; none of the idea's may claim a track record. */
export const STAGE_PARAGRAPHS: Record<StageId, string[]> = {
  idee: [
    'Noch steht das Vorhaben am Anfang: Das Team sammelt Mitstreiterinnen und Mitstreiter, spricht mit der Verwaltung und klärt, was es für den Start braucht.',
    'Die Idee ist ausgearbeitet, im kommenden Jahr soll es losgehen. Gesucht werden jetzt Partner und eine Anschubfinanzierung.',
    'Im Moment führt das Team Gespräche mit möglichen Partnern und rechnet durch, was das Vorhaben kosten wird. Losgehen soll es, sobald die Anschubfinanzierung steht.',
  ],
  pilot: [
    'Seit {year} läuft eine Pilotphase. Die ersten Erfahrungen fließen in ein Konzept, das auch andere Orte übernehmen können.',
    'Im Pilotjahr {year} hat das Team gelernt, was funktioniert und was nicht, und das Angebot zweimal umgebaut.',
    'Die ersten Monate der Erprobung sind geschafft: Das Team wertet gerade aus, was gut lief, und entscheidet, wie es nach der Pilotphase weitergeht.',
  ],
  wachstum: [
    'Nach erfolgreicher Pilotphase will das Team das Angebot {in} an weiteren Orten anbieten und sucht dafür Kooperationspartner.',
    'Seit {year} ist das Projekt stark gewachsen; jetzt geht es darum, Strukturen zu schaffen, die nicht vom Engagement Einzelner abhängen.',
    'Die Nachfrage ist größer als gedacht: Seit {year} hat sich die Zahl der Aktiven verdoppelt, eine zweite Gruppe ist in Vorbereitung.',
  ],
  etabliert: [
    'Das Angebot besteht seit {year} und ist aus {place} nicht mehr wegzudenken. Die Finanzierung ist über mehrere Jahre gesichert.',
    'Seit {year} ist das Projekt fester Teil der sozialen Landschaft {in} und berät inzwischen Nachahmerinnen und Nachahmer in ganz Sachsen.',
    'Was {year} als kleine Initiative begann, ist heute eine feste Größe mit verlässlicher Finanzierung und einem eingespielten Team.',
  ],
};

/** An optional closing paragraph, for the stages it fits. */
export const CLOSING_PARAGRAPHS: { text: string; stages: StageId[] }[] = [
  { text: 'Im SINNkubator hat das Team mit einer Mentorin an Geschäftsmodell und Wirkungsmessung gearbeitet.', stages: ['idee', 'pilot', 'wachstum', 'etabliert'] },
  { text: 'Wer mitmachen möchte, ist herzlich eingeladen: Gebraucht werden Menschen, die ein paar Stunden im Monat Zeit haben.', stages: ['idee', 'pilot', 'wachstum', 'etabliert'] },
  { text: 'Für den Start bewirbt sich das Team um eine Förderung aus Mitteln des Freistaates und sammelt Spenden.', stages: ['idee'] },
  { text: 'Finanziert wird das Vorhaben aus Spenden, Mitgliedsbeiträgen und einer Förderung aus Mitteln des Freistaates.', stages: ['pilot', 'wachstum', 'etabliert'] },
  { text: 'Bei der SINN-Roadshow {in} hat das Team Partner aus Verwaltung und Wohlfahrt gefunden.', stages: ['idee', 'pilot', 'wachstum', 'etabliert'] },
  { text: 'Das Team teilt seine Erfahrungen gern und hat einen Leitfaden für Nachahmerinnen und Nachahmer veröffentlicht.', stages: ['wachstum', 'etabliert'] },
  { text: 'Eine Studienreise mit SINN hat das Team auf neue Ideen gebracht, die jetzt ausprobiert werden.', stages: ['pilot', 'wachstum', 'etabliert'] },
];

/** Closing sentences of the Leichte-Sprache summaries; an idea has no door to knock on yet. */
export const EASY_CLOSINGS: { text: string; stages: StageId[] }[] = [
  { text: 'Jeder kann mitmachen.', stages: ['idee', 'pilot', 'wachstum', 'etabliert'] },
  { text: 'Sie können gerne vorbeikommen.', stages: ['pilot', 'wachstum', 'etabliert'] },
  { text: 'Alle sind willkommen.', stages: ['pilot', 'wachstum', 'etabliert'] },
  { text: 'Sie können anrufen und fragen.', stages: ['idee', 'pilot', 'wachstum', 'etabliert'] },
  { text: 'Das Team sucht noch Helferinnen und Helfer.', stages: ['idee', 'pilot'] },
];
