// English strings of the map's street layer (streets.ts), fetched with its code.
import type { StreetsMessageKey } from './de.js';

export const en: Record<StreetsMessageKey, string> = {
  'map.streets.load': 'Load map with streets',
  'map.streets.host': 'Loads tiles from {host}, which then learns your IP address and this website\'s address.',
  'map.streets.hide': 'Hide streets',
  'map.streets.shown': 'Tiles from {host}.',
  'map.streets.failed': 'The map with streets could not be loaded.',
};
