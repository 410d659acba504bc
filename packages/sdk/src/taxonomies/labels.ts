// German and English labels of every vocabulary in ids.ts. The server serves them at /v1/taxonomies; a
// `satisfies Record<Id, …>` on each table makes the compiler refuse an id without its two labels.
import type {
  AVAILABILITY_IDS,
  EVENT_CATEGORY_IDS,
  EVENT_FORMAT_IDS,
  EVENT_STATUS_IDS,
  EXPERTISE_IDS,
  LANGUAGE_IDS,
  MENTOR_FORMAT_IDS,
  ORGANISATION_KIND_IDS,
  REGION_IDS,
  SDG_IDS,
  STAGE_IDS,
  TOPIC_IDS,
} from './ids.js';

type Of<T extends readonly unknown[]> = T[number];

export interface Label {
  de: string;
  en: string;
}

export const REGION_LABELS = {
  bautzen: { de: 'Landkreis Bautzen', en: 'Bautzen district' },
  erzgebirgskreis: { de: 'Erzgebirgskreis', en: 'Erzgebirge district' },
  goerlitz: { de: 'Landkreis Görlitz', en: 'Görlitz district' },
  'landkreis-leipzig': { de: 'Landkreis Leipzig', en: 'Leipzig district' },
  meissen: { de: 'Landkreis Meißen', en: 'Meissen district' },
  mittelsachsen: { de: 'Landkreis Mittelsachsen', en: 'Central Saxony district' },
  nordsachsen: { de: 'Landkreis Nordsachsen', en: 'North Saxony district' },
  'saechsische-schweiz-osterzgebirge': {
    de: 'Landkreis Sächsische Schweiz-Osterzgebirge',
    en: 'Saxon Switzerland-Eastern Ore Mountains district',
  },
  vogtlandkreis: { de: 'Vogtlandkreis', en: 'Vogtland district' },
  zwickau: { de: 'Landkreis Zwickau', en: 'Zwickau district' },
  chemnitz: { de: 'Chemnitz', en: 'Chemnitz' },
  dresden: { de: 'Dresden', en: 'Dresden' },
  leipzig: { de: 'Leipzig', en: 'Leipzig' },
} satisfies Record<Of<typeof REGION_IDS>, Label>;

export const TOPIC_LABELS = {
  arbeit: { de: 'Arbeit und Beschäftigung', en: 'Work and employment' },
  'alter-pflege': { de: 'Alter und Pflege', en: 'Ageing and care' },
  gesundheit: { de: 'Gesundheit', en: 'Health' },
  zusammenhalt: { de: 'Gesellschaftlicher Zusammenhalt', en: 'Social cohesion' },
  wohnen: { de: 'Wohnen', en: 'Housing' },
  inklusion: { de: 'Inklusion', en: 'Inclusion' },
  bildung: { de: 'Bildung', en: 'Education' },
  engagement: { de: 'Bürgerschaftliches Engagement', en: 'Civic engagement' },
  genossenschaften: { de: 'Genossenschaften', en: 'Cooperatives' },
  sozialunternehmertum: { de: 'Sozialunternehmertum', en: 'Social entrepreneurship' },
  'laendlicher-raum': { de: 'Ländlicher Raum', en: 'Rural areas' },
  digitalisierung: { de: 'Digitale Teilhabe', en: 'Digital participation' },
  'klima-umwelt': { de: 'Klima und Umwelt', en: 'Climate and environment' },
  'migration-teilhabe': { de: 'Migration und Teilhabe', en: 'Migration and participation' },
  'familie-kinder': { de: 'Familie, Kinder und Jugend', en: 'Families, children and youth' },
  mobilitaet: { de: 'Mobilität', en: 'Mobility' },
} satisfies Record<Of<typeof TOPIC_IDS>, Label>;

export const SDG_LABELS = {
  1: { de: 'Keine Armut', en: 'No poverty' },
  2: { de: 'Kein Hunger', en: 'Zero hunger' },
  3: { de: 'Gesundheit und Wohlergehen', en: 'Good health and well-being' },
  4: { de: 'Hochwertige Bildung', en: 'Quality education' },
  5: { de: 'Geschlechtergleichheit', en: 'Gender equality' },
  6: { de: 'Sauberes Wasser und Sanitäreinrichtungen', en: 'Clean water and sanitation' },
  7: { de: 'Bezahlbare und saubere Energie', en: 'Affordable and clean energy' },
  8: { de: 'Menschenwürdige Arbeit und Wirtschaftswachstum', en: 'Decent work and economic growth' },
  9: { de: 'Industrie, Innovation und Infrastruktur', en: 'Industry, innovation and infrastructure' },
  10: { de: 'Weniger Ungleichheiten', en: 'Reduced inequalities' },
  11: { de: 'Nachhaltige Städte und Gemeinden', en: 'Sustainable cities and communities' },
  12: { de: 'Nachhaltige/r Konsum und Produktion', en: 'Responsible consumption and production' },
  13: { de: 'Maßnahmen zum Klimaschutz', en: 'Climate action' },
  14: { de: 'Leben unter Wasser', en: 'Life below water' },
  15: { de: 'Leben an Land', en: 'Life on land' },
  16: { de: 'Frieden, Gerechtigkeit und starke Institutionen', en: 'Peace, justice and strong institutions' },
  17: { de: 'Partnerschaften zur Erreichung der Ziele', en: 'Partnerships for the goals' },
} satisfies Record<Of<typeof SDG_IDS>, Label>;

export const STAGE_LABELS = {
  idee: { de: 'Idee', en: 'Idea' },
  pilot: { de: 'Pilotphase', en: 'Pilot' },
  wachstum: { de: 'Wachstum', en: 'Scaling' },
  etabliert: { de: 'Etabliert', en: 'Established' },
} satisfies Record<Of<typeof STAGE_IDS>, Label>;

export const EXPERTISE_LABELS = {
  finanzierung: { de: 'Finanzierung', en: 'Financing' },
  foerdermittel: { de: 'Fördermittel', en: 'Grants and public funding' },
  crowdfunding: { de: 'Crowdfunding', en: 'Crowdfunding' },
  geschaeftsmodell: { de: 'Geschäftsmodell', en: 'Business model' },
  rechtsform: { de: 'Rechtsform und Gemeinnützigkeit', en: 'Legal form and charitable status' },
  wirkungsmessung: { de: 'Wirkungsmessung', en: 'Impact measurement' },
  marketing: { de: 'Marketing', en: 'Marketing' },
  oeffentlichkeitsarbeit: { de: 'Öffentlichkeitsarbeit', en: 'Public relations' },
  digitalisierung: { de: 'Digitalisierung', en: 'Digitalisation' },
  organisationsentwicklung: { de: 'Organisationsentwicklung', en: 'Organisational development' },
  teamaufbau: { de: 'Teamaufbau', en: 'Team building' },
  ehrenamtsmanagement: { de: 'Ehrenamtsmanagement', en: 'Volunteer management' },
  sozialrecht: { de: 'Sozialrecht', en: 'Social law' },
  partizipation: { de: 'Partizipation und Beteiligung', en: 'Participation' },
  kooperationen: { de: 'Kooperationen und Netzwerke', en: 'Partnerships and networks' },
} satisfies Record<Of<typeof EXPERTISE_IDS>, Label>;

export const EVENT_CATEGORY_LABELS = {
  netzwerktreffen: { de: 'Netzwerktreffen', en: 'Networking event' },
  workshop: { de: 'Workshop', en: 'Workshop' },
  hackathon: { de: 'Hackathon', en: 'Hackathon' },
  studienreise: { de: 'Studienreise', en: 'Study trip' },
  dialog: { de: 'Dialogveranstaltung', en: 'Dialogue' },
  roadshow: { de: 'Roadshow', en: 'Roadshow' },
  festival: { de: 'Festival', en: 'Festival' },
  webinar: { de: 'Webinar', en: 'Webinar' },
  preisverleihung: { de: 'Preisverleihung', en: 'Award ceremony' },
  sprechstunde: { de: 'Sprechstunde', en: 'Office hours' },
} satisfies Record<Of<typeof EVENT_CATEGORY_IDS>, Label>;

export const EVENT_FORMAT_LABELS = {
  onsite: { de: 'Vor Ort', en: 'On site' },
  online: { de: 'Online', en: 'Online' },
  hybrid: { de: 'Hybrid', en: 'Hybrid' },
} satisfies Record<Of<typeof EVENT_FORMAT_IDS>, Label>;

export const EVENT_STATUS_LABELS = {
  scheduled: { de: 'Findet statt', en: 'Scheduled' },
  cancelled: { de: 'Abgesagt', en: 'Cancelled' },
  postponed: { de: 'Verschoben', en: 'Postponed' },
} satisfies Record<Of<typeof EVENT_STATUS_IDS>, Label>;

export const MENTOR_FORMAT_LABELS = {
  onsite: { de: 'Vor Ort', en: 'On site' },
  online: { de: 'Online', en: 'Online' },
} satisfies Record<Of<typeof MENTOR_FORMAT_IDS>, Label>;

export const AVAILABILITY_LABELS = {
  available: { de: 'Verfügbar', en: 'Available' },
  limited: { de: 'Eingeschränkt verfügbar', en: 'Limited availability' },
  unavailable: { de: 'Derzeit ausgebucht', en: 'Currently fully booked' },
} satisfies Record<Of<typeof AVAILABILITY_IDS>, Label>;

export const LANGUAGE_LABELS = {
  de: { de: 'Deutsch', en: 'German' },
  en: { de: 'Englisch', en: 'English' },
  pl: { de: 'Polnisch', en: 'Polish' },
  cs: { de: 'Tschechisch', en: 'Czech' },
  uk: { de: 'Ukrainisch', en: 'Ukrainian' },
  ru: { de: 'Russisch', en: 'Russian' },
  ar: { de: 'Arabisch', en: 'Arabic' },
  fr: { de: 'Französisch', en: 'French' },
  es: { de: 'Spanisch', en: 'Spanish' },
  tr: { de: 'Türkisch', en: 'Turkish' },
  vi: { de: 'Vietnamesisch', en: 'Vietnamese' },
} satisfies Record<Of<typeof LANGUAGE_IDS>, Label>;

export const ORGANISATION_KIND_LABELS = {
  'welfare-association': { de: 'Wohlfahrtsverband', en: 'Welfare association' },
  'impact-hub': { de: 'Impact Hub', en: 'Impact Hub' },
  initiative: { de: 'Initiative', en: 'Initiative' },
  'social-enterprise': { de: 'Sozialunternehmen', en: 'Social enterprise' },
  'public-body': { de: 'Öffentliche Stelle', en: 'Public body' },
  'crowdfunding-platform': { de: 'Crowdfunding-Plattform', en: 'Crowdfunding platform' },
} satisfies Record<Of<typeof ORGANISATION_KIND_IDS>, Label>;
