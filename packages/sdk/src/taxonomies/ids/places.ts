// Where: the regions every element filters by.

export const LANDKREISE = [
  'bautzen',
  'erzgebirgskreis',
  'goerlitz',
  'landkreis-leipzig',
  'meissen',
  'mittelsachsen',
  'nordsachsen',
  'saechsische-schweiz-osterzgebirge',
  'vogtlandkreis',
  'zwickau',
] as const;

export const KREISFREIE_STAEDTE = ['chemnitz', 'dresden', 'leipzig'] as const;

export const REGION_IDS = [...LANDKREISE, ...KREISFREIE_STAEDTE] as const;
