// Real Saxon towns (and districts of the three cities) per region, with their usual postal code. The streets
// and venues built from them are made up; no address belongs to a real person or organisation.
import type { RegionId } from '@sinn/sdk';

export interface Place {
  /** How the place appears in a title: "Plauen", "Leipzig-Grünau". */
  name: string;
  /** The municipality, for an address. */
  city: string;
  postalCode: string;
}

export interface RegionText {
  /** "im Landkreis Bautzen", "in Chemnitz". */
  in: string;
  /** The landscape people name it by, for organisation and event names. */
  area: string;
  /** A river that flows through it, for the river and pond projects. */
  river: string;
  /** The river in the genitive with its article: "der Spree", "der Weißen Elster". */
  ofRiver: string;
  /**
   * Villages (real municipalities) for what only a village has: a Dorfladen, a Mitfahrbank. Empty for the
   * three cities, whose places are districts, where "Dorf" and "Gemeinde" would be wrong.
   */
  villages: string[];
  /** The area code for fictional phone numbers. */
  phoneArea: string;
  places: Place[];
}

const towns = (list: [string, string][]): Place[] =>
  list.map(([name, postalCode]) => ({ name, city: name, postalCode }));
const districts = (city: string, list: [string, string][]): Place[] =>
  list.map(([district, postalCode]) => ({ name: `${city}-${district}`, city, postalCode }));

export const REGION_TEXTS: Record<RegionId, RegionText> = {
  bautzen: {
    in: 'im Landkreis Bautzen',
    area: 'Oberlausitz',
    river: 'Spree',
    ofRiver: 'der Spree',
    villages: ['Crostwitz', 'Göda', 'Großpostwitz', 'Neschwitz', 'Ralbitz-Rosenthal'],
    phoneArea: '3591',
    places: towns([
      ['Bautzen', '02625'],
      ['Hoyerswerda', '02977'],
      ['Kamenz', '01917'],
      ['Radeberg', '01454'],
      ['Bischofswerda', '01877'],
      ['Wilthen', '02681'],
      ['Königsbrück', '01936'],
    ]),
  },
  erzgebirgskreis: {
    in: 'im Erzgebirgskreis',
    area: 'Erzgebirge',
    river: 'Zschopau',
    ofRiver: 'der Zschopau',
    villages: ['Crottendorf', 'Sehmatal', 'Tannenberg', 'Gornau', 'Deutschneudorf'],
    phoneArea: '3733',
    places: towns([
      ['Annaberg-Buchholz', '09456'],
      ['Aue-Bad Schlema', '08280'],
      ['Marienberg', '09496'],
      ['Stollberg', '09366'],
      ['Schwarzenberg', '08340'],
      ['Olbernhau', '09526'],
      ['Zschopau', '09405'],
    ]),
  },
  goerlitz: {
    in: 'im Landkreis Görlitz',
    area: 'Lausitz',
    river: 'Neiße',
    ofRiver: 'der Neiße',
    villages: ['Mittelherwigsdorf', 'Kottmar', 'Hohendubrau', 'Schleife', 'Hainewalde'],
    phoneArea: '3581',
    places: towns([
      ['Görlitz', '02826'],
      ['Zittau', '02763'],
      ['Löbau', '02708'],
      ['Niesky', '02906'],
      ['Weißwasser', '02943'],
      ['Herrnhut', '02747'],
      ['Ebersbach-Neugersdorf', '02727'],
    ]),
  },
  'landkreis-leipzig': {
    in: 'im Landkreis Leipzig',
    area: 'Muldental',
    river: 'Mulde',
    ofRiver: 'der Mulde',
    villages: ['Belgershain', 'Otterwisch', 'Parthenstein', 'Thallwitz', 'Großpösna'],
    phoneArea: '3433',
    places: towns([
      ['Borna', '04552'],
      ['Grimma', '04668'],
      ['Wurzen', '04808'],
      ['Markkleeberg', '04416'],
      ['Markranstädt', '04420'],
      ['Colditz', '04680'],
      ['Geithain', '04643'],
    ]),
  },
  meissen: {
    in: 'im Landkreis Meißen',
    area: 'Elbland',
    river: 'Elbe',
    ofRiver: 'der Elbe',
    villages: ['Klipphausen', 'Käbschütztal', 'Hirschstein', 'Diera-Zehren', 'Stauchitz'],
    phoneArea: '3521',
    places: towns([
      ['Meißen', '01662'],
      ['Riesa', '01587'],
      ['Radebeul', '01445'],
      ['Coswig', '01640'],
      ['Großenhain', '01558'],
      ['Moritzburg', '01468'],
      ['Nünchritz', '01612'],
    ]),
  },
  mittelsachsen: {
    in: 'im Landkreis Mittelsachsen',
    area: 'Mittelsachsen',
    river: 'Freiberger Mulde',
    ofRiver: 'der Freiberger Mulde',
    villages: ['Striegistal', 'Bobritzsch-Hilbersdorf', 'Reinsberg', 'Kriebstein', 'Königsfeld'],
    phoneArea: '3731',
    places: towns([
      ['Freiberg', '09599'],
      ['Döbeln', '04720'],
      ['Mittweida', '09648'],
      ['Flöha', '09557'],
      ['Rochlitz', '09306'],
      ['Hainichen', '09661'],
      ['Frankenberg', '09669'],
    ]),
  },
  nordsachsen: {
    in: 'im Landkreis Nordsachsen',
    area: 'Nordsachsen',
    river: 'Elbe',
    ofRiver: 'der Elbe',
    villages: ['Arzberg', 'Beilrode', 'Dreiheide', 'Liebschützberg', 'Zschepplin'],
    phoneArea: '3421',
    places: towns([
      ['Torgau', '04860'],
      ['Delitzsch', '04509'],
      ['Eilenburg', '04838'],
      ['Oschatz', '04758'],
      ['Bad Düben', '04849'],
      ['Taucha', '04425'],
      ['Schkeuditz', '04435'],
    ]),
  },
  'saechsische-schweiz-osterzgebirge': {
    in: 'im Landkreis Sächsische Schweiz-Osterzgebirge',
    area: 'Sächsische Schweiz',
    river: 'Elbe',
    ofRiver: 'der Elbe',
    villages: ['Reinhardtsdorf-Schöna', 'Rathmannsdorf', 'Kreischa', 'Dohma', 'Bahretal'],
    phoneArea: '3501',
    places: towns([
      ['Pirna', '01796'],
      ['Freital', '01705'],
      ['Dippoldiswalde', '01744'],
      ['Sebnitz', '01855'],
      ['Heidenau', '01809'],
      ['Altenberg', '01773'],
      ['Bad Schandau', '01814'],
    ]),
  },
  vogtlandkreis: {
    in: 'im Vogtlandkreis',
    area: 'Vogtland',
    river: 'Weiße Elster',
    ofRiver: 'der Weißen Elster',
    villages: ['Bösenbrunn', 'Eichigt', 'Tirpersdorf', 'Theuma', 'Weischlitz'],
    phoneArea: '3741',
    places: towns([
      ['Plauen', '08523'],
      ['Auerbach', '08209'],
      ['Reichenbach im Vogtland', '08468'],
      ['Oelsnitz', '08606'],
      ['Markneukirchen', '08258'],
      ['Klingenthal', '08248'],
      ['Rodewisch', '08228'],
    ]),
  },
  zwickau: {
    in: 'im Landkreis Zwickau',
    area: 'Westsachsen',
    river: 'Zwickauer Mulde',
    ofRiver: 'der Zwickauer Mulde',
    villages: ['Langenweißbach', 'Mülsen', 'Dennheritz', 'Crinitzberg', 'Hirschfeld'],
    phoneArea: '375',
    places: towns([
      ['Zwickau', '08056'],
      ['Glauchau', '08371'],
      ['Crimmitschau', '08451'],
      ['Werdau', '08412'],
      ['Limbach-Oberfrohna', '09212'],
      ['Meerane', '08393'],
      ['Hohenstein-Ernstthal', '09337'],
    ]),
  },
  chemnitz: {
    in: 'in Chemnitz',
    area: 'Chemnitz',
    river: 'Chemnitz',
    ofRiver: 'der Chemnitz',
    villages: [],
    phoneArea: '371',
    places: districts('Chemnitz', [
      ['Sonnenberg', '09130'],
      ['Kaßberg', '09112'],
      ['Schloßchemnitz', '09113'],
      ['Gablenz', '09127'],
      ['Yorckgebiet', '09131'],
      ['Markersdorf', '09123'],
      ['Zentrum', '09111'],
    ]),
  },
  dresden: {
    in: 'in Dresden',
    area: 'Dresden',
    river: 'Elbe',
    ofRiver: 'der Elbe',
    villages: [],
    phoneArea: '351',
    places: districts('Dresden', [
      ['Neustadt', '01099'],
      ['Pieschen', '01127'],
      ['Gorbitz', '01169'],
      ['Prohlis', '01239'],
      ['Johannstadt', '01307'],
      ['Striesen', '01309'],
      ['Leuben', '01257'],
    ]),
  },
  leipzig: {
    in: 'in Leipzig',
    area: 'Leipzig',
    river: 'Weiße Elster',
    ofRiver: 'der Weißen Elster',
    villages: [],
    phoneArea: '341',
    places: districts('Leipzig', [
      ['Grünau', '04209'],
      ['Connewitz', '04277'],
      ['Plagwitz', '04229'],
      ['Lindenau', '04177'],
      ['Reudnitz', '04317'],
      ['Paunsdorf', '04328'],
      ['Gohlis', '04155'],
    ]),
  },
};

export const STREETS = [
  'Hauptstraße',
  'Bahnhofstraße',
  'Am Markt',
  'Schulstraße',
  'Lindenstraße',
  'Gartenstraße',
  'Kirchplatz',
  'Dorfstraße',
  'Goethestraße',
  'Schillerstraße',
  'Lessingstraße',
  'Bergstraße',
  'Mühlgasse',
  'Friedensstraße',
  'Wiesenweg',
  'Am Anger',
  'Töpferstraße',
  'Rosenstraße',
  'Karl-Liebknecht-Straße',
  'Weberstraße',
] as const;

/** Venue names; `{place}` is the town. */
export const VENUES = [
  'Bürgerhaus {place}',
  'Stadtbibliothek {place}',
  'Mehrgenerationenhaus {place}',
  'Kulturhaus {place}',
  'Soziokulturelles Zentrum {place}',
  'Rathaus {place}, Ratssaal',
  'Volkshochschule {place}',
  'Gemeindezentrum {place}',
  'Alte Schule {place}',
  'Kreativwerkstatt {place}',
  'Jugendhaus {place}',
  'Begegnungsstätte {place}',
] as const;

/** What a visitor needs to know about access; null stands for "not yet recorded". */
export const ACCESSIBILITY_NOTES = [
  'Stufenloser Zugang, barrierefreies WC',
  'Stufenloser Zugang über den Hof, barrierefreies WC im Erdgeschoss',
  'Induktionsschleife vorhanden',
  'Gebärdensprachdolmetschung auf Anfrage bis zwei Wochen vorher',
  'Aufzug vorhanden, barrierefreies WC, Behindertenparkplatz vor dem Haus',
  'Veranstaltungsraum im 1. Obergeschoss ohne Aufzug; bitte melden Sie sich, wir finden eine Lösung',
  'Stufenloser Zugang, Ruheraum vorhanden, Assistenzhunde willkommen',
  'Schriftdolmetschung und Induktionsschleife vorhanden',
  'Eine Stufe am Eingang, mobile Rampe vorhanden',
  'Barrierefrei, Unterlagen in Leichter Sprache',
] as const;
