// Made-up people for the mentor directory. Names are combined at random from common first and last names, so
// no mentor stands for a real person. A bio is built from the mentor's role (a career fitting it) and their
// expertise, in real German compounds and inflections (Gründungen, Förderanträge, Genossenschaftsgründung,
// gGmbH), because the mentor search is tested on stemming, umlauts and typos.
import type { ExpertiseId, LanguageId } from '@sinn/sdk';

export type Gender = 'f' | 'm';

export interface NamePool {
  /** Languages people with these names often speak besides German (and English). */
  languages: LanguageId[];
  female: string[];
  male: string[];
  last: string[];
  /** Female forms where the language inflects surnames (Kowalska, Dvořáková); `last` then holds the male ones. */
  lastFemale?: string[];
}

export const NAME_POOLS: { weight: number; pool: NamePool }[] = [
  {
    weight: 70,
    pool: {
      languages: [],
      female: ['Anna', 'Katrin', 'Susanne', 'Franziska', 'Claudia', 'Juliane', 'Sabine', 'Ulrike', 'Maria', 'Lea', 'Johanna', 'Kerstin', 'Antje', 'Sophie', 'Henriette', 'Dörte', 'Jana', 'Birgit', 'Lena', 'Mareike', 'Annegret', 'Friederike', 'Marlene', 'Ines', 'Theresa'],
      male: ['Thomas', 'Michael', 'Stefan', 'Jens', 'Matthias', 'Sebastian', 'Tobias', 'Frank', 'Jörg', 'Martin', 'Paul', 'Felix', 'Lukas', 'Andreas', 'Uwe', 'Steffen', 'Björn', 'Maximilian', 'Georg', 'René', 'Hendrik', 'Till', 'Moritz', 'Carsten', 'Günther'],
      last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Richter', 'Krause', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Lehmann', 'Köhler', 'Böhme', 'Günther', 'Seidel', 'Förster', 'Ullrich', 'Petzold', 'Haase', 'Große', 'Kühn', 'Voigt', 'Fritzsche', 'Thiele', 'Bräuer', 'Heinrich', 'Göbel'],
    },
  },
  {
    weight: 4,
    pool: {
      languages: [],
      female: ['Hańža', 'Milena', 'Marja', 'Lubina'],
      male: ['Měrćin', 'Jan', 'Pětr', 'Jurij'],
      last: ['Nowak', 'Kral', 'Wjelan', 'Šołta', 'Bjeńš', 'Rychtar'],
    },
  },
  {
    weight: 5,
    pool: {
      languages: ['pl'],
      female: ['Agnieszka', 'Katarzyna', 'Magdalena', 'Zofia'],
      male: ['Łukasz', 'Piotr', 'Tomasz', 'Marek'],
      last: ['Kowalski', 'Wiśniewski', 'Zieliński', 'Lewandowski', 'Wójcik', 'Nowak'],
      lastFemale: ['Kowalska', 'Wiśniewska', 'Zielińska', 'Lewandowska', 'Wójcik', 'Nowak'],
    },
  },
  {
    weight: 4,
    pool: {
      languages: ['cs'],
      female: ['Tereza', 'Lucie', 'Kateřina'],
      male: ['Jiří', 'Tomáš', 'Ondřej'],
      last: ['Dvořák', 'Novotný', 'Procházka', 'Černý', 'Svoboda'],
      lastFemale: ['Dvořáková', 'Novotná', 'Procházková', 'Černá', 'Svobodová'],
    },
  },
  {
    weight: 4,
    pool: {
      languages: ['vi'],
      female: ['Thi Lan', 'Mai', 'Thu Trang', 'Hoa'],
      male: ['Minh', 'Duc Anh', 'Quang', 'Tuan'],
      last: ['Nguyen', 'Tran', 'Pham', 'Le', 'Hoang', 'Vu'],
    },
  },
  {
    weight: 4,
    pool: {
      languages: ['tr'],
      female: ['Ayşe', 'Elif', 'Zeynep', 'Derya'],
      male: ['Emre', 'Mehmet', 'Can', 'Serkan'],
      last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Öztürk', 'Aydın'],
    },
  },
  {
    weight: 4,
    pool: {
      languages: ['ar'],
      female: ['Amira', 'Layla', 'Rana', 'Nour'],
      male: ['Omar', 'Khaled', 'Tarek', 'Yusuf'],
      last: ['Haddad', 'Al-Khatib', 'Mansour', 'Saleh', 'Nasser', 'Darwish'],
    },
  },
  {
    weight: 5,
    pool: {
      languages: ['uk', 'ru'],
      female: ['Olena', 'Iryna', 'Natalia', 'Oksana'],
      male: ['Andrij', 'Dmytro', 'Serhij', 'Oleksandr'],
      last: ['Kowalenko', 'Schewtschenko', 'Bondarenko', 'Melnyk', 'Tkachenko'],
    },
  },
  {
    weight: 3,
    pool: {
      languages: ['ru'],
      female: ['Swetlana', 'Jelena', 'Tatjana'],
      male: ['Alexej', 'Wladimir', 'Pawel'],
      last: ['Iwanow', 'Petrow', 'Smirnow', 'Wolkow'],
      lastFemale: ['Iwanowa', 'Petrowa', 'Smirnowa', 'Wolkowa'],
    },
  },
  {
    weight: 3,
    pool: {
      languages: ['fr', 'es'],
      female: ['Camille', 'Lucía', 'Inès', 'Carmen'],
      male: ['Julien', 'Mateo', 'Antoine', 'Diego'],
      last: ['Dubois', 'García', 'Lefèvre', 'Martínez', 'Moreau', 'Fernández'],
    },
  },
];

export interface Role {
  f: string;
  m: string;
  /** The role inside a sentence where it differs from the title: "systemische Coachin". */
  inline?: { f: string; m: string };
  /** The expertise such a person brings; the first always, then perhaps more. */
  expertise: ExpertiseId[];
  /** First sentences: the role (`{role}`) and a career that fits it, so no tax adviser "worked in welfare for years". */
  intros: string[];
}

// Bio templates. `{a|b}` picks the female or the male form; `{name}`, `{role}`, `{in}` ("in Leipzig"), `{n}`
// (years, 3–25) and `{count}` (a round 20–80) are filled in.

export const ROLES: Role[] = [
  {
    f: 'Gründungsberaterin',
    m: 'Gründungsberater',
    expertise: ['geschaeftsmodell', 'rechtsform', 'finanzierung'],
    intros: [
      '{name} arbeitet seit {n} Jahren als {role} {in} und hat in dieser Zeit viele Gründungen begleitet, vom Dorfladen bis zum Inklusionsbetrieb.',
      'Als {role} bei einer Wirtschaftsförderung hat {name} erlebt, wie viele gute soziale Ideen an Formularen scheitern; heute berät {sie|er} unabhängig.',
      '{name} ist {role} und hat zuvor selbst ein kleines Unternehmen aufgebaut und wieder verkauft.',
      'Nach einem Studium der Volkswirtschaft und Jahren bei einer Förderbank ist {name} heute {role} für soziale Gründungen {in}.',
      '{name} ist seit {n} Jahren {role} und kennt die Stolpersteine zwischen Idee, Businessplan und Eröffnung.',
    ],
  },
  {
    f: 'Coach für Wirkungsmessung',
    m: 'Coach für Wirkungsmessung',
    expertise: ['wirkungsmessung', 'organisationsentwicklung'],
    intros: [
      '{name} ist {role} und hat vorher {n} Jahre in der Evaluationsforschung einer Hochschule gearbeitet.',
      'Als {role} übersetzt {name} die Sprache der Förderer in Fragen, die kleine Initiativen selbst beantworten können.',
      '{name} arbeitet als {role} {in} und war zuvor viele Jahre als {Sozialarbeiterin|Sozialarbeiter} in der Jugendhilfe tätig.',
      'Bevor {name} sich als {role} selbstständig machte, leitete {sie|er} das Qualitätsmanagement eines großen Wohlfahrtsverbands.',
      '{name} ist {role} und hat einen Praxisleitfaden zur wirkungsorientierten Arbeit in der Sozialwirtschaft mitverfasst.',
    ],
  },
  {
    f: 'Fundraising-Expertin',
    m: 'Fundraising-Experte',
    expertise: ['finanzierung', 'foerdermittel', 'crowdfunding'],
    intros: [
      '{name} ist {role} und hat {n} Jahre lang die Spendenabteilung eines Kinderhilfswerks geleitet.',
      'Als {role} berät {name} Vereine {in}, die unabhängiger von einzelnen Geldgebern werden wollen.',
      '{name} kam über die Kulturarbeit zum Fundraising und ist heute freiberuflich als {role} tätig.',
      '{name} arbeitet seit {n} Jahren als {role}, zuerst für einen Umweltverband, heute für viele kleine Initiativen.',
      'Als {role} hat {name} Großspenden ebenso eingeworben wie Fördermitgliedschaften zu fünf Euro im Monat.',
    ],
  },
  {
    f: 'Fördermittelberaterin',
    m: 'Fördermittelberater',
    expertise: ['foerdermittel', 'finanzierung'],
    intros: [
      '{name} ist {role} und war zuvor {n} Jahre in der Förderabteilung einer Landesbehörde tätig.',
      'Als {role} kennt {name} die Förderlandschaft von Kommune, Freistaat, Bund und EU.',
      '{name} arbeitet als {role} {in} und hat selbst jahrelang Anträge für einen Jugendverband geschrieben.',
      'Bevor {name} {role} wurde, hat {sie|er} bei einer Stiftung über Anträge entschieden und kennt deshalb beide Seiten des Tisches.',
      '{name} ist seit {n} Jahren {role} und begleitet vor allem kleine Vereine, die zum ersten Mal Geld beantragen.',
    ],
  },
  {
    f: 'Crowdfunding-Coach',
    m: 'Crowdfunding-Coach',
    expertise: ['crowdfunding', 'marketing', 'oeffentlichkeitsarbeit'],
    intros: [
      '{name} ist {role} und hat mit einer eigenen Kampagne einst das Geld für einen Jugendclub gesammelt.',
      'Als {role} hat {name} Projekte vom Repair-Café bis zur Genossenschaftsbrauerei ans Finanzierungsziel geführt.',
      '{name} arbeitet als {role} {in}; vorher war {sie|er} im Community-Management einer Crowdfunding-Plattform tätig.',
      '{name} ist seit {n} Jahren {role} und gibt Workshops zu Kampagnenvideos, Dankeschöns und Finanzierungszielen.',
    ],
  },
  {
    f: 'Organisationsberaterin',
    m: 'Organisationsberater',
    expertise: ['organisationsentwicklung', 'teamaufbau'],
    intros: [
      '{name} ist {role} und begleitet seit {n} Jahren Vereine und Verbände durch Umbrüche.',
      'Als {role} hat {name} früher Fusionen von Wohlfahrtsverbänden moderiert und arbeitet heute lieber mit kleinen Initiativen.',
      '{name} arbeitet als {role} {in} und hat eine Ausbildung in systemischer Beratung.',
      '{name} war {n} Jahre {Geschäftsführerin|Geschäftsführer} eines Jugendhilfeträgers, bevor {sie|er} als {role} anfing.',
    ],
  },
  {
    f: 'Genossenschaftsberaterin',
    m: 'Genossenschaftsberater',
    expertise: ['rechtsform', 'geschaeftsmodell', 'partizipation'],
    intros: [
      '{name} ist {role} bei einem genossenschaftlichen Prüfungsverband und hat schon viele Genossenschaftsgründungen begleitet.',
      'Als {role} hat {name} Dorfläden, Energiegenossenschaften und Wohnprojekte {in} auf den Weg gebracht.',
      '{name} arbeitet seit {n} Jahren als {role} und sitzt selbst im Aufsichtsrat einer Wohnungsgenossenschaft.',
      '{name} kam als Gründungsmitglied einer Bürgerenergiegenossenschaft zum Thema und ist heute {role}.',
    ],
  },
  {
    f: 'Rechtsanwältin für Gemeinnützigkeitsrecht',
    m: 'Rechtsanwalt für Gemeinnützigkeitsrecht',
    expertise: ['rechtsform', 'sozialrecht'],
    intros: [
      '{name} ist {role} in einer Kanzlei {in} und berät Vereine, Stiftungen und gGmbHs.',
      'Als {role} prüft {name} seit {n} Jahren Satzungen und begleitet Vereine durch die Anerkennung der Gemeinnützigkeit.',
      '{name} arbeitet als {role} und war früher in der Rechtsabteilung eines Wohlfahrtsverbands tätig.',
      '{name} ist {role} und lehrt nebenbei Vereinsrecht an einer Fachhochschule.',
    ],
  },
  {
    f: 'Kommunikationsberaterin',
    m: 'Kommunikationsberater',
    expertise: ['oeffentlichkeitsarbeit', 'marketing'],
    intros: [
      '{name} ist {role} und war {n} Jahre lang {Redakteurin|Redakteur} einer Regionalzeitung.',
      'Als {role} betreut {name} Vereine und Sozialunternehmen {in}, die ihre Anliegen verständlich erzählen wollen.',
      '{name} arbeitet als {role}, nachdem {sie|er} die Pressestelle eines Wohlfahrtsverbands geleitet hat.',
      '{name} ist {role} mit eigener Agentur und hat sich auf Kampagnen für gemeinnützige Organisationen spezialisiert.',
    ],
  },
  {
    f: 'Ehrenamtskoordinatorin',
    m: 'Ehrenamtskoordinator',
    expertise: ['ehrenamtsmanagement', 'teamaufbau'],
    intros: [
      '{name} ist {role} in einer Freiwilligenagentur {in} und bringt Menschen und Vereine zusammen.',
      'Als {role} betreut {name} seit {n} Jahren mehr als hundert Ehrenamtliche in einem Mehrgenerationenhaus.',
      '{name} arbeitet als {role} bei einem Wohlfahrtsverband und hat dort ein Programm für junge Engagierte aufgebaut.',
      '{name} kam über das Ehrenamt in der Flüchtlingshilfe zum Beruf und ist heute {role}.',
    ],
  },
  {
    f: 'Digitalisierungsberaterin',
    m: 'Digitalisierungsberater',
    expertise: ['digitalisierung', 'organisationsentwicklung'],
    intros: [
      '{name} ist {role} und war zuvor {n} Jahre als {Softwareentwicklerin|Softwareentwickler} tätig.',
      'Als {role} hilft {name} Vereinen {in}, mit wenig Geld und ohne IT-Abteilung gut zu arbeiten.',
      '{name} arbeitet als {role} für ein Netzwerk gemeinnütziger Träger und hält Open-Source-Werkzeuge für unterschätzt.',
      '{name} ist {role} und hat die Umstellung eines Pflegedienstes auf digitale Tourenplanung geleitet.',
    ],
  },
  {
    f: 'Moderatorin für Bürgerbeteiligung',
    m: 'Moderator für Bürgerbeteiligung',
    expertise: ['partizipation', 'kooperationen'],
    intros: [
      '{name} ist {role} und hat in {n} Jahren zahlreiche Versammlungen, Werkstätten und runde Tische geleitet.',
      'Als {role} arbeitet {name} für Kommunen {in}, die Bürgerinnen und Bürger früher einbeziehen wollen.',
      '{name} ist {Mediatorin|Mediator} und arbeitet heute als {role}.',
      '{name} kommt aus der Stadtplanung und ist seit {n} Jahren als {role} unterwegs.',
    ],
  },
  {
    f: 'Netzwerkerin für Kooperationen',
    m: 'Netzwerker für Kooperationen',
    expertise: ['kooperationen', 'partizipation'],
    intros: [
      '{name} ist {role} bei einer Stiftung und kennt die Akteure der Sozialwirtschaft {in} persönlich.',
      'Als {role} hat {name} {n} Jahre lang regionale Bündnisse für Arbeit und Bildung aufgebaut.',
      '{name} arbeitet als {role} und war zuvor {Referentin|Referent} im Sozialministerium.',
      '{name} ist {role} und organisiert die Treffen, bei denen sich Verwaltung, Wirtschaft und Initiativen {in} kennenlernen.',
    ],
  },
  {
    f: 'Sozialunternehmerin',
    m: 'Sozialunternehmer',
    expertise: ['geschaeftsmodell', 'teamaufbau', 'finanzierung'],
    intros: [
      '{name} ist {role} und führt seit {n} Jahren einen Inklusionsbetrieb mit über dreißig Beschäftigten.',
      'Als {role} hat {name} selbst zwei Gründungen hinter sich, eine davon gescheitert, und spricht offen darüber.',
      '{name} ist {role} {in}; {ihr|sein} Unternehmen bereitet gebrauchte Möbel auf und beschäftigt Langzeitarbeitslose.',
      '{name} hat Betriebswirtschaft studiert, aber schnell gemerkt, dass {sie|er} lieber für das Gemeinwohl rechnet, und ist heute {role}.',
      '{name} ist {role} und hat ein Sozialunternehmen für Menschen mit Lernschwierigkeiten mitgegründet.',
    ],
  },
  {
    f: 'Systemische Coachin',
    m: 'Systemischer Coach',
    inline: { f: 'systemische Coachin', m: 'systemischer Coach' },
    expertise: ['teamaufbau', 'organisationsentwicklung'],
    intros: [
      '{name} ist {role} und begleitet Teams, die unter Druck gute Entscheidungen treffen müssen.',
      'Als {role} arbeitet {name} seit {n} Jahren mit Führungskräften aus Pflege, Jugendhilfe und Sozialunternehmen.',
      '{name} war lange {Pflegefachfrau|Pflegefachmann} und arbeitet heute als {role} mit eigener Praxis {in}.',
      '{name} ist {role} und hat vor der Coaching-Ausbildung viele Jahre ein Jugendzentrum geleitet.',
    ],
  },
  {
    f: 'Steuerberaterin für Vereine',
    m: 'Steuerberater für Vereine',
    expertise: ['finanzierung', 'rechtsform'],
    intros: [
      '{name} ist {role} in eigener Kanzlei {in} und betreut seit {n} Jahren gemeinnützige Vereine, Stiftungen und gGmbHs.',
      'Als {role} kennt {name} die Buchhaltung kleiner Fördervereine ebenso wie die Jahresabschlüsse großer Träger.',
      '{name} arbeitet seit {n} Jahren als {role} und hat sich auf die Besteuerung gemeinnütziger Körperschaften spezialisiert.',
      'Nach Jahren in einer großen Prüfungsgesellschaft hat sich {name} als {role} selbstständig gemacht.',
    ],
  },
  {
    f: 'Referentin für Sozialrecht',
    m: 'Referent für Sozialrecht',
    expertise: ['sozialrecht', 'kooperationen'],
    intros: [
      '{name} ist {role} bei einem Wohlfahrtsverband und vertritt dessen Mitglieder in Verhandlungen mit Kostenträgern.',
      'Als {role} hat {name} {n} Jahre lang Einrichtungen der Eingliederungshilfe beraten.',
      '{name} arbeitet als {role} und war vorher in einer Beratungsstelle für Sozialleistungen tätig.',
      '{name} ist {role} {in} und schult Beratungsstellen zu Änderungen im Sozialgesetzbuch.',
    ],
  },
  {
    f: 'Service-Designerin',
    m: 'Service-Designer',
    expertise: ['digitalisierung', 'partizipation', 'geschaeftsmodell'],
    intros: [
      '{name} ist {role} und hat in einer Digitalagentur gelernt, Angebote vom Alltag der Nutzenden her zu denken.',
      'Als {role} entwickelt {name} mit Verwaltungen und Trägern {in} Angebote, die Menschen wirklich nutzen.',
      '{name} arbeitet seit {n} Jahren als {role}, zuletzt für ein Projekt zur Online-Antragstellung in der Sozialhilfe.',
      '{name} hat Produktdesign studiert und ist heute {role} mit Schwerpunkt auf sozialen Dienstleistungen.',
    ],
  },
  {
    f: 'Mentorin im SINNkubator',
    m: 'Mentor im SINNkubator',
    expertise: ['geschaeftsmodell', 'kooperationen', 'wirkungsmessung'],
    intros: [
      '{name} ist {role} und hat selbst einen Dorfladen gegründet, der heute ohne Zuschüsse auskommt.',
      'Als {role} gibt {name} die Erfahrung aus {n} Jahren Sozialwirtschaft an junge Teams weiter.',
      '{name} begleitet als {role} jedes Jahr mehrere Teams über sechs Monate, von der Idee bis zum ersten Angebot.',
      '{name} ist {role} und leitet im Hauptberuf ein Mehrgenerationenhaus {in}.',
      '{name} ist ehrenamtlich {role}; im Beruf führt {sie|er} eine Tischlerei mit Ausbildungswerkstatt.',
    ],
  },
  {
    f: 'Marketing-Strategin',
    m: 'Marketing-Stratege',
    expertise: ['marketing', 'oeffentlichkeitsarbeit', 'digitalisierung'],
    intros: [
      '{name} ist {role} und hat zehn Jahre für Markenhersteller gearbeitet, bevor {sie|er} in die Sozialwirtschaft wechselte.',
      'Als {role} berät {name} Sozialunternehmen {in}, die ihre Produkte verkaufen und nicht nur verschenken wollen.',
      '{name} arbeitet als {role} für Weltläden und Inklusionsbetriebe.',
      '{name} ist {role} und unterrichtet Marketing für Non-Profit-Organisationen an einer Hochschule.',
    ],
  },
];

/** One sentence per expertise, each naming it (or a form of its label), so a search for it finds the mentor. */
export const EXPERTISE_SENTENCES: Record<ExpertiseId, string[]> = {
  finanzierung: [
    '{Sie|Er} hilft Teams, eine tragfähige Finanzierung aus Spenden, Leistungsentgelten und Darlehen aufzubauen, und kennt die Tücken der Liquiditätsplanung.',
    'In {ihren|seinen} Beratungen geht es um Finanzierungspläne, Rücklagen und die Frage, wie ein Projekt nach dem Ende der Förderung weiterläuft.',
    'Bei der Finanzierung sozialer Gründungen rät {sie|er} zu einem Mix aus Einnahmen, Zuschüssen und Eigenkapital, damit kein einzelner Geldgeber alles entscheidet.',
    '{Sie|Er} rechnet mit Gründungsteams durch, ab wann sich ein Angebot trägt, und findet Lücken in der Finanzierung, bevor sie zum Problem werden.',
    'Sozialbanken, Bürgschaften, Mikrokredite: {Sie|Er} kennt Wege zur Finanzierung, die klassischen Banken oft fremd sind.',
    'Ein solider Finanzierungsplan ist für {sie|ihn} die halbe Miete, gerade wenn Ehrenamtliche die Kasse führen.',
  ],
  foerdermittel: [
    '{Sie|Er} hat mehr als {count} Förderanträge geschrieben oder begutachtet und weiß, welche Fördermittel von Land, Bund und ESF Plus zu welchem Vorhaben passen.',
    'Aus der Fördermittelberatung weiß {sie|er}, wie man Förderprogramme findet, Anträge verständlich formuliert und Verwendungsnachweise ohne Schrecken erstellt.',
    'Welche Fördermittel passen, wann die Fristen laufen und wie ein Förderantrag überzeugt, erklärt {sie|er} in Sprechstunden und Workshops.',
    'Ein guter Förderantrag beginnt für {sie|ihn} nicht beim Formular, sondern bei der Frage, welches Problem ein Projekt löst; erst dann sucht {sie|er} passende Fördermittel.',
    '{Sie|Er} hilft kleinen Vereinen, Fördermittel für ihr erstes größeres Vorhaben zu beantragen, und liest Förderanträge vor der Abgabe gegen.',
  ],
  crowdfunding: [
    '{Sie|Er} hat über {count} Crowdfunding-Kampagnen begleitet und zeigt, wie man Unterstützerinnen und Unterstützer gewinnt und Dankeschöns schnürt, die wirklich gefallen.',
    'Crowdfunding ist für {sie|ihn} mehr als Geldsammeln: Eine gute Kampagne gewinnt Mitstreiterinnen und Mitstreiter, die einem Projekt über Jahre treu bleiben.',
    'Vor jeder Crowdfunding-Kampagne fragt {sie|er} nach der Community: Wer soll das Projekt teilen, wenn nicht die eigenen Leute?',
    '{Sie|Er} plant mit Teams eine Crowdfunding-Kampagne vom Video bis zur letzten Woche, in der das meiste Geld kommt.',
    'Beim Crowdfunding achtet {sie|er} auf realistische Ziele: lieber ein kleines Ziel übertreffen als ein großes verfehlen.',
  ],
  geschaeftsmodell: [
    '{Ihr|Sein} Schwerpunkt sind Geschäftsmodelle für Sozialunternehmen: Wer bezahlt für die Wirkung, und wie trägt sich ein Angebot dauerhaft?',
    'Mit dem Social Business Model Canvas entwickelt {sie|er} gemeinsam mit Gründungsteams tragfähige Geschäftsmodelle und prüft sie an der Wirklichkeit.',
    'Ein Geschäftsmodell muss für {sie|ihn} auf einen Bierdeckel passen, bevor es in einen Businessplan wandert.',
    '{Sie|Er} hilft Initiativen, aus einem spendenfinanzierten Projekt ein Geschäftsmodell mit eigenen Einnahmen zu entwickeln.',
    'Besonders oft arbeitet {sie|er} an Geschäftsmodellen, bei denen die Nutzenden wenig zahlen können und andere die Kosten mittragen.',
    'Ob Gründung oder Neuausrichtung: {Sie|Er} prüft mit Teams, welche Teile ihres Geschäftsmodells auf Annahmen beruhen, und testet sie früh.',
  ],
  rechtsform: [
    '{Sie|Er} berät zur Rechtsform zwischen Verein, gGmbH und Genossenschaft; zuletzt hat {sie|er} die Genossenschaftsgründung eines Dorfkinos begleitet.',
    'Satzungen, Gemeinnützigkeit und Haftungsfragen sind {ihr|sein} tägliches Brot; besonders gern begleitet {sie|er} Genossenschaftsgründungen.',
    'Wenn ein Verein plötzlich Umsatz macht, kennt {sie|er} die Grenzen der Gemeinnützigkeit und den Weg in die gGmbH als neue Rechtsform.',
    '{Sie|Er} erklärt Gründungsteams, was eine Rechtsform für Haftung, Steuern und Mitbestimmung bedeutet, bevor der Notartermin steht.',
    'Bei Fragen zur Gemeinnützigkeit und zur Prüfung der Satzung durch das Finanzamt ist {sie|er} eine gefragte Ansprechperson.',
    'Vom eingetragenen Verein bis zur Genossenschaftsgründung begleitet {sie|er} den Weg zur passenden Rechtsform Schritt für Schritt.',
  ],
  wirkungsmessung: [
    'In Workshops zur Wirkungsmessung entwickelt {sie|er} mit Initiativen Wirkungsketten und einfache Indikatoren, die auch kleine Vereine erheben können.',
    '{Sie|Er} ist überzeugt, dass Wirkungsmessung kein Selbstzweck ist: Wer seine Wirkung kennt, überzeugt Förderer und verbessert das eigene Angebot.',
    'Bei der Wirkungsmessung setzt {sie|er} auf Gespräche mit Teilnehmenden statt auf lange Fragebögen.',
    '{Sie|Er} hilft Teams, aus ihrer Wirkungsmessung Berichte zu machen, die Förderer gern lesen, mit Zahlen und mit Geschichten.',
    'Wirkungsmessung beginnt für {sie|ihn} mit der Frage, was sich für die Menschen ändern soll, nicht mit einer Tabelle.',
  ],
  marketing: [
    '{Sie|Er} entwickelt mit Gründerinnen und Gründern Marketing, das ohne großes Budget auskommt und trotzdem auffällt.',
    'Ob Logo, Flyer oder Social Media: {Sie|Er} hilft, mit dem Marketing die richtigen Zielgruppen zu erreichen, ohne die Ehrenamtlichen zu überfordern.',
    'Im Marketing für Sozialunternehmen rät {sie|er}, die Wirkung zu zeigen, statt Mitleid zu wecken.',
    '{Sie|Er} erarbeitet mit Teams Marketingpläne für Produkte aus Werkstätten und Inklusionsbetrieben.',
    'Gutes Marketing beginnt für {sie|ihn} mit einem Gespräch mit den Kundinnen und Kunden, nicht mit einem Logo.',
  ],
  oeffentlichkeitsarbeit: [
    'In der Öffentlichkeitsarbeit weiß {sie|er}, wie Pressemitteilungen und Geschichten aus dem Ehrenamt den Weg in die Zeitung finden.',
    '{Sie|Er} trainiert Teams in Öffentlichkeitsarbeit: gute Fotos, klare Botschaften und ein Gespür dafür, was Redaktionen interessiert.',
    'Für die Öffentlichkeitsarbeit kleiner Vereine hat {sie|er} einen Baukasten entwickelt, der mit zwei Stunden pro Woche auskommt.',
    '{Sie|Er} berät zur Öffentlichkeitsarbeit in Krisen, etwa wenn ein Projekt in die Kritik gerät.',
    'Öffentlichkeitsarbeit heißt für {sie|ihn} auch Barrierefreiheit: Texte in Leichter Sprache, Untertitel, gute Alternativtexte.',
  ],
  digitalisierung: [
    '{Sie|Er} unterstützt Vereine bei der Digitalisierung, von der Mitgliederverwaltung über datenschutzfreundliche Videokonferenzen bis zu barrierefreien Webseiten.',
    'Bei der Digitalisierung gilt für {sie|ihn}: Werkzeuge sollen Ehrenamtlichen Arbeit abnehmen, nicht neue machen.',
    '{Sie|Er} begleitet Träger bei der Digitalisierung ihrer Beratung, vom Online-Termin bis zur Videosprechstunde.',
    'Datenschutz und Digitalisierung schließen sich für {sie|ihn} nicht aus; {sie|er} zeigt, welche Werkzeuge beides können.',
    'In {ihren|seinen} Workshops zur Digitalisierung lernen Vereine, Abläufe erst zu vereinfachen und dann zu digitalisieren.',
  ],
  organisationsentwicklung: [
    '{Ihr|Sein} Thema ist Organisationsentwicklung in wachsenden Initiativen, wenn aus dem Freundeskreis ein Team mit klaren Zuständigkeiten werden muss.',
    'In der Organisationsentwicklung begleitet {sie|er} Wohlfahrtsverbände und Vereine bei Veränderungsprozessen und moderiert Strategieklausuren.',
    '{Sie|Er} unterstützt Organisationsentwicklung dort, wo Ehrenamt und Hauptamt neu zueinanderfinden müssen.',
    'Bei der Organisationsentwicklung setzt {sie|er} auf kleine Schritte, die ein Team selbst gehen kann.',
    'Nachfolge im Vorstand, neue Gremien, klare Rollen: Organisationsentwicklung ist für {sie|ihn} vor allem Gesprächsarbeit.',
  ],
  teamaufbau: [
    'Beim Teamaufbau begleitet {sie|er} Gründungsteams durch Konflikte und durch die Frage, wer welche Rolle übernimmt.',
    'Gute Teams sind für {sie|ihn} der wichtigste Erfolgsfaktor; beim Teamaufbau hilft {sie|er}, Mitgründerinnen und Mitgründer zu finden und die ersten Beschäftigten einzustellen.',
    '{Sie|Er} berät zum Teamaufbau in Initiativen, in denen Ehrenamtliche und die ersten Angestellten zusammenfinden müssen.',
    'Im Teamaufbau achtet {sie|er} darauf, dass Entscheidungen nachvollziehbar sind und sich niemand allein gelassen fühlt.',
    'Für den Teamaufbau hat {sie|er} ein Format entwickelt, in dem Teams an einem Tag ihre Werte und Regeln festhalten.',
  ],
  ehrenamtsmanagement: [
    'Im Ehrenamtsmanagement hat {sie|er} Freiwilligenagenturen aufgebaut und schult Koordinatorinnen und Koordinatoren darin, Ehrenamtliche zu gewinnen und zu halten.',
    'Das Ehrenamt verändert sich: Im Ehrenamtsmanagement zeigt {sie|er}, wie Vereine Menschen für kurze, projektbezogene Einsätze begeistern.',
    'Gutes Ehrenamtsmanagement heißt für {sie|ihn}, Ehrenamtliche einzuarbeiten, zu begleiten und ihnen zu danken.',
    '{Sie|Er} berät Träger zum Ehrenamtsmanagement, von der Versicherung bis zur Anerkennungskultur.',
    'In {ihren|seinen} Seminaren zum Ehrenamtsmanagement geht es darum, wie Ehrenamt und Hauptamt gut zusammenarbeiten.',
  ],
  sozialrecht: [
    '{Sie|Er} kennt das Sozialrecht vom SGB II bis zum SGB XI und hilft, Leistungsvereinbarungen mit Kostenträgern vorzubereiten.',
    'Wenn ein Angebot über Leistungen der Pflegekasse oder der Eingliederungshilfe finanziert werden soll, klärt {sie|er} die sozialrechtlichen Voraussetzungen.',
    'Im Sozialrecht berät {sie|er} Initiativen, die mit Jobcenter, Jugendamt oder Pflegekasse zusammenarbeiten wollen.',
    '{Sie|Er} übersetzt Sozialrecht in verständliche Sprache und schult Ehrenamtliche in Beratungsstellen.',
    'Neue Angebote stoßen oft an Grenzen des Sozialrechts; {sie|er} findet mit Teams heraus, welche Wege offenstehen.',
  ],
  partizipation: [
    '{Sie|Er} moderiert Beteiligungsverfahren und Zukunftswerkstätten in Dörfern und Stadtteilen, bei denen auch Jugendliche und Ältere zu Wort kommen.',
    'Beteiligung heißt für {sie|ihn}, Betroffene von Anfang an einzubeziehen, nicht erst, wenn alles entschieden ist.',
    '{Sie|Er} entwickelt Formate der Partizipation für Menschen, die nie zu einer Versammlung kämen.',
    'Bei der Beteiligung von Kindern und Jugendlichen setzt {sie|er} auf Spaziergänge, Modelle und kurze Wege zur Entscheidung.',
    'Partizipation braucht für {sie|ihn} klare Spielräume: Alle sollen wissen, worüber sie mitentscheiden und worüber nicht.',
  ],
  kooperationen: [
    '{Sie|Er} bringt Initiativen mit Kommunen, Wohlfahrtsverbänden und Unternehmen zusammen und weiß, wie Kooperationen gelingen.',
    'Über {ihr|sein} Netzwerk vermittelt {sie|er} Kontakte zu Stiftungen, Verwaltungen und Unternehmen in ganz Sachsen.',
    'Kooperationsverträge, Arbeitsteilung, gemeinsame Förderanträge: {Sie|Er} hilft Partnern, verbindlich zusammenzuarbeiten.',
    '{Sie|Er} baut regionale Netzwerke auf, in denen Initiativen voneinander lernen, statt um Fördergeld zu konkurrieren.',
    'Für Kooperationen mit Unternehmen hat {sie|er} einen Leitfaden geschrieben, mit dem Initiativen auf Augenhöhe verhandeln.',
  ],
};

/** A personal last sentence for bios that speak of one expertise only. */
export const BIO_CLOSINGS = [
  'Ehrenamtlich engagiert {sie|er} sich in der Nachbarschaftshilfe {ihres|seines} Wohnorts.',
  'In {ihrer|seiner} Freizeit ist {sie|er} bei der Freiwilligen Feuerwehr aktiv.',
  'Besonders am Herzen liegen {ihr|ihm} Projekte, die Jung und Alt zusammenbringen.',
  '{Sie|Er} freut sich über Anfragen aus kleinen Vereinen genauso wie von großen Trägern.',
  'Gespräche führt {sie|er} am liebsten bei einem Spaziergang.',
  'Privat singt {sie|er} in einem Chor und repariert alte Fahrräder.',
  '{Sie|Er} lebt mit {ihrer|seiner} Familie auf einem alten Dreiseithof.',
  'Besonders gern arbeitet {sie|er} mit Initiativen im ländlichen Raum.',
  'Neben der Beratung schreibt {sie|er} für ein Fachmagazin der Sozialwirtschaft.',
  'Am liebsten lernt {sie|er} Projekte vor Ort kennen, mit Gummistiefeln statt Laptop.',
  'In {ihrer|seiner} Freizeit trainiert {sie|er} eine Kinderfußballmannschaft.',
  '{Sie|Er} ist überzeugt, dass die besten Ideen oft dort entstehen, wo wenig Geld, aber viel Zusammenhalt ist.',
  'Wer {sie|ihn} anspricht, bekommt zuerst Fragen und erst dann Ratschläge.',
  'Anfragen beantwortet {sie|er} meist innerhalb einer Woche.',
];
