// English strings of the map's hint to zoom with Ctrl (map-hint.ts), fetched with its code.
import type { HintMessageKey } from './de.js';

export const en: Record<HintMessageKey, string> = {
  'map.wheel': '{key} + scroll to zoom',
  'map.ctrl': 'Ctrl',
  'map.cmd': '⌘',
};
