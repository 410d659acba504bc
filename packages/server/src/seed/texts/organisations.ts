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
}

/** The consortium that runs SINN; they organise most events. */
export const CONSORTIUM: OrganisationText[] = [
  { name: 'Caritasverband für das Bistum Dresden-Meißen e. V.', short: 'Caritas', kind: 'welfare-association', region: 'dresden', host: 'caritas-sachsen.example.org' },
  { name: 'Diakonie Sachsen', short: 'Diakonie Sachsen', kind: 'welfare-association', region: null, host: 'diakonie-sachsen.example.org' },
  { name: 'DRK Landesverband Sachsen e. V.', short: 'DRK Sachsen', kind: 'welfare-association', region: null, host: 'drk-sachsen.example.org' },
  { name: 'Der Paritätische Sachsen', short: 'Der Paritätische Sachsen', kind: 'welfare-association', region: null, host: 'parisax.example.org' },
  { name: 'parikom – Paritätisches Kompetenzzentrum für soziale Innovation gGmbH', short: 'parikom', kind: 'welfare-association', region: 'dresden', host: 'parikom.example.org' },
  { name: 'Impact Hub Dresden', short: 'Impact Hub Dresden', kind: 'impact-hub', region: 'dresden', host: 'dresden.impacthub.example.org' },
  { name: 'Impact Hub Leipzig', short: 'Impact Hub Leipzig', kind: 'impact-hub', region: 'leipzig', host: 'leipzig.impacthub.example.org' },
  { name: 'Startnext', short: 'Startnext', kind: 'crowdfunding-platform', region: 'dresden', host: 'www.startnext.example.org' },
];

const o = (
  name: string,
  kind: OrganisationKindId,
  region: RegionId | null,
  host: string | null,
  short = name.replace(/ (e\. V\.|eG|gGmbH|GmbH|UG \(haftungsbeschränkt\))$/, ''),
): OrganisationText => ({ name, kind, region, host, short });

export const FICTIONAL_ORGANISATIONS: OrganisationText[] = [
  o('Bürgerverein Oberlausitz e. V.', 'initiative', 'bautzen', 'buergerverein-oberlausitz.example.org'),
  o('Sozialwerk Lausitzer Seenland e. V.', 'initiative', 'bautzen', null),
  o('Wendisches Nachbarschaftsnetz e. V.', 'initiative', 'bautzen', 'nachbarschaftsnetz.example.org'),
  o('Erzgebirgische Sozialgenossenschaft eG', 'social-enterprise', 'erzgebirgskreis', 'sozialgenossenschaft-erzgebirge.example.org'),
  o('Glück auf Miteinander e. V.', 'initiative', 'erzgebirgskreis', null),
  o('Werkstatt Zukunft Westerzgebirge gGmbH', 'social-enterprise', 'erzgebirgskreis', 'werkstatt-zukunft.example.org'),
  o('Neißeland verbindet e. V.', 'initiative', 'goerlitz', 'neisseland.example.org'),
  o('Zittauer Gebirgsdörfer eG', 'social-enterprise', 'goerlitz', null),
  o('Kreisentwicklung Görlitz, Stabsstelle Daseinsvorsorge', 'public-body', 'goerlitz', 'daseinsvorsorge-goerlitz.example.org'),
  o('Muldentaler Landfrauen e. V.', 'initiative', 'landkreis-leipzig', null),
  o('Bornaer Tafel und Teilhabe e. V.', 'initiative', 'landkreis-leipzig', 'tafel-borna.example.org'),
  o('Neue Ufer Sozialunternehmen gGmbH', 'social-enterprise', 'landkreis-leipzig', 'neue-ufer.example.org'),
  o('Elbland Nachbarschaftshilfe e. V.', 'initiative', 'meissen', 'elbland-hilft.example.org'),
  o('Riesaer Werkstätten für Teilhabe gGmbH', 'social-enterprise', 'meissen', null),
  o('Weinberg Inklusiv e. V.', 'initiative', 'meissen', 'weinberg-inklusiv.example.org'),
  o('Freiberger Bürgerstiftung', 'initiative', 'mittelsachsen', 'buergerstiftung-freiberg.example.org'),
  o('Sozialgenossenschaft Mittelsachsen eG', 'social-enterprise', 'mittelsachsen', null),
  o('Kommunale Sozialplanung Mittelsachsen', 'public-body', 'mittelsachsen', 'sozialplanung-mittelsachsen.example.org'),
  o('Heidedörfer im Aufbruch e. V.', 'initiative', 'nordsachsen', 'heidedoerfer.example.org'),
  o('Torgauer Generationenhaus e. V.', 'initiative', 'nordsachsen', null),
  o('Fahrwerk Nordsachsen gGmbH', 'social-enterprise', 'nordsachsen', 'fahrwerk.example.org'),
  o('Elbsandstein sozial e. V.', 'initiative', 'saechsische-schweiz-osterzgebirge', 'elbsandstein-sozial.example.org'),
  o('Osterzgebirgische Dorfladen eG', 'social-enterprise', 'saechsische-schweiz-osterzgebirge', null),
  o('Pirnaer Engagementbüro', 'public-body', 'saechsische-schweiz-osterzgebirge', 'engagement-pirna.example.org'),
  o('Sozialgenossenschaft Vogtland eG', 'social-enterprise', 'vogtlandkreis', 'sozialgenossenschaft-vogtland.example.org'),
  o('Vogtländischer Nachbarschaftsring e. V.', 'initiative', 'vogtlandkreis', null),
  o('Musikwinkel inklusiv e. V.', 'initiative', 'vogtlandkreis', 'musikwinkel-inklusiv.example.org'),
  o('Westsächsisches Netzwerk Ehrenamt e. V.', 'initiative', 'zwickau', 'ehrenamt-westsachsen.example.org'),
  o('Muldenwerk Zwickau gGmbH', 'social-enterprise', 'zwickau', null),
  o('Glauchauer Zukunftswerkstatt e. V.', 'initiative', 'zwickau', 'zukunftswerkstatt-glauchau.example.org'),
  o('Sonnenberg Gemeinsam e. V.', 'initiative', 'chemnitz', 'sonnenberg-gemeinsam.example.org'),
  o('Kaßberg Kollektiv UG (haftungsbeschränkt)', 'social-enterprise', 'chemnitz', 'kassberg-kollektiv.example.org'),
  o('Chemnitzer Stadtteilmanagement Süd', 'public-body', 'chemnitz', null),
  o('Elbflorenz Sozialunternehmen gGmbH', 'social-enterprise', 'dresden', 'elbflorenz-sozial.example.org'),
  o('Nachbarschaftsnetz Dresden-Ost e. V.', 'initiative', 'dresden', 'nachbarschaft-dresden-ost.example.org'),
  o('Gorbitzer Familienwerk e. V.', 'initiative', 'dresden', null),
  o('Nachbarschaftsnetz Leipzig-West e. V.', 'initiative', 'leipzig', 'nachbarschaft-leipzig-west.example.org'),
  o('Wächterhaus Kollektiv Leipzig eG', 'social-enterprise', 'leipzig', 'waechterhaus-kollektiv.example.org'),
  o('Grünauer Bürgerwerkstatt e. V.', 'initiative', 'leipzig', null),
  o('Sächsisches Netzwerk Soziale Genossenschaften e. V.', 'initiative', null, 'soziale-genossenschaften.example.org'),
  o('Landesnetzwerk Leichte Sprache Sachsen e. V.', 'initiative', null, 'leichte-sprache-sachsen.example.org'),
  o('Sachsen sozial digital gGmbH', 'social-enterprise', null, 'sachsen-sozial-digital.example.org'),
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
