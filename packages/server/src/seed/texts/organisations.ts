// The SINN consortium and some forty made-up organisations. Every web address is on example.org: demo data must
// never link a visitor to a real site that did not agree to it.
import type { OrganisationKindId, RegionId } from '@sinn/sdk';

export interface OrganisationText {
  name: string;
  kind: OrganisationKindId;
  /** Where it works; null for those active across Saxony. */
  region: RegionId | null;
  /** The host under example.org, or null for an organisation without a website. */
  host: string | null;
  /** A short name for mentors' affiliations and event texts. */
  short: string;
  /**
   * The name as it stands in a sentence, with its article where German needs one: "der Impact Hub Leipzig",
   * "die Diakonie Sachsen", "Startnext". "von Impact Hub Leipzig" reads as a slip.
   */
  nominative: string;
  /** The same after "von", "bei", "mit": "dem Impact Hub Leipzig", "dem Wendischen Nachbarschaftsnetz e. V.". */
  dative: string;
}

/**
 * How a name takes its article: by the gender of its head noun (a name ending in eG, gGmbH or UG takes that of
 * the legal form: "die Muldenwerk Zwickau gGmbH"), "verein" for names that are no noun phrase
 * ("der Verein Neißeland verbindet e. V."), "none" for brands, or both forms spelt out where the name itself
 * inflects ("Wendisches Nachbarschaftsnetz" → "dem Wendischen Nachbarschaftsnetz").
 */
type Grammar = 'm' | 'f' | 'n' | 'pl' | 'verein' | 'none' | { nominative: string; dative: string };

const ARTICLES = { m: ['der', 'dem'], f: ['die', 'der'], n: ['das', 'dem'], pl: ['die', 'den'] } as const;

function forms(name: string, grammar: Grammar): { nominative: string; dative: string } {
  if (typeof grammar === 'object') return grammar;
  if (grammar === 'none') return { nominative: name, dative: name };
  if (grammar === 'verein') return { nominative: `der Verein ${name}`, dative: `dem Verein ${name}` };
  const [nominative, dative] = ARTICLES[grammar];
  return { nominative: `${nominative} ${name}`, dative: `${dative} ${name}` };
}

const member = (name: string, short: string, kind: OrganisationKindId, region: RegionId | null, host: string, grammar: Grammar): OrganisationText => ({
  name,
  short,
  kind,
  region,
  host,
  ...forms(name, grammar),
});

/** The consortium that runs SINN; they organise most events. */
export const CONSORTIUM: OrganisationText[] = [
  member('Caritasverband für das Bistum Dresden-Meißen e. V.', 'Caritas', 'welfare-association', 'dresden', 'caritas-sachsen.example.org', 'm'),
  member('Diakonie Sachsen', 'Diakonie Sachsen', 'welfare-association', null, 'diakonie-sachsen.example.org', 'f'),
  member('DRK Landesverband Sachsen e. V.', 'DRK Sachsen', 'welfare-association', null, 'drk-sachsen.example.org', 'm'),
  member('Der Paritätische Sachsen', 'Der Paritätische Sachsen', 'welfare-association', null, 'parisax.example.org', {
    nominative: 'der Paritätische Sachsen',
    dative: 'dem Paritätischen Sachsen',
  }),
  member('parikom – Paritätisches Kompetenzzentrum für soziale Innovation gGmbH', 'parikom', 'welfare-association', 'dresden', 'parikom.example.org', {
    nominative: 'parikom, das Paritätische Kompetenzzentrum für soziale Innovation',
    dative: 'parikom, dem Paritätischen Kompetenzzentrum für soziale Innovation',
  }),
  member('Impact Hub Dresden', 'Impact Hub Dresden', 'impact-hub', 'dresden', 'dresden.impacthub.example.org', 'm'),
  member('Impact Hub Leipzig', 'Impact Hub Leipzig', 'impact-hub', 'leipzig', 'leipzig.impacthub.example.org', 'm'),
  member('Startnext', 'Startnext', 'crowdfunding-platform', 'dresden', 'www.startnext.example.org', 'none'),
];

const o = (name: string, kind: OrganisationKindId, region: RegionId | null, host: string | null, grammar: Grammar): OrganisationText => ({
  name,
  kind,
  region,
  host,
  short: name.replace(/ (e\. V\.|eG|gGmbH|GmbH|UG \(haftungsbeschränkt\))$/, ''),
  ...forms(name, grammar),
});

export const FICTIONAL_ORGANISATIONS: OrganisationText[] = [
  o('Bürgerverein Oberlausitz e. V.', 'initiative', 'bautzen', 'buergerverein-oberlausitz.example.org', 'm'),
  o('Sozialwerk Lausitzer Seenland e. V.', 'initiative', 'bautzen', null, 'n'),
  o('Wendisches Nachbarschaftsnetz e. V.', 'initiative', 'bautzen', 'nachbarschaftsnetz.example.org', {
    nominative: 'das Wendische Nachbarschaftsnetz e. V.',
    dative: 'dem Wendischen Nachbarschaftsnetz e. V.',
  }),
  o('Erzgebirgische Sozialgenossenschaft eG', 'social-enterprise', 'erzgebirgskreis', 'sozialgenossenschaft-erzgebirge.example.org', {
    nominative: 'die Erzgebirgische Sozialgenossenschaft eG',
    dative: 'der Erzgebirgischen Sozialgenossenschaft eG',
  }),
  o('Glück auf Miteinander e. V.', 'initiative', 'erzgebirgskreis', null, 'verein'),
  o('Werkstatt Zukunft Westerzgebirge gGmbH', 'social-enterprise', 'erzgebirgskreis', 'werkstatt-zukunft.example.org', 'f'),
  o('Neißeland verbindet e. V.', 'initiative', 'goerlitz', 'neisseland.example.org', 'verein'),
  o('Zittauer Gebirgsdörfer eG', 'social-enterprise', 'goerlitz', null, 'f'),
  o('Kreisentwicklung Görlitz, Stabsstelle Daseinsvorsorge', 'public-body', 'goerlitz', 'daseinsvorsorge-goerlitz.example.org', 'f'),
  o('Muldentaler Landfrauen e. V.', 'initiative', 'landkreis-leipzig', null, 'pl'),
  o('Bornaer Tafel und Teilhabe e. V.', 'initiative', 'landkreis-leipzig', 'tafel-borna.example.org', 'verein'),
  o('Neue Ufer Sozialunternehmen gGmbH', 'social-enterprise', 'landkreis-leipzig', 'neue-ufer.example.org', 'f'),
  o('Elbland Nachbarschaftshilfe e. V.', 'initiative', 'meissen', 'elbland-hilft.example.org', 'f'),
  o('Riesaer Werkstätten für Teilhabe gGmbH', 'social-enterprise', 'meissen', null, 'f'),
  o('Weinberg Inklusiv e. V.', 'initiative', 'meissen', 'weinberg-inklusiv.example.org', 'verein'),
  o('Freiberger Bürgerstiftung', 'initiative', 'mittelsachsen', 'buergerstiftung-freiberg.example.org', 'f'),
  o('Sozialgenossenschaft Mittelsachsen eG', 'social-enterprise', 'mittelsachsen', null, 'f'),
  o('Kommunale Sozialplanung Mittelsachsen', 'public-body', 'mittelsachsen', 'sozialplanung-mittelsachsen.example.org', {
    nominative: 'die Kommunale Sozialplanung Mittelsachsen',
    dative: 'der Kommunalen Sozialplanung Mittelsachsen',
  }),
  o('Heidedörfer im Aufbruch e. V.', 'initiative', 'nordsachsen', 'heidedoerfer.example.org', 'verein'),
  o('Torgauer Generationenhaus e. V.', 'initiative', 'nordsachsen', null, 'n'),
  o('Fahrwerk Nordsachsen gGmbH', 'social-enterprise', 'nordsachsen', 'fahrwerk.example.org', 'f'),
  o('Elbsandstein sozial e. V.', 'initiative', 'saechsische-schweiz-osterzgebirge', 'elbsandstein-sozial.example.org', 'verein'),
  o('Dorfladen-Genossenschaft Osterzgebirge eG', 'social-enterprise', 'saechsische-schweiz-osterzgebirge', null, 'f'),
  o('Pirnaer Engagementbüro', 'public-body', 'saechsische-schweiz-osterzgebirge', 'engagement-pirna.example.org', 'n'),
  o('Sozialgenossenschaft Vogtland eG', 'social-enterprise', 'vogtlandkreis', 'sozialgenossenschaft-vogtland.example.org', 'f'),
  o('Vogtländischer Nachbarschaftsring e. V.', 'initiative', 'vogtlandkreis', null, {
    nominative: 'der Vogtländische Nachbarschaftsring e. V.',
    dative: 'dem Vogtländischen Nachbarschaftsring e. V.',
  }),
  o('Musikwinkel inklusiv e. V.', 'initiative', 'vogtlandkreis', 'musikwinkel-inklusiv.example.org', 'verein'),
  o('Westsächsisches Netzwerk Ehrenamt e. V.', 'initiative', 'zwickau', 'ehrenamt-westsachsen.example.org', {
    nominative: 'das Westsächsische Netzwerk Ehrenamt e. V.',
    dative: 'dem Westsächsischen Netzwerk Ehrenamt e. V.',
  }),
  o('Muldenwerk Zwickau gGmbH', 'social-enterprise', 'zwickau', null, 'f'),
  o('Glauchauer Zukunftswerkstatt e. V.', 'initiative', 'zwickau', 'zukunftswerkstatt-glauchau.example.org', 'f'),
  o('Sonnenberg Gemeinsam e. V.', 'initiative', 'chemnitz', 'sonnenberg-gemeinsam.example.org', 'verein'),
  o('Kaßberg Kollektiv UG (haftungsbeschränkt)', 'social-enterprise', 'chemnitz', 'kassberg-kollektiv.example.org', 'f'),
  o('Chemnitzer Stadtteilmanagement Süd', 'public-body', 'chemnitz', null, 'n'),
  o('Elbflorenz Sozialunternehmen gGmbH', 'social-enterprise', 'dresden', 'elbflorenz-sozial.example.org', 'f'),
  o('Nachbarschaftsnetz Dresden-Ost e. V.', 'initiative', 'dresden', 'nachbarschaft-dresden-ost.example.org', 'n'),
  o('Gorbitzer Familienwerk e. V.', 'initiative', 'dresden', null, 'n'),
  o('Nachbarschaftsnetz Leipzig-West e. V.', 'initiative', 'leipzig', 'nachbarschaft-leipzig-west.example.org', 'n'),
  o('Wächterhaus Kollektiv Leipzig eG', 'social-enterprise', 'leipzig', 'waechterhaus-kollektiv.example.org', 'f'),
  o('Grünauer Bürgerwerkstatt e. V.', 'initiative', 'leipzig', null, 'f'),
  o('Sächsisches Netzwerk Soziale Genossenschaften e. V.', 'initiative', null, 'soziale-genossenschaften.example.org', {
    nominative: 'das Sächsische Netzwerk Soziale Genossenschaften e. V.',
    dative: 'dem Sächsischen Netzwerk Soziale Genossenschaften e. V.',
  }),
  o('Landesnetzwerk Leichte Sprache Sachsen e. V.', 'initiative', null, 'leichte-sprache-sachsen.example.org', 'n'),
  o('Sachsen sozial digital gGmbH', 'social-enterprise', null, 'sachsen-sozial-digital.example.org', 'f'),
];

/** Affiliations of freelance mentors: small consultancies that exist only in the demo data. */
export const CONSULTANCIES = [
  'Beratungskollektiv Elbflorenz',
  'Wirkwerk Chemnitz',
  'Gründungsbüro Vogtland',
  'Lausitzer Genossenschaftsberatung',
  'Kanzlei für Gemeinnützigkeitsrecht Leipzig',
  'Fundraising-Werkstatt Sachsen',
  'Zukunftswerkstatt Moderation',
  'Netzwerk Soziales Unternehmertum Sachsen',
];
