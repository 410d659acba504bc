// What the demo initiatives are about. Each concept is a kind of social innovation seen across Saxony; the
// generator places it in a town and adds paragraphs about its team and stage. Placeholders: {place} (town or
// city district), {area} (the landscape), {river}, {in} ("im Landkreis Bautzen").
import type { SdgId, StageId, TopicId } from '@sinn/sdk';

export interface Concept {
  /** Title patterns. */
  titles: string[];
  /** The first topic is the concept's own; one or two more may be added from the rest. */
  topics: TopicId[];
  /** The SDGs it serves, most direct first. */
  sdgs: SdgId[];
  /** One sentence for the teaser. */
  what: string;
  /** The first paragraph of the description. */
  detail: string;
  /** Leichte Sprache: short sentences, one statement each. */
  easy: string[];
}

export const CONCEPTS: Concept[] = [
  // Arbeit
  {
    titles: ['Inklusives Café {place}', 'Café Miteinander {place}'],
    topics: ['arbeit', 'inklusion', 'zusammenhalt'],
    sdgs: [8, 10],
    what: 'Ein Café, in dem Menschen mit und ohne Behinderung gemeinsam arbeiten, backen und Gäste bewirten.',
    detail:
      'Im Café arbeiten zwölf Beschäftigte mit und ohne Behinderung zu tariflichen Löhnen. Der Kuchen kommt aus der eigenen Backstube, der Kaffee von einer Rösterei {in}. Mittags gibt es einen Tisch, an dem niemand allein essen muss.',
    easy: ['Das Café ist in {place}.', 'Hier arbeiten Menschen mit Behinderung.', 'Hier arbeiten auch Menschen ohne Behinderung.', 'Alle bekommen einen richtigen Lohn.'],
  },
  {
    titles: ['Jobpaten {place}', 'Jobpatenschaften für Geflüchtete in {place}'],
    topics: ['arbeit', 'migration-teilhabe', 'engagement'],
    sdgs: [8, 10, 4],
    what: 'Berufserfahrene Ehrenamtliche begleiten Geflüchtete ein Jahr lang auf dem Weg in Ausbildung und Arbeit.',
    detail:
      'Jede Patenschaft beginnt mit einem Kennenlernen im Stadtteilbüro. Die Patinnen und Paten helfen bei Bewerbungen, üben Vorstellungsgespräche und öffnen Türen zu Betrieben, die sie aus ihrem eigenen Berufsleben kennen. Handwerksbetriebe {in} melden inzwischen selbst freie Ausbildungsplätze.',
    easy: ['Menschen aus anderen Ländern suchen Arbeit.', 'Eine Patin oder ein Pate hilft dabei.', 'Sie schreiben zusammen Bewerbungen.', 'Die Hilfe ist kostenlos.'],
  },
  {
    titles: ['Sozialkaufhaus {place}', 'Kaufhaus der zweiten Chance {place}'],
    topics: ['arbeit', 'klima-umwelt', 'zusammenhalt'],
    sdgs: [8, 12, 1],
    what: 'Ein Gebrauchtwarenkaufhaus, das Möbel und Hausrat weitergibt und langzeitarbeitslosen Menschen eine Qualifizierung bietet.',
    detail:
      'Gespendete Möbel, Geschirr und Elektrogeräte werden geprüft, aufgearbeitet und günstig verkauft. Wer lange ohne Arbeit war, lernt in Lager, Werkstatt und Verkauf und erhält am Ende ein Zertifikat, das Arbeitgeber {in} anerkennen.',
    easy: ['Im Kaufhaus gibt es gebrauchte Sachen.', 'Die Sachen sind günstig.', 'Menschen ohne Arbeit lernen hier einen Beruf.'],
  },
  {
    titles: ['Fahrradwerkstatt {place}', 'Zweirad-Werkstatt mit Perspektive {place}'],
    topics: ['arbeit', 'mobilitaet', 'klima-umwelt'],
    sdgs: [8, 11, 13],
    what: 'Eine Fahrradwerkstatt, in der junge Erwachsene ohne Berufsabschluss Räder reparieren und dabei einen Einstieg ins Handwerk finden.',
    detail:
      'Alte Räder aus Kellern und Fundbüros werden zerlegt, repariert und an Familien mit wenig Geld weitergegeben. Die Teilnehmenden arbeiten mit einem Zweiradmechanikermeister und bereiten sich auf eine Ausbildung vor.',
    easy: ['In der Werkstatt werden Fahrräder repariert.', 'Junge Menschen lernen dabei einen Beruf.', 'Die Räder bekommen Familien mit wenig Geld.'],
  },
  {
    titles: ['Dorf-Coworking {place}', 'Coworking auf dem Land: {place}'],
    topics: ['arbeit', 'laendlicher-raum', 'digitalisierung'],
    sdgs: [8, 9, 11],
    what: 'Ein Coworking-Space im alten Bahnhofsgebäude, damit Pendlerinnen und Pendler an zwei Tagen in der Woche im Ort arbeiten können.',
    detail:
      'Zwölf Arbeitsplätze mit schnellem Internet, ein Besprechungsraum und eine Kinderecke: Der Coworking-Space bringt Leben in ein Gebäude, das lange leer stand. Nebenbei ist er Treffpunkt für Vereine und Ort für Abendveranstaltungen.',
    easy: ['Viele Menschen fahren weit zur Arbeit.', 'Im Coworking-Space können sie im Dorf arbeiten.', 'Das spart Zeit.'],
  },
  // Alter und Pflege
  {
    titles: ['Pflege-Lotsen {place}', 'Pflege-Lotsinnen und -Lotsen {area}'],
    topics: ['alter-pflege', 'gesundheit', 'engagement'],
    sdgs: [3, 10],
    what: 'Geschulte Ehrenamtliche lotsen pflegende Angehörige durch Anträge, Pflegegrade und Entlastungsangebote.',
    detail:
      'Wenn ein Elternteil plötzlich pflegebedürftig wird, stehen Familien vor einem Berg von Formularen. Die Pflege-Lotsen kommen nach Hause, erklären den Weg zum Pflegegrad und kennen die Entlastungsangebote {in}. Geschult werden sie von Fachkräften der Wohlfahrtsverbände.',
    easy: ['Manche Menschen brauchen Pflege.', 'Ihre Familien haben viele Fragen.', 'Die Pflege-Lotsen helfen bei Anträgen.', 'Sie kommen auch nach Hause.'],
  },
  {
    titles: ['Digital-Paten für Senioren {place}', 'Digitalpaten {place}: Sicher ins Netz'],
    topics: ['alter-pflege', 'digitalisierung', 'bildung'],
    sdgs: [4, 10, 3],
    what: 'Jugendliche und junge Erwachsene erklären älteren Menschen Smartphone, Videotelefonie und Online-Banking, in Ruhe und so oft wie nötig.',
    detail:
      'Jeden Donnerstag öffnet die Handy-Sprechstunde in der Bibliothek. Schülerinnen und Schüler der Oberschule sitzen mit Seniorinnen und Senioren zusammen, richten Messenger ein und üben, wie man einen Arzttermin online bucht. Beide Seiten lernen voneinander.',
    easy: ['Junge Menschen helfen älteren Menschen.', 'Sie erklären das Handy.', 'Sie üben zusammen Video-Anrufe.', 'Man darf alles fragen.'],
  },
  {
    titles: ['Senioren-WG {place}', 'Gemeinsam statt einsam: Senioren-Wohngemeinschaft {place}'],
    topics: ['alter-pflege', 'wohnen', 'zusammenhalt'],
    sdgs: [11, 3],
    what: 'Eine ambulant betreute Wohngemeinschaft, in der acht ältere Menschen selbstbestimmt zusammenleben statt ins Heim zu ziehen.',
    detail:
      'Die Bewohnerinnen und Bewohner haben eigene Zimmer und teilen sich Küche, Wohnzimmer und Garten. Ein Pflegedienst kommt nach Bedarf, den Alltag organisiert die Gemeinschaft mit den Angehörigen selbst.',
    easy: ['Ältere Menschen wohnen hier zusammen.', 'Jeder hat ein eigenes Zimmer.', 'Die Küche teilen sich alle.', 'Ein Pflegedienst hilft.'],
  },
  {
    titles: ['Tanzcafé für Menschen mit Demenz {place}', 'Demenz-Tanzcafé {place}'],
    topics: ['alter-pflege', 'gesundheit', 'inklusion'],
    sdgs: [3, 10],
    what: 'Ein monatliches Tanzcafé, in dem Menschen mit Demenz und ihre Angehörigen einen unbeschwerten Nachmittag mit Musik erleben.',
    detail:
      'Live-Musik mit Schlagern und Volksliedern, Kaffee und Kuchen, geschulte Begleiterinnen und Begleiter: Im Tanzcafé steht nicht die Krankheit im Mittelpunkt, sondern die Freude an der Bewegung. Angehörige finden Zeit für Gespräche untereinander.',
    easy: ['Menschen mit Demenz vergessen viel.', 'Musik und Tanz machen ihnen Freude.', 'Im Tanzcafé tanzen alle zusammen.'],
  },
  {
    titles: ['Auszeit für pflegende Angehörige {place}', 'Entlastungsnetz pflegende Angehörige {area}'],
    topics: ['alter-pflege', 'familie-kinder', 'gesundheit'],
    sdgs: [3, 5],
    what: 'Ein Netz aus Ehrenamtlichen, das pflegenden Angehörigen regelmäßig ein paar freie Stunden verschafft.',
    detail:
      'Die meisten pflegenden Angehörigen sind Frauen, viele arbeiten nebenbei. Das Entlastungsnetz vermittelt Ehrenamtliche, die stundenweise übernehmen, und organisiert Gesprächsgruppen, in denen Angehörige Kraft schöpfen.',
    easy: ['Manche Menschen pflegen ihre Eltern.', 'Das ist anstrengend.', 'Helferinnen und Helfer kommen für ein paar Stunden.', 'Dann haben die Angehörigen frei.'],
  },
  // Gesundheit
  {
    titles: ['Mobile Gemeindeschwester {area}', 'Gemeindeschwester 2.0 {place}'],
    topics: ['gesundheit', 'laendlicher-raum', 'alter-pflege'],
    sdgs: [3, 10],
    what: 'Eine Gemeindeschwester besucht ältere Menschen in Dörfern ohne Arztpraxis, berät zu Gesundheit und vermittelt Hilfe.',
    detail:
      'Die nächste Hausarztpraxis ist oft zwanzig Kilometer entfernt. Die Gemeindeschwester fährt feste Touren, misst Blutdruck, schaut nach Medikamenten und bemerkt früh, wenn jemand Unterstützung braucht. Sie arbeitet eng mit Praxen und Pflegediensten {in} zusammen.',
    easy: ['Auf dem Dorf gibt es oft keinen Arzt.', 'Die Gemeindeschwester kommt zu den Menschen.', 'Sie hilft bei Fragen zur Gesundheit.'],
  },
  {
    titles: ['Gesundheitskiosk {place}'],
    topics: ['gesundheit', 'migration-teilhabe', 'zusammenhalt'],
    sdgs: [3, 10, 1],
    what: 'Eine niedrigschwellige Anlaufstelle im Stadtteil, die mehrsprachig zu Gesundheitsfragen berät und den Weg ins Gesundheitssystem ebnet.',
    detail:
      'Im Gesundheitskiosk beraten Pflegefachkräfte auf Deutsch, Arabisch, Russisch und Vietnamesisch. Sie erklären Befunde, helfen bei der Suche nach einer Praxis und bieten Kurse zu Ernährung und Bewegung an.',
    easy: ['Der Gesundheitskiosk ist ein Beratungsort.', 'Man kann Fragen zur Gesundheit stellen.', 'Die Beratung gibt es in vielen Sprachen.'],
  },
  {
    titles: ['Telemedizin-Station {place}'],
    topics: ['gesundheit', 'digitalisierung', 'laendlicher-raum'],
    sdgs: [3, 9],
    what: 'Eine Telemedizin-Station im Gemeindehaus, an der eine Fachkraft Videosprechstunden mit Fachärztinnen und Fachärzten begleitet.',
    detail:
      'Statt eine Stunde mit dem Bus in die Kreisstadt zu fahren, gehen Patientinnen und Patienten ins Gemeindehaus. Eine medizinische Fachangestellte misst Werte und stellt die Verbindung zur Praxis her.',
    easy: ['Im Gemeindehaus steht ein Computer.', 'Damit spricht man mit einer Ärztin.', 'Eine Helferin ist dabei.'],
  },
  {
    titles: ['Bewegungspark für alle Generationen {place}'],
    topics: ['gesundheit', 'zusammenhalt', 'inklusion'],
    sdgs: [3, 11],
    what: 'Ein Bewegungspark mit Geräten für Kinder, Erwachsene und Menschen im Rollstuhl, geplant mit der Nachbarschaft.',
    detail:
      'Auf einer ehemaligen Brachfläche entstehen Balancierbalken, Trimm-dich-Geräte und ein rollstuhlgerechter Parcours. Sportvereine bieten kostenlose Kurse an, Schulklassen nutzen den Park vormittags.',
    easy: ['Im Park gibt es Sport-Geräte.', 'Alle können sie nutzen.', 'Auch Menschen im Rollstuhl.'],
  },
  {
    titles: ['Mental-Health-Peers {place}', 'Erste Hilfe für die Seele {place}'],
    topics: ['gesundheit', 'familie-kinder', 'bildung'],
    sdgs: [3, 4],
    what: 'Jugendliche werden zu Ansprechpersonen für seelische Gesundheit ausgebildet und helfen Gleichaltrigen, Hilfe zu finden.',
    detail:
      'Wartezeiten auf einen Therapieplatz sind lang. Die Peers lernen in einem Wochenendkurs, Warnzeichen zu erkennen, zuzuhören und an Beratungsstellen zu vermitteln. Schulsozialarbeit und Jugendhilfe {in} begleiten sie.',
    easy: ['Manchen jungen Menschen geht es seelisch schlecht.', 'Andere Jugendliche hören ihnen zu.', 'Sie zeigen, wo es Hilfe gibt.'],
  },
  // Zusammenhalt
  {
    titles: ['Nachbarschaftshilfe {place}', 'Nachbarn für Nachbarn {place}'],
    topics: ['zusammenhalt', 'engagement', 'alter-pflege'],
    sdgs: [11, 10, 17],
    what: 'Eine Nachbarschaftshilfe, die Einkäufe, Fahrdienste und kleine Reparaturen zwischen Nachbarinnen und Nachbarn vermittelt.',
    detail:
      'Über ein Telefon, das reihum betreut wird, und eine einfache Website melden sich Menschen, die Hilfe brauchen oder anbieten. Aus vielen Einsätzen sind Freundschaften geworden. Einmal im Monat trifft sich die Nachbarschaft zum Kaffee.',
    easy: ['Nachbarn helfen einander.', 'Sie kaufen ein oder fahren zum Arzt.', 'Man kann anrufen und um Hilfe bitten.'],
  },
  {
    titles: ['Mittagstisch für alle {place}', 'Tafel-Café {place}'],
    topics: ['zusammenhalt', 'gesundheit', 'klima-umwelt'],
    sdgs: [2, 1, 10],
    what: 'Ein Mittagstisch, an dem jeder zahlt, was er kann, und gerettete Lebensmittel zu warmen Mahlzeiten werden.',
    detail:
      'Köchinnen und Köche im Ruhestand kochen mit Lebensmitteln, die Supermärkte nicht mehr verkaufen. An langen Tischen sitzen Rentnerinnen, Studierende und Familien nebeneinander. Der Preis ist eine Empfehlung, niemand wird gefragt.',
    easy: ['Hier gibt es warmes Mittagessen.', 'Jeder zahlt so viel er kann.', 'Alle essen zusammen.'],
  },
  {
    titles: ['Erzählcafé {place}', 'Zeitzeugen-Erzählcafé {area}'],
    topics: ['zusammenhalt', 'bildung', 'alter-pflege'],
    sdgs: [16, 4],
    what: 'Ein Erzählcafé, in dem Ältere von Wendezeit, Betriebsschließungen und Neuanfängen erzählen und Jüngere Fragen stellen.',
    detail:
      'Jedes Treffen hat ein Thema: die Arbeit im Betrieb, die Zeit um 1990, das Leben auf dem Dorf. Die Geschichten werden mit Zustimmung aufgezeichnet und gehen als Hörstücke an Schulen {in}.',
    easy: ['Ältere Menschen erzählen aus ihrem Leben.', 'Jüngere Menschen hören zu.', 'Alle können Fragen stellen.'],
  },
  {
    titles: ['Streitkultur-Werkstatt {place}', 'Dorfgespräch {place}'],
    topics: ['zusammenhalt', 'engagement', 'bildung'],
    sdgs: [16, 17],
    what: 'Moderierte Gesprächsabende, an denen Menschen mit unterschiedlichen Meinungen über Themen ihres Ortes sprechen, ohne sich anzuschreien.',
    detail:
      'Ausgebildete Moderatorinnen und Moderatoren sorgen für Regeln, die alle einhalten: ausreden lassen, nachfragen, zuhören. Aus den Abenden sind konkrete Vorschläge an den Gemeinderat entstanden, etwa zu Spielplätzen und Busverbindungen.',
    easy: ['Menschen haben verschiedene Meinungen.', 'Bei den Treffen reden sie darüber.', 'Alle hören einander zu.'],
  },
  {
    titles: ['Gemeinschaftsgarten {place}'],
    topics: ['zusammenhalt', 'klima-umwelt', 'familie-kinder'],
    sdgs: [11, 2, 15],
    what: 'Ein Gemeinschaftsgarten zwischen Plattenbauten, in dem Nachbarinnen und Nachbarn Gemüse ziehen und Feste feiern.',
    detail:
      'Auf einer Wiese, die früher niemand betrat, stehen heute Hochbeete, ein Gewächshaus aus alten Fenstern und ein Lehmofen. Kitas aus der Umgebung haben eigene Beete.',
    easy: ['Im Garten wächst Gemüse.', 'Nachbarn arbeiten hier zusammen.', 'Kinder haben eigene Beete.'],
  },
  // Wohnen
  {
    titles: ['Wohnprojekt {place}', 'Generationen-Wohnprojekt {place}'],
    topics: ['wohnen', 'genossenschaften', 'alter-pflege'],
    sdgs: [11, 10],
    what: 'Ein Wohnprojekt, in dem Familien, Alleinerziehende und Ältere ein leerstehendes Gebäude gemeinsam umbauen und bewohnen.',
    detail:
      'Die Gruppe hat ein ehemaliges Schulgebäude erworben und baut es in Eigenleistung zu vierzehn Wohnungen um. Ein Gemeinschaftsraum, eine Werkstatt und ein Gästezimmer stehen allen offen. Die Mieten bleiben dauerhaft unter dem örtlichen Durchschnitt.',
    easy: ['Verschiedene Menschen wohnen hier zusammen.', 'Familien und ältere Menschen.', 'Sie helfen einander im Alltag.', 'Die Miete ist günstig.'],
  },
  {
    titles: ['Wohnen für Hilfe {place}'],
    topics: ['wohnen', 'alter-pflege', 'bildung'],
    sdgs: [11, 10, 4],
    what: 'Ältere Menschen mit großer Wohnung bieten Studierenden und Auszubildenden ein Zimmer gegen Hilfe im Alltag an.',
    detail:
      'Die Faustregel: eine Stunde Hilfe im Monat pro Quadratmeter Wohnraum. Die Vermittlungsstelle bringt passende Paare zusammen, klärt Erwartungen und ist bei Fragen erreichbar. Gepflegt wird nicht, geholfen schon: beim Einkauf, im Garten, am Computer.',
    easy: ['Ältere Menschen haben ein freies Zimmer.', 'Junge Menschen wohnen dort.', 'Sie helfen dafür im Haushalt.'],
  },
  {
    titles: ['Leerstand beleben {place}', 'Ladenleerstand wird Nachbarschaftstreff {place}'],
    topics: ['wohnen', 'laendlicher-raum', 'zusammenhalt'],
    sdgs: [11, 8],
    what: 'Leere Ladenlokale in der Innenstadt werden zu Treffpunkten, Ateliers und Probeläden für Gründerinnen und Gründer.',
    detail:
      'Eigentümerinnen und Eigentümer überlassen Läden für eine geringe Nutzungsgebühr, die Initiative kümmert sich um Reinigung, Versicherung und Programm. In einem Jahr wurden sieben Schaufenster wieder hell.',
    easy: ['In der Stadt stehen Läden leer.', 'Die Initiative füllt sie mit Leben.', 'Dort gibt es Treffen und kleine Geschäfte.'],
  },
  {
    titles: ['Housing First {place}'],
    topics: ['wohnen', 'gesundheit', 'inklusion'],
    sdgs: [1, 11, 10],
    what: 'Wohnungslose Menschen erhalten zuerst eine eigene Wohnung mit Mietvertrag und danach Unterstützung, so viel sie möchten.',
    detail:
      'Das Projekt mietet Wohnungen bei kommunalen Wohnungsgesellschaften an und vermittelt sie ohne Vorbedingungen. Sozialarbeiterinnen und Sozialarbeiter begleiten freiwillig. Fast alle Mieterinnen und Mieter wohnen nach einem Jahr noch in ihrer Wohnung.',
    easy: ['Manche Menschen haben keine Wohnung.', 'Hier bekommen sie zuerst eine Wohnung.', 'Danach gibt es Hilfe.'],
  },
  {
    titles: ['Azubi-Wohnen {place}', 'Wohnraumbörse für Auszubildende {area}'],
    topics: ['wohnen', 'arbeit', 'laendlicher-raum'],
    sdgs: [11, 4, 8],
    what: 'Bezahlbare Zimmer für Auszubildende, damit junge Menschen eine Lehre im ländlichen Raum nicht am Wohnort scheitern lassen.',
    detail:
      'Betriebe, Kommune und ein Wohnungsunternehmen haben gemeinsam ein Haus mit zwanzig möblierten Zimmern hergerichtet. Eine Hausmentorin hilft beim Ankommen, ein Gemeinschaftsraum ersetzt die WG-Küche.',
    easy: ['Junge Menschen machen eine Ausbildung.', 'Sie brauchen ein Zimmer.', 'Hier gibt es günstige Zimmer.'],
  },
  // Inklusion
  {
    titles: ['Inklusive Theatergruppe {place}', 'Theater ohne Grenzen {place}'],
    topics: ['inklusion', 'bildung', 'zusammenhalt'],
    sdgs: [10, 4],
    what: 'Eine Theatergruppe, in der Menschen mit und ohne Behinderung gemeinsam Stücke entwickeln und auf die Bühne bringen.',
    detail:
      'Die Stücke entstehen aus Improvisationen der Gruppe und handeln vom Alltag der Spielerinnen und Spieler. Aufführungen gibt es mit Audiodeskription und Gebärdensprache.',
    easy: ['Hier spielen Menschen Theater.', 'Menschen mit und ohne Behinderung.', 'Alle können zuschauen.'],
  },
  {
    titles: ['Stadtplan barrierefrei {place}', 'Barrierefrei-Check {place}'],
    topics: ['inklusion', 'digitalisierung', 'mobilitaet'],
    sdgs: [10, 11],
    what: 'Freiwillige prüfen Arztpraxen, Geschäfte und Haltestellen auf Barrieren und tragen die Ergebnisse in eine offene Karte ein.',
    detail:
      'Mit Maßband, Checkliste und Smartphone erfassen Teams aus Rollstuhlnutzenden, Blinden und Sehenden Stufen, Türbreiten und Toiletten. Die Daten stehen unter freier Lizenz und fließen in bekannte Kartendienste.',
    easy: ['Manche Orte haben Stufen.', 'Das ist schwer für Menschen im Rollstuhl.', 'Die Karte zeigt, wo es keine Stufen gibt.'],
  },
  {
    titles: ['Büro für Leichte Sprache {area}', 'Leichte-Sprache-Büro {place}'],
    topics: ['inklusion', 'bildung', 'engagement'],
    sdgs: [10, 4, 16],
    what: 'Ein Büro, in dem Menschen mit Lernschwierigkeiten als Prüferinnen und Prüfer Texte von Behörden und Vereinen in Leichte Sprache bringen.',
    detail:
      'Die Prüfgruppe arbeitet gegen Honorar und entscheidet selbst, wann ein Text verständlich ist. Auftraggeber sind Landratsamt, Stadtwerke und Vereine {in}.',
    easy: ['Manche Texte sind schwer.', 'Das Büro macht sie leicht.', 'Menschen mit Lernschwierigkeiten prüfen die Texte.'],
  },
  {
    titles: ['Inklusionssport {place}', 'Sport für alle {place}'],
    topics: ['inklusion', 'gesundheit', 'familie-kinder'],
    sdgs: [3, 10],
    what: 'Ein Sportverein öffnet alle Gruppen für Kinder mit Behinderung und bildet Übungsleiterinnen und Übungsleiter dafür aus.',
    detail:
      'Statt einer eigenen Behindertensportgruppe trainieren alle zusammen: Fußball, Schwimmen, Klettern. Assistenzkräfte begleiten, wo es nötig ist, und die Trainerinnen und Trainer lernen in Fortbildungen, Übungen anzupassen.',
    easy: ['Im Sportverein machen alle Kinder mit.', 'Auch Kinder mit Behinderung.', 'Sie trainieren zusammen.'],
  },
  // Bildung
  {
    titles: ['Lesepaten {place}', 'Lernpaten {place}'],
    topics: ['bildung', 'familie-kinder', 'engagement'],
    sdgs: [4, 10],
    what: 'Ehrenamtliche Lernpatinnen und Lernpaten lesen und lernen einmal pro Woche mit Grundschulkindern, die zu Hause wenig Unterstützung haben.',
    detail:
      'Die Patenschaften laufen mindestens ein Schuljahr. Die Schule stellt einen Raum, die Initiative schult die Ehrenamtlichen und hält Kontakt zu Eltern und Lehrkräften.',
    easy: ['Kinder lernen mit einer Patin oder einem Paten.', 'Sie lesen zusammen Bücher.', 'Sie treffen sich jede Woche.'],
  },
  {
    titles: ['Schülerfirma Nachhaltig {place}', 'Schülerfirma Fairer Pausenhof {place}'],
    topics: ['bildung', 'sozialunternehmertum', 'klima-umwelt'],
    sdgs: [4, 12, 8],
    what: 'Eine Schülerfirma, die fair gehandelte Pausensnacks verkauft und mit dem Gewinn Umweltprojekte der Schule finanziert.',
    detail:
      'Die Schülerinnen und Schüler führen Buch, verhandeln mit Lieferanten {in} und entscheiden in der Gesellschafterversammlung über den Gewinn. Eine Mentorin aus einem Sozialunternehmen berät sie.',
    easy: ['Schüler haben eine eigene Firma.', 'Sie verkaufen gesunde Snacks.', 'Das Geld geht an Umwelt-Projekte.'],
  },
  {
    titles: ['Makerspace {place}', 'Offene Werkstatt {place}'],
    topics: ['bildung', 'digitalisierung', 'klima-umwelt'],
    sdgs: [4, 9],
    what: 'Eine offene Werkstatt mit 3D-Druckern, Lasercutter und Elektronik, in der Jugendliche und Erwachsene eigene Ideen bauen.',
    detail:
      'Dienstags ist Jugendabend, samstags Reparaturtag. Ehrenamtliche aus Handwerk und Hochschule geben Einführungen, Material zahlt man zum Selbstkostenpreis.',
    easy: ['In der Werkstatt gibt es viele Maschinen.', 'Man kann eigene Dinge bauen.', 'Jemand erklärt die Maschinen.'],
  },
  {
    titles: ['Bildungsbus {area}', 'Mobile Bibliothek {place}'],
    topics: ['bildung', 'laendlicher-raum', 'mobilitaet'],
    sdgs: [4, 10],
    what: 'Ein umgebauter Linienbus bringt Bücher, Tablets und Lernangebote in Dörfer ohne Bibliothek.',
    detail:
      'Der Bus hält jede Woche an festen Stellen, meist vor Schule oder Dorfgemeinschaftshaus. Neben der Ausleihe gibt es Vorlesestunden, Hausaufgabenhilfe und eine Sprechstunde zu Anträgen.',
    easy: ['Ein Bus fährt in die Dörfer.', 'Im Bus gibt es Bücher.', 'Man kann Bücher ausleihen.'],
  },
  // Engagement
  {
    titles: ['Ehrenamtsbörse {area}', 'Freiwilligenagentur digital {place}'],
    topics: ['engagement', 'digitalisierung', 'zusammenhalt'],
    sdgs: [17, 16],
    what: 'Eine Online-Börse und ein Beratungsbüro bringen Menschen, die sich engagieren wollen, mit Vereinen zusammen, die Unterstützung suchen.',
    detail:
      'Vereine tragen ihre Gesuche ein, Interessierte filtern nach Zeit, Ort und Thema. Wer unsicher ist, kommt in die Sprechstunde. Besonders gefragt sind kurze Einsätze, die sich mit Beruf und Familie vereinbaren lassen.',
    easy: ['Viele Menschen wollen helfen.', 'Viele Vereine brauchen Hilfe.', 'Die Börse bringt beide zusammen.'],
  },
  {
    titles: ['Engagement-Lotsen {place}'],
    topics: ['engagement', 'zusammenhalt', 'laendlicher-raum'],
    sdgs: [17, 11],
    what: 'Engagement-Lotsinnen und -Lotsen beraten Vereine im Ort zu Satzung, Versicherung, Fördermitteln und Nachwuchs im Ehrenamt.',
    detail:
      'Viele Vereinsvorstände sind über siebzig und finden keine Nachfolge. Die Lotsen helfen beim Generationswechsel, vereinfachen Abläufe und vernetzen Vereine, die ähnliche Fragen haben.',
    easy: ['Vereine haben oft Fragen.', 'Die Lotsen helfen ihnen.', 'Die Hilfe ist kostenlos.'],
  },
  {
    titles: ['Jugendfonds {place}', 'Jugendparlament {place}'],
    topics: ['engagement', 'familie-kinder', 'bildung'],
    sdgs: [16, 4],
    what: 'Jugendliche entscheiden selbst über ein Budget für Projekte in ihrem Ort, von der Skateanlage bis zum Kinoabend.',
    detail:
      'Ein Jugendbeirat aus gewählten Vertreterinnen und Vertretern vergibt jedes Jahr Geld aus dem Gemeindehaushalt. Anträge dürfen formlos sein, auch als Video. Die Verwaltung unterstützt bei der Umsetzung.',
    easy: ['Jugendliche bekommen Geld für Projekte.', 'Sie entscheiden selbst.', 'So können sie ihren Ort gestalten.'],
  },
  {
    titles: ['Bürgerstiftung {area}'],
    topics: ['engagement', 'zusammenhalt', 'sozialunternehmertum'],
    sdgs: [17, 1],
    what: 'Eine Bürgerstiftung, in der viele kleine Zustiftungen zu einem Fonds für soziale Projekte der Region werden.',
    detail:
      'Jede Bürgerin und jeder Bürger kann ab fünfzig Euro zustiften. Aus den Erträgen fördert die Stiftung jährlich Projekte, über die ein Beirat aus der Region entscheidet.',
    easy: ['Viele Menschen geben etwas Geld.', 'Zusammen wird es viel Geld.', 'Damit werden gute Projekte bezahlt.'],
  },
  // Genossenschaften
  {
    titles: ['Dorfladen-Genossenschaft {place}', 'Unser Laden {place} eG'],
    topics: ['genossenschaften', 'laendlicher-raum', 'zusammenhalt'],
    sdgs: [11, 2, 8],
    what: 'Ein genossenschaftlich getragener Dorfladen mit regionalen Lebensmitteln, Poststelle und Café.',
    detail:
      'Als der letzte Supermarkt schloss, gründeten über zweihundert Menschen aus dem Ort eine Genossenschaft. Heute verkauft der Laden Brot vom Bäcker nebenan, Milch vom Hof am Ortsrand und ist Treffpunkt für alle Generationen.',
    easy: ['Im Dorf gab es keinen Laden mehr.', 'Die Menschen haben zusammen einen Laden gegründet.', 'Dort gibt es Essen aus der Region.'],
  },
  {
    titles: ['Energiegenossenschaft {area}', 'Bürgersolar {place}'],
    topics: ['genossenschaften', 'klima-umwelt', 'engagement'],
    sdgs: [7, 13, 11],
    what: 'Eine Energiegenossenschaft, die Solaranlagen auf Schul- und Vereinsdächern baut und die Bürgerinnen und Bürger am Ertrag beteiligt.',
    detail:
      'Ein Anteil kostet hundert Euro, damit auch Menschen mit kleinem Einkommen mitmachen können. Der Strom wird vor Ort verbraucht, Überschüsse fließen in einen Fonds gegen Energiearmut.',
    easy: ['Auf Dächern entsteht Strom aus Sonne.', 'Viele Menschen sind Mitglieder.', 'Der Strom ist für den Ort.'],
  },
  {
    titles: ['Sozialgenossenschaft Pflege {area}', 'Pflegegenossenschaft {place}'],
    topics: ['genossenschaften', 'alter-pflege', 'arbeit'],
    sdgs: [3, 8],
    what: 'Pflegekräfte gründen ihre eigene Genossenschaft und organisieren ambulante Pflege mit mehr Zeit pro Besuch.',
    detail:
      'Die Pflegekräfte sind Mitglieder und entscheiden mit über Dienstpläne und Touren. Kleine Teams betreuen feste Gebiete, damit Gepflegte ihre Pflegekraft kennen.',
    easy: ['Pflegekräfte haben eine eigene Firma.', 'Sie entscheiden zusammen.', 'Sie haben mehr Zeit für die Menschen.'],
  },
  {
    titles: ['Gasthof-Genossenschaft {place}', 'Dorfkneipe {place} eG'],
    topics: ['genossenschaften', 'zusammenhalt', 'laendlicher-raum'],
    sdgs: [11, 8],
    what: 'Der letzte Gasthof im Ort wird von einer Genossenschaft gerettet und als Wirtshaus, Saal und Herberge weitergeführt.',
    detail:
      'Der Saal ist wieder Ort für Hochzeiten, Vereinsfeste und Kinoabende. Ein junges Pächterpaar führt die Küche, die Genossinnen und Genossen helfen bei Festen und Renovierung.',
    easy: ['Das Gasthaus im Dorf war zu.', 'Jetzt gehört es vielen Menschen.', 'Es ist wieder offen.'],
  },
  // Sozialunternehmertum
  {
    titles: ['Upcycling-Manufaktur {place}'],
    topics: ['sozialunternehmertum', 'klima-umwelt', 'arbeit'],
    sdgs: [12, 8, 13],
    what: 'Ein Sozialunternehmen, das aus Werbebannern, Feuerwehrschläuchen und Stoffresten Taschen näht und Menschen mit Vermittlungshemmnissen beschäftigt.',
    detail:
      'Die Materialien kommen von Unternehmen und Vereinen {in}, die sie sonst entsorgen würden. Verkauft wird über den eigenen Onlineshop und Läden in Sachsen.',
    easy: ['Aus alten Sachen werden neue Taschen.', 'Menschen ohne Arbeit nähen die Taschen.', 'So entsteht weniger Müll.'],
  },
  {
    titles: ['Inklusive Bäckerei {place}', 'Backstube mit Herz {place}'],
    topics: ['sozialunternehmertum', 'inklusion', 'arbeit'],
    sdgs: [8, 10],
    what: 'Ein Inklusionsbetrieb, in dem Menschen mit und ohne Behinderung Brot nach regionalen Rezepten backen.',
    detail:
      'Die Bäckerei beliefert Kantinen und Kitas und betreibt zwei Filialen. Fast die Hälfte der Beschäftigten hat eine Schwerbehinderung und arbeitet sozialversicherungspflichtig.',
    easy: ['In der Bäckerei backen Menschen Brot.', 'Viele haben eine Behinderung.', 'Alle haben eine richtige Arbeit.'],
  },
  {
    titles: ['Lastenrad-Lieferdienst {place}'],
    topics: ['sozialunternehmertum', 'mobilitaet', 'klima-umwelt'],
    sdgs: [11, 13, 8],
    what: 'Ein Lieferdienst mit Lastenrädern, der Einkäufe von Läden der Innenstadt zu älteren Menschen bringt.',
    detail:
      'Die Fahrerinnen und Fahrer sind fest angestellt. Bestellt wird per Telefon oder App, und wer möchte, bekommt zur Lieferung ein kurzes Gespräch dazu.',
    easy: ['Räder bringen Einkäufe nach Hause.', 'Das ist gut für ältere Menschen.', 'Das ist gut für die Umwelt.'],
  },
  {
    titles: ['Nähwerkstatt für Frauen {place}', 'Fair-Fashion-Werkstatt {place}'],
    topics: ['sozialunternehmertum', 'migration-teilhabe', 'arbeit'],
    sdgs: [5, 8, 12],
    what: 'Eine Nähwerkstatt, in der zugewanderte Frauen ihr Handwerk einbringen, Deutsch lernen und eigenes Einkommen erzielen.',
    detail:
      'Viele der Frauen waren in ihren Herkunftsländern Schneiderinnen. Die Werkstatt nimmt Aufträge von Theatern und Firmen an und bietet Kinderbetreuung während der Arbeitszeit.',
    easy: ['Frauen nähen hier zusammen.', 'Sie lernen dabei Deutsch.', 'Sie verdienen eigenes Geld.'],
  },
  // Ländlicher Raum
  {
    titles: ['Mitfahrbank {area}', 'Mitfahrbänke {place}'],
    topics: ['laendlicher-raum', 'mobilitaet', 'zusammenhalt'],
    sdgs: [11, 10],
    what: 'Bänke an den Ortsausgängen mit Klappschildern: Wer sich setzt, zeigt sein Ziel, und Nachbarn nehmen ihn mit.',
    detail:
      'Zwischen den Dörfern fährt der Bus nur zweimal am Tag. Die Mitfahrbänke füllen die Lücke, vor allem für Ältere und Jugendliche. Eine Versicherung über die Gemeinde deckt die Fahrten ab.',
    easy: ['Am Dorfrand steht eine Bank.', 'Man setzt sich und zeigt ein Schild.', 'Autofahrer nehmen einen mit.'],
  },
  {
    titles: ['Dorfgemeinschaftshaus {place}', 'Dorfzentrum {place}'],
    topics: ['laendlicher-raum', 'zusammenhalt', 'engagement'],
    sdgs: [11, 17],
    what: 'Die alte Schule wird zum Dorfgemeinschaftshaus mit Café, Sprechstunden, Kursen und einem Raum für Jugendliche.',
    detail:
      'Gemeinde, Vereine und Kirchgemeinde teilen sich das Haus. Ein Belegungskalender im Netz und eine Hausmeisterin auf Minijobbasis halten es am Laufen.',
    easy: ['Im Dorf gibt es ein neues Haus für alle.', 'Dort gibt es ein Café.', 'Dort gibt es Kurse.'],
  },
  {
    titles: ['Rollender Dorfladen {area}', 'Mobiler Dorfladen {place}'],
    topics: ['laendlicher-raum', 'alter-pflege', 'mobilitaet'],
    sdgs: [2, 11],
    what: 'Ein Verkaufswagen bringt frische Lebensmittel und einen Schwatz in Dörfer ohne Laden.',
    detail:
      'Der Wagen hält an zwölf Orten pro Woche. Viele Kundinnen und Kunden warten schon vorher am Haltepunkt, der Verkaufswagen ist zum Treffpunkt geworden.',
    easy: ['Ein Wagen verkauft Lebensmittel.', 'Er kommt in die Dörfer.', 'Man muss nicht weit fahren.'],
  },
  {
    titles: ['Rückkehrer-Netzwerk {area}', 'Heimkehr {area}'],
    topics: ['laendlicher-raum', 'arbeit', 'familie-kinder'],
    sdgs: [8, 11],
    what: 'Ein Netzwerk hilft Menschen, die nach Jahren im Westen oder im Ausland zurückkehren wollen, bei Jobsuche, Wohnung und Kita-Platz.',
    detail:
      'Zwischen Weihnachten und Neujahr lädt das Netzwerk zum Rückkehrertag, wenn viele ohnehin bei ihren Eltern sind. Unternehmen stellen sich vor, Kommunen zeigen Bauland und Wohnungen.',
    easy: ['Manche Menschen wollen zurück in ihre Heimat.', 'Das Netzwerk hilft dabei.', 'Es hilft bei Arbeit und Wohnung.'],
  },
  // Digitale Teilhabe
  {
    titles: ['Handy-Sprechstunde {place}', 'Digitalwerkstatt {place}'],
    topics: ['digitalisierung', 'alter-pflege', 'bildung'],
    sdgs: [4, 10],
    what: 'Eine offene Sprechstunde, in der Ehrenamtliche bei Fragen zu Handy, Tablet und Online-Formularen helfen.',
    detail:
      'Ob Impfnachweis, Rentenbescheid oder Foto an die Enkel: Die Ehrenamtlichen nehmen sich Zeit und erklären Schritt für Schritt. Leihgeräte helfen, bevor jemand selbst etwas kauft.',
    easy: ['Man kann Fragen zum Handy stellen.', 'Helferinnen und Helfer erklären alles.', 'Man kann Geräte ausleihen.'],
  },
  {
    titles: ['Dorf-App {place}', 'Digitales Dorf {area}'],
    topics: ['digitalisierung', 'laendlicher-raum', 'zusammenhalt'],
    sdgs: [9, 11],
    what: 'Eine Dorf-App mit Veranstaltungen, Mitfahrgelegenheiten und einem Marktplatz für Nachbarschaftshilfe.',
    detail:
      'Die App ist Open Source und wird von einer Gruppe Ehrenamtlicher gepflegt. Wer kein Smartphone hat, findet die Inhalte auch im Schaukasten und im Amtsblatt.',
    easy: ['Die App ist für das ganze Dorf.', 'Dort stehen Termine.', 'Man kann Hilfe suchen und anbieten.'],
  },
  {
    titles: ['Civic-Tech-Gruppe {place}', 'Open-Data-Labor {area}'],
    topics: ['digitalisierung', 'engagement', 'bildung'],
    sdgs: [9, 16, 17],
    what: 'Ehrenamtliche Entwicklerinnen und Entwickler bauen mit der Verwaltung offene Werkzeuge, etwa einen Kita-Platz-Finder oder eine Karte der Trinkbrunnen.',
    detail:
      'Die Gruppe trifft sich jeden zweiten Dienstag. Die Stadtverwaltung stellt Daten bereit, die Gruppe baut daraus Anwendungen, die allen nutzen.',
    easy: ['Hier treffen sich Menschen, die programmieren.', 'Sie bauen Apps für die Stadt.', 'Die Apps sind kostenlos.'],
  },
  {
    titles: ['Computer für alle {place}', 'Laptop-Spende {area}'],
    topics: ['digitalisierung', 'bildung', 'klima-umwelt'],
    sdgs: [4, 12, 10],
    what: 'Ausgemusterte Firmenlaptops werden sicher gelöscht, aufbereitet und an Schülerinnen und Schüler aus Familien mit wenig Geld verschenkt.',
    detail:
      'Unternehmen {in} spenden ihre Altgeräte, eine Werkstatt für Menschen mit Behinderung bereitet sie auf. Schulsozialarbeiterinnen und Schulsozialarbeiter vermitteln die Geräte.',
    easy: ['Firmen geben alte Laptops ab.', 'Die Laptops werden repariert.', 'Schüler bekommen sie geschenkt.'],
  },
  // Klima und Umwelt
  {
    titles: ['Repair-Café {place}'],
    topics: ['klima-umwelt', 'zusammenhalt', 'engagement'],
    sdgs: [12, 13],
    what: 'Ein offener Reparaturtreff, in dem Ehrenamtliche mit Nachbarinnen und Nachbarn kaputte Toaster, Fahrräder und Kleidung wieder flottmachen.',
    detail:
      'Einmal im Monat verwandelt sich das Gemeindezentrum in eine Werkstatt. Elektrikerinnen, Schneider und Fahrradbastler helfen, die Besucherinnen und Besucher schrauben selbst mit. Was nicht mehr zu retten ist, wird fachgerecht entsorgt.',
    easy: ['Im Repair-Café werden Sachen repariert.', 'Man bringt etwas Kaputtes mit.', 'Helfer reparieren es zusammen mit einem.', 'Das spart Geld und Müll.'],
  },
  {
    titles: ['Streuobstwiese {place}', 'Streuobstwiesen-Patenschaften {area}'],
    topics: ['klima-umwelt', 'engagement', 'familie-kinder'],
    sdgs: [15, 13, 2],
    what: 'Patinnen und Paten pflegen alte Streuobstwiesen, pflanzen neue Bäume und machen aus dem Obst Saft für Schulen und Kitas.',
    detail:
      'Auf den Wiesen stehen Apfelsorten, die es im Handel nicht mehr gibt. Schnittkurse im Winter und Ernteaktionen im Herbst bringen Jung und Alt zusammen.',
    easy: ['Auf der Wiese stehen Obstbäume.', 'Paten kümmern sich um die Bäume.', 'Aus den Äpfeln wird Saft.'],
  },
  {
    titles: ['Flusspaten {river}', 'Saubere {river}: Flusspaten {place}'],
    topics: ['klima-umwelt', 'engagement', 'bildung'],
    sdgs: [14, 6, 15],
    what: 'Flusspatinnen und -paten säubern Ufer, messen die Wasserqualität der {river} und zeigen Schulklassen, was im Fluss lebt.',
    detail:
      'Zweimal im Jahr sammeln Freiwillige Müll an den Ufern. Eine Schülergruppe untersucht monatlich Wasserproben und meldet die Werte an ein landesweites Messnetz. Libellen und Eisvögel sind zurückgekehrt.',
    easy: ['Menschen kümmern sich um den Fluss.', 'Sie sammeln Müll am Ufer.', 'Sie prüfen das Wasser.'],
  },
  {
    titles: ['Schwammstadt {place}', 'Regenwasser-Gärten {place}'],
    topics: ['klima-umwelt', 'wohnen', 'zusammenhalt'],
    sdgs: [6, 11, 13],
    what: 'Nachbarschaften entsiegeln Höfe, legen Regenwasser-Gärten an und sammeln Wasser für trockene Sommer.',
    detail:
      'Gemeinsam mit einer Wohnungsgenossenschaft werden Betonflächen aufgebrochen und bepflanzt. Zisternen speichern Regenwasser für die Beete, und an heißen Tagen ist es im Hof spürbar kühler.',
    easy: ['Regen soll im Boden bleiben.', 'Höfe werden grün.', 'Das hilft bei Hitze.'],
  },
  {
    titles: ['Lebensmittelretter {place}', 'Foodsharing {place}'],
    topics: ['klima-umwelt', 'zusammenhalt', 'engagement'],
    sdgs: [12, 2],
    what: 'Ehrenamtliche holen übrig gebliebene Lebensmittel bei Bäckereien und Märkten ab und verteilen sie über offene Kühlschränke.',
    detail:
      'Drei Fair-Teiler stehen in Bibliothek, Jugendhaus und Kirchgemeinde. Hygieneregeln und Abholpläne werden gemeinsam mit dem Lebensmittelüberwachungsamt abgestimmt.',
    easy: ['Manche Lebensmittel werden weggeworfen.', 'Die Retter holen sie ab.', 'Jeder kann sie kostenlos nehmen.'],
  },
  {
    titles: ['Lebendige Teiche {area}', 'Teichpatenschaft {place}'],
    topics: ['klima-umwelt', 'laendlicher-raum', 'bildung'],
    sdgs: [14, 15, 6],
    what: 'Dorfteiche und Löschwasserteiche werden gemeinsam entschlammt und naturnah gestaltet, damit Amphibien und Libellen zurückkehren.',
    detail:
      'Die Teiche waren verlandet und veralgt. Mit Unterstützung eines Naturschutzvereins legen Freiwillige Flachwasserzonen an, und Grundschulen beobachten über das Jahr Laich, Kaulquappen und Frösche.',
    easy: ['Im Dorf gibt es einen Teich.', 'Menschen machen den Teich sauber.', 'Frösche und Libellen leben wieder dort.'],
  },
  {
    titles: ['Refill-Stationen {place}', 'Trinkwasser für alle {place}'],
    topics: ['klima-umwelt', 'gesundheit', 'wohnen'],
    sdgs: [6, 12, 3],
    what: 'Geschäfte, Cafés und Praxen füllen kostenlos Leitungswasser in mitgebrachte Flaschen; ein Aufkleber zeigt, wo.',
    detail:
      'Im vergangenen Sommer kamen öffentliche Trinkbrunnen dazu, die die Initiative mit den Stadtwerken plant. Besonders Wohnungslose und ältere Menschen profitieren an heißen Tagen.',
    easy: ['Man kann kostenlos Wasser bekommen.', 'Ein Aufkleber zeigt, wo.', 'Das ist gut bei Hitze.'],
  },
  // Migration und Teilhabe
  {
    titles: ['Sprachcafé {place}'],
    topics: ['migration-teilhabe', 'bildung', 'zusammenhalt'],
    sdgs: [4, 10],
    what: 'Ein wöchentliches Sprachcafé, in dem Zugewanderte und Einheimische bei Kaffee und Spielen Deutsch sprechen.',
    detail:
      'Es gibt keinen Unterricht, sondern Gespräche an Thementischen: Arzt, Amt, Arbeit, Hobby. Viele, die als Lernende kamen, moderieren heute selbst einen Tisch.',
    easy: ['Im Sprachcafé spricht man Deutsch.', 'Man trinkt Kaffee und redet.', 'Jeder ist willkommen.'],
  },
  {
    titles: ['Interkultureller Garten {place}'],
    topics: ['migration-teilhabe', 'klima-umwelt', 'zusammenhalt'],
    sdgs: [10, 11, 15],
    what: 'Familien aus zwölf Ländern bewirtschaften gemeinsam einen Garten und tauschen Saatgut, Rezepte und Geschichten.',
    detail:
      'Jede Familie hat eine Parzelle, dazu gibt es Gemeinschaftsbeete und eine Sommerküche. Beim Erntefest kochen alle zusammen.',
    easy: ['Menschen aus vielen Ländern gärtnern hier.', 'Sie pflanzen Gemüse.', 'Sie kochen zusammen.'],
  },
  {
    titles: ['Sprachmittler-Netz {area}', 'Dolmetscher-Pool {place}'],
    topics: ['migration-teilhabe', 'gesundheit', 'engagement'],
    sdgs: [10, 3, 16],
    what: 'Geschulte Sprachmittlerinnen und Sprachmittler begleiten Zugewanderte zu Arztterminen, Elterngesprächen und Behörden.',
    detail:
      'Der Pool umfasst achtzehn Sprachen. Einsätze werden über eine Koordinationsstelle vermittelt und mit einer Aufwandsentschädigung vergütet. Schulungen zu Schweigepflicht und Rollenklarheit sind Pflicht.',
    easy: ['Manche Menschen sprechen wenig Deutsch.', 'Sprachmittler übersetzen für sie.', 'Zum Beispiel beim Arzt.'],
  },
  {
    titles: ['Gründerinnen-Mentoring {area}', 'Migrantische Gründerinnen {place}'],
    topics: ['migration-teilhabe', 'sozialunternehmertum', 'arbeit'],
    sdgs: [5, 8, 10],
    what: 'Ein Mentoring-Programm begleitet zugewanderte Frauen von der Geschäftsidee bis zur Gründung ihres eigenen Unternehmens.',
    detail:
      'Jede Teilnehmerin hat eine Mentorin aus der regionalen Wirtschaft. In Workshops geht es um Businessplan, Steuern und Fördermittel, auf Wunsch mit Übersetzung.',
    easy: ['Frauen aus anderen Ländern wollen eine Firma gründen.', 'Eine Mentorin hilft ihnen.', 'Sie lernen, wie das geht.'],
  },
  // Familie, Kinder, Jugend
  {
    titles: ['Familienpaten {place}', 'Familienzentrum {place}'],
    topics: ['familie-kinder', 'zusammenhalt', 'engagement'],
    sdgs: [4, 1, 5],
    what: 'Ehrenamtliche Familienpatinnen und -paten unterstützen junge Familien in anstrengenden Zeiten mit Zeit, Rat und einem offenen Ohr.',
    detail:
      'Die Patenschaften entstehen über Hebammen, Kitas und das Jugendamt. Die Paten kommen einmal pro Woche, spielen mit den Kindern oder begleiten zu Terminen.',
    easy: ['Manche Familien brauchen Hilfe.', 'Eine Patin oder ein Pate kommt jede Woche.', 'Sie hilft der Familie.'],
  },
  {
    titles: ['Netzwerk Alleinerziehende {area}', 'Alleinerziehende stärken {place}'],
    topics: ['familie-kinder', 'arbeit', 'zusammenhalt'],
    sdgs: [5, 1, 8],
    what: 'Ein Netzwerk organisiert Randzeiten-Kinderbetreuung, Beratung und Treffen für Alleinerziehende.',
    detail:
      'Frühschicht im Krankenhaus, Spätschicht im Handel: Für Alleinerziehende ist das oft unmöglich. Das Netzwerk vermittelt geschulte Betreuungspersonen für Randzeiten und bringt Eltern zusammen, die sich gegenseitig entlasten.',
    easy: ['Manche Eltern sind allein mit ihren Kindern.', 'Das Netzwerk hilft bei der Betreuung.', 'Die Eltern treffen sich.'],
  },
  {
    titles: ['Kinderküche {place}', 'Gesund kochen mit Kindern {place}'],
    topics: ['familie-kinder', 'gesundheit', 'bildung'],
    sdgs: [2, 3, 4],
    what: 'In der Kinderküche kochen Grundschulkinder nach der Schule mit regionalen Zutaten und nehmen Rezepte mit nach Hause.',
    detail:
      'Die Küche ist in einem Stadtteilzentrum, die Zutaten kommen teils aus dem Schulgarten. Einmal im Monat kochen die Kinder für ihre Eltern.',
    easy: ['Kinder kochen zusammen.', 'Sie lernen gesunde Rezepte.', 'Sie kochen auch für ihre Eltern.'],
  },
  {
    titles: ['Jugendwerkstatt {place}', 'Jugendtreff Zukunft {place}'],
    topics: ['familie-kinder', 'bildung', 'arbeit'],
    sdgs: [4, 8],
    what: 'Eine Jugendwerkstatt, in der Jugendliche Holz, Metall und Medien ausprobieren und Betriebe der Region kennenlernen.',
    detail:
      'Die Werkstatt ist nachmittags offen und in den Ferien ganztags. Handwerksbetriebe stellen sich mit Mitmach-Aktionen vor, viele Praktika sind hier entstanden.',
    easy: ['Jugendliche probieren Berufe aus.', 'Sie arbeiten mit Holz und Metall.', 'Sie lernen Firmen kennen.'],
  },
  {
    titles: ['Väter-Netzwerk {area}', 'Väterzeit {place}'],
    topics: ['familie-kinder', 'zusammenhalt'],
    sdgs: [5, 4],
    what: 'Ein Netzwerk für Väter mit Vater-Kind-Wochenenden, Gesprächsabenden und Beratung zu Elternzeit.',
    detail:
      'Viele Väter wollen mehr Zeit mit ihren Kindern verbringen und wissen nicht, wie sie das mit dem Job vereinbaren. Das Netzwerk bietet Austausch und berät Arbeitgeber {in} zu familienfreundlichen Arbeitszeiten.',
    easy: ['Väter treffen sich hier.', 'Sie machen etwas mit ihren Kindern.', 'Sie reden über Familie und Arbeit.'],
  },
  // Mobilität
  {
    titles: ['Mobiler Bürgerbus {area}', 'Bürgerbus {place}'],
    topics: ['mobilitaet', 'laendlicher-raum', 'alter-pflege'],
    sdgs: [11, 10, 13],
    what: 'Ehrenamtliche Fahrerinnen und Fahrer steuern einen Kleinbus, der Dörfer ohne Linienverkehr mit Arztpraxen, Markt und Bahnhof verbindet.',
    detail:
      'Der Bürgerbus fährt nach festem Plan und auf Anruf. Die Fahrerinnen und Fahrer sind meist im Ruhestand und kennen ihre Fahrgäste mit Namen. Der Verkehrsverbund hat den Bus in seine Auskunft aufgenommen.',
    easy: ['Ein kleiner Bus fährt in die Dörfer.', 'Ehrenamtliche fahren den Bus.', 'Man kommt zum Arzt und zum Einkaufen.'],
  },
  {
    titles: ['Lastenrad-Verleih {place}', 'Freie Lastenräder {place}'],
    topics: ['mobilitaet', 'klima-umwelt', 'zusammenhalt'],
    sdgs: [11, 13],
    what: 'Ein kostenloser Verleih von Lastenrädern, die in Läden, Bibliotheken und Vereinen stehen und online gebucht werden.',
    detail:
      'Sechs Räder, darunter eines mit Rollstuhlplattform, stehen an festen Stationen. Die Ausleihe ist kostenlos, Spenden finanzieren Reparaturen.',
    easy: ['Man kann ein Lastenrad ausleihen.', 'Das kostet nichts.', 'Man bucht es im Internet.'],
  },
  {
    titles: ['Dorfauto {place}', 'E-Carsharing im Dorf {place}'],
    topics: ['mobilitaet', 'laendlicher-raum', 'klima-umwelt'],
    sdgs: [7, 11, 13],
    what: 'Ein elektrisches Dorfauto, das Bürgerinnen und Bürger per App oder Telefon buchen und mit Solarstrom vom Gemeindedach laden.',
    detail:
      'Das Auto wird von einem Verein betrieben, die Gemeinde stellt Stellplatz und Ladesäule. Für Menschen ohne Führerschein gibt es einen ehrenamtlichen Fahrdienst mit demselben Auto.',
    easy: ['Im Dorf gibt es ein Auto für alle.', 'Man kann es buchen.', 'Es fährt mit Strom.'],
  },
  {
    titles: ['Rikscha-Fahrdienst für Ältere {place}'],
    topics: ['mobilitaet', 'alter-pflege', 'engagement'],
    sdgs: [3, 11],
    what: 'Freiwillige fahren Bewohnerinnen und Bewohner von Pflegeheimen mit einer Fahrrad-Rikscha durch Park und Stadt.',
    detail:
      'Wind in den Haaren, der Markt, der alte Arbeitsweg: Die Ausfahrten sind für viele der schönste Termin der Woche. Die Rikschas wurden über eine Crowdfunding-Kampagne finanziert.',
    easy: ['Ältere Menschen fahren in einer Rikscha.', 'Freiwillige fahren das Rad.', 'So kommen sie nach draußen.'],
  },
];

/** The second paragraph: who carries the initiative. `{org}`, `{title}`, `{place}`, `{n}`. */
export const TEAM_PARAGRAPHS = [
  'Getragen wird das Vorhaben von {org} gemeinsam mit {n} Ehrenamtlichen aus {place} und Umgebung.',
  'Hinter {title} steht ein Team aus {n} Engagierten, unterstützt von {org}.',
  'Die Idee entstand bei einem Netzwerktreffen von SINN {in}; Träger ist heute {org}.',
  '{org} hat das Projekt angestoßen und bringt Erfahrung, Räume und Versicherungsschutz ein, die {n} Aktiven bringen ihre Zeit und Ideen.',
  'Das Kernteam besteht aus {n} Menschen mit ganz unterschiedlichen Berufen; organisatorisch ist das Projekt bei {org} angesiedelt.',
];

/** The third paragraph, by stage. `{year}` is the year it started. */
export const STAGE_PARAGRAPHS: Record<StageId, string[]> = {
  idee: [
    'Noch steht das Vorhaben am Anfang: Das Team sammelt Mitstreiterinnen und Mitstreiter, spricht mit der Gemeinde und sucht einen geeigneten Ort.',
    'Die Idee ist ausgearbeitet, ein erster Probelauf ist geplant. Gesucht werden jetzt Partner und eine Anschubfinanzierung.',
  ],
  pilot: [
    'Seit {year} läuft eine Pilotphase. Die ersten Erfahrungen fließen in ein Konzept, das auch andere Orte übernehmen können.',
    'Im Pilotjahr {year} hat das Team gelernt, was funktioniert und was nicht, und das Angebot zweimal umgebaut.',
  ],
  wachstum: [
    'Nach erfolgreicher Pilotphase will das Team das Angebot auf weitere Orte {in} übertragen und sucht dafür Kooperationspartner.',
    'Seit {year} ist das Projekt stark gewachsen; jetzt geht es darum, Strukturen zu schaffen, die nicht vom Engagement einzelner abhängen.',
  ],
  etabliert: [
    'Das Angebot besteht seit {year} und ist aus dem Ort nicht mehr wegzudenken. Die Finanzierung ist über mehrere Jahre gesichert.',
    'Seit {year} ist das Projekt fester Teil der sozialen Landschaft {in} und berät inzwischen Nachahmerinnen und Nachahmer in ganz Sachsen.',
  ],
};

/** An optional closing paragraph. */
export const CLOSING_PARAGRAPHS = [
  'Im SINNkubator hat das Team mit einer Mentorin an Geschäftsmodell und Wirkungsmessung gearbeitet.',
  'Wer mitmachen möchte, ist herzlich eingeladen: Gebraucht werden Menschen, die ein paar Stunden im Monat Zeit haben.',
  'Finanziert wird das Vorhaben aus Spenden, Mitgliedsbeiträgen und einer Förderung aus Mitteln des Freistaates.',
  'Bei der SINN-Roadshow {in} hat das Projekt Partner aus Verwaltung und Wohlfahrt gefunden.',
  'Das Team teilt seine Erfahrungen gern und hat einen Leitfaden für Nachahmerinnen und Nachahmer veröffentlicht.',
  'Eine Studienreise mit SINN hat das Team auf neue Ideen gebracht, die jetzt ausprobiert werden.',
];

/** Closing sentences of the Leichte-Sprache summaries. */
export const EASY_CLOSINGS = ['Jeder kann mitmachen.', 'Sie können gerne vorbeikommen.', 'Das Angebot ist kostenlos.', 'Sie können anrufen und fragen.'];
