// German strings of the map's hint to zoom with Ctrl (map-hint.ts), fetched with its code; en.ts has the same keys.
export const de = {
  'map.wheel': '{key} + Mausrad zum Zoomen',
  'map.ctrl': 'Strg',
  'map.cmd': '⌘',
} as const;

export type HintMessageKey = keyof typeof de;
