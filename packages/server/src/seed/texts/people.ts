// Made-up people for the mentor directory. Names are combined at random from common first and last names, so
// no mentor stands for a real person. The bios use real German compounds and inflections (Gründungen,
// Förderanträge, Genossenschaftsgründung) because the mentor search is tested on umlauts and word forms.
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
  /** The expertise such a person brings; the mentor gets one to four, starting here. */
  expertise: ExpertiseId[];
}

export const ROLES: Role[] = [
  { f: 'Gründungsberaterin', m: 'Gründungsberater', expertise: ['geschaeftsmodell', 'rechtsform', 'finanzierung'] },
  { f: 'Coach für Wirkungsmessung', m: 'Coach für Wirkungsmessung', expertise: ['wirkungsmessung', 'organisationsentwicklung'] },
  { f: 'Fundraising-Expertin', m: 'Fundraising-Experte', expertise: ['finanzierung', 'foerdermittel', 'crowdfunding'] },
  { f: 'Fördermittelberaterin', m: 'Fördermittelberater', expertise: ['foerdermittel', 'finanzierung'] },
  { f: 'Crowdfunding-Coach', m: 'Crowdfunding-Coach', expertise: ['crowdfunding', 'marketing', 'oeffentlichkeitsarbeit'] },
  { f: 'Organisationsberaterin', m: 'Organisationsberater', expertise: ['organisationsentwicklung', 'teamaufbau'] },
  { f: 'Genossenschaftsberaterin', m: 'Genossenschaftsberater', expertise: ['rechtsform', 'geschaeftsmodell', 'partizipation'] },
  { f: 'Rechtsanwältin für Gemeinnützigkeitsrecht', m: 'Rechtsanwalt für Gemeinnützigkeitsrecht', expertise: ['rechtsform', 'sozialrecht'] },
  { f: 'Kommunikationsberaterin', m: 'Kommunikationsberater', expertise: ['oeffentlichkeitsarbeit', 'marketing'] },
  { f: 'Ehrenamtskoordinatorin', m: 'Ehrenamtskoordinator', expertise: ['ehrenamtsmanagement', 'teamaufbau'] },
  { f: 'Digitalisierungsberaterin', m: 'Digitalisierungsberater', expertise: ['digitalisierung', 'organisationsentwicklung'] },
  { f: 'Moderatorin für Bürgerbeteiligung', m: 'Moderator für Bürgerbeteiligung', expertise: ['partizipation', 'kooperationen'] },
  { f: 'Netzwerkerin für Kooperationen', m: 'Netzwerker für Kooperationen', expertise: ['kooperationen', 'partizipation'] },
  { f: 'Sozialunternehmerin', m: 'Sozialunternehmer', expertise: ['geschaeftsmodell', 'teamaufbau', 'finanzierung'] },
  { f: 'Systemische Coachin', m: 'Systemischer Coach', expertise: ['teamaufbau', 'organisationsentwicklung'] },
  { f: 'Steuerberaterin für Vereine', m: 'Steuerberater für Vereine', expertise: ['finanzierung', 'rechtsform'] },
  { f: 'Referentin für Sozialrecht', m: 'Referent für Sozialrecht', expertise: ['sozialrecht', 'kooperationen'] },
  { f: 'Service-Designerin', m: 'Service-Designer', expertise: ['digitalisierung', 'partizipation', 'geschaeftsmodell'] },
  { f: 'Mentorin im SINNkubator', m: 'Mentor im SINNkubator', expertise: ['geschaeftsmodell', 'kooperationen', 'wirkungsmessung'] },
  { f: 'Marketing-Strategin', m: 'Marketing-Stratege', expertise: ['marketing', 'oeffentlichkeitsarbeit', 'digitalisierung'] },
];

// Bio templates. `{a|b}` picks the female or the male form; `{name}`, `{first}`, `{in}`, `{n}` are filled in.

export const BIO_OPENINGS = [
  '{name} begleitet seit {n} Jahren soziale Initiativen {in}, von der ersten Idee bis zur Gründung.',
  '{name} hat selbst zwei Gründungen im sozialen Bereich hinter sich und gibt {ihre|seine} Erfahrungen heute als {Mentorin|Mentor} weiter.',
  'Nach {n} Jahren in der Wohlfahrtspflege berät {name} Vereine, Sozialunternehmen und Kommunen {in}.',
  '{name} ist {Diplom-Sozialpädagogin|Diplom-Sozialpädagoge} und arbeitet seit {n} Jahren mit Gründerinnen und Gründern sozialer Projekte.',
  'Als {frühere Geschäftsführerin|früherer Geschäftsführer} eines Inklusionsbetriebs kennt {name} die Höhen und Tiefen sozialer Unternehmen aus eigener Erfahrung.',
  '{name} lebt {in} und unterstützt seit {n} Jahren Initiativen im ländlichen Raum, die mit wenig Geld viel bewegen.',
  '{name} hat Betriebswirtschaft studiert, aber schnell gemerkt, dass {sie|er} lieber für das Gemeinwohl als für die Rendite rechnet.',
];

export const EXPERTISE_SENTENCES: Record<ExpertiseId, string[]> = {
  finanzierung: [
    '{Sie|Er} hilft Teams, eine tragfähige Finanzierung aus Spenden, Leistungsentgelten und Darlehen aufzubauen, und kennt die Tücken der Liquiditätsplanung.',
    'In {ihren|seinen} Beratungen geht es um Finanzierungspläne, Rücklagen und die Frage, wie ein Projekt nach dem Ende der Förderung weiterläuft.',
  ],
  foerdermittel: [
    '{Sie|Er} hat mehr als {n} Förderanträge geschrieben oder begutachtet und weiß, welche Fördermittel von Land, Bund und ESF Plus zu welchem Vorhaben passen.',
    'Mit {ihrer|seiner} Erfahrung aus der Fördermittelberatung zeigt {sie|er}, wie man Förderprogramme findet, Anträge verständlich formuliert und Verwendungsnachweise ohne Schrecken erstellt.',
  ],
  crowdfunding: [
    '{Sie|Er} hat über {n} Crowdfunding-Kampagnen begleitet und zeigt, wie man Unterstützerinnen und Unterstützer gewinnt und Dankeschöns schnürt, die wirklich gefallen.',
    'Crowdfunding ist für {sie|ihn} mehr als Geldsammeln: Eine gute Kampagne gewinnt Mitstreiterinnen und Mitstreiter, die einem Projekt über Jahre treu bleiben.',
  ],
  geschaeftsmodell: [
    '{Ihr|Sein} Schwerpunkt sind Geschäftsmodelle für Sozialunternehmen: Wer bezahlt für die Wirkung, und wie trägt sich ein Angebot dauerhaft?',
    'Mit dem Social Business Model Canvas entwickelt {sie|er} gemeinsam mit Gründungsteams tragfähige Geschäftsmodelle und prüft sie an der Wirklichkeit.',
  ],
  rechtsform: [
    '{Sie|Er} berät zur Rechtsformwahl zwischen Verein, gemeinnütziger GmbH und Genossenschaft; {ihre|seine} letzte Genossenschaftsgründung war ein Dorfladen.',
    'Satzungen, Gemeinnützigkeit und Haftungsfragen sind {ihr|sein} tägliches Brot; besonders gern begleitet {sie|er} Genossenschaftsgründungen.',
  ],
  wirkungsmessung: [
    'In Workshops zur Wirkungsmessung entwickelt {sie|er} mit Initiativen Wirkungsketten und einfache Indikatoren, die auch kleine Vereine erheben können.',
    '{Sie|Er} ist überzeugt, dass Wirkungsmessung kein Selbstzweck ist: Wer seine Wirkung kennt, überzeugt Förderer und verbessert das eigene Angebot.',
  ],
  marketing: [
    '{Sie|Er} entwickelt mit Gründerinnen und Gründern Markenauftritte, die ohne großes Budget auskommen und trotzdem auffallen.',
    'Ob Logo, Flyer oder Social Media: {Sie|Er} hilft, die richtigen Zielgruppen zu erreichen, ohne dass das Marketing die Ehrenamtlichen überfordert.',
  ],
  oeffentlichkeitsarbeit: [
    'Als {frühere Lokaljournalistin|früherer Lokaljournalist} weiß {sie|er}, wie Pressemitteilungen und Geschichten aus dem Ehrenamt den Weg in die Zeitung finden.',
    '{Sie|Er} trainiert Teams in Öffentlichkeitsarbeit: gute Fotos, klare Botschaften und ein Gespür dafür, was Redaktionen interessiert.',
  ],
  digitalisierung: [
    '{Sie|Er} unterstützt Vereine bei der Digitalisierung, von der Mitgliederverwaltung über datenschutzfreundliche Videokonferenzen bis zu barrierefreien Webseiten.',
    'Digitale Werkzeuge sollen Ehrenamtlichen Arbeit abnehmen, nicht neue machen: Danach wählt {sie|er} mit Initiativen passende Lösungen aus.',
  ],
  organisationsentwicklung: [
    '{Ihr|Sein} Thema ist Organisationsentwicklung in wachsenden Initiativen, wenn aus dem Freundeskreis ein Team mit klaren Zuständigkeiten werden muss.',
    '{Sie|Er} begleitet Wohlfahrtsverbände und Vereine bei Veränderungsprozessen und moderiert Strategieklausuren.',
  ],
  teamaufbau: [
    '{Sie|Er} begleitet Gründungsteams beim Teamaufbau, bei Konflikten und bei der Frage, wer welche Rolle übernimmt.',
    'Gute Teams sind für {sie|ihn} der wichtigste Erfolgsfaktor; {sie|er} hilft beim Finden von Mitgründerinnen und Mitgründern und beim Einstellen der ersten Beschäftigten.',
  ],
  ehrenamtsmanagement: [
    'Im Ehrenamtsmanagement hat {sie|er} Freiwilligenagenturen aufgebaut und schult Koordinatorinnen und Koordinatoren darin, Ehrenamtliche zu gewinnen und zu halten.',
    'Das Ehrenamt verändert sich: {Sie|Er} zeigt, wie Vereine Menschen für kurze, projektbezogene Einsätze begeistern.',
  ],
  sozialrecht: [
    '{Sie|Er} kennt das Sozialrecht vom SGB II bis zum SGB XI und hilft, Leistungsvereinbarungen mit Kostenträgern vorzubereiten.',
    'Wenn ein Angebot über Leistungen der Pflegekasse oder der Eingliederungshilfe finanziert werden soll, klärt {sie|er} die sozialrechtlichen Voraussetzungen.',
  ],
  partizipation: [
    '{Sie|Er} moderiert Bürgerbeteiligungen und Zukunftswerkstätten in Dörfern und Stadtteilen, bei denen auch Jugendliche und Ältere zu Wort kommen.',
    'Beteiligung heißt für {sie|ihn}, Betroffene von Anfang an einzubeziehen, nicht erst, wenn alles entschieden ist.',
  ],
  kooperationen: [
    '{Sie|Er} bringt Initiativen mit Kommunen, Wohlfahrtsverbänden und Unternehmen zusammen und weiß, wie Kooperationsverträge gelingen.',
    'Über {ihr|sein} Netzwerk vermittelt {sie|er} Kontakte zu Stiftungen, Verwaltungen und Unternehmen in ganz Sachsen.',
  ],
};

export const BIO_CLOSINGS = [
  'Ehrenamtlich engagiert {sie|er} sich in der Nachbarschaftshilfe {ihres|seines} Wohnorts.',
  'In {ihrer|seiner} Freizeit ist {sie|er} im Ehrenamt bei der Freiwilligen Feuerwehr aktiv.',
  'Besonders am Herzen liegen {ihr|ihm} Projekte, die Jung und Alt zusammenbringen.',
  '{Sie|Er} freut sich über Anfragen aus kleinen Vereinen genauso wie aus großen Trägern.',
  'Gespräche führt {sie|er} am liebsten bei einem Spaziergang, gern auch an der frischen Luft.',
  'Im SINNkubator betreut {sie|er} jedes Jahr mehrere Teams über sechs Monate.',
];
