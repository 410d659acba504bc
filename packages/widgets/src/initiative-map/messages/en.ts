import type { MapMessageKey } from './de.js';

export const en: Record<MapMessageKey, string> = {
  'map.label': 'Map of social innovations in Saxony',
  'map.districts': 'Districts and cities',
  'map.district': '{name}: {count} initiatives',
  'map.district.one': '{name}: 1 initiative',
  'map.selected': '{name} selected.',
  'map.unselected': 'Selection cleared.',
  'map.count': '{count} initiatives',
  'map.count.one': '1 initiative',
  'map.empty': 'There are no initiatives for this selection yet. Remove a filter to see more.',
  'map.list': 'List',
  'map.point': '{title}, {place}',
  'map.cluster': '{place}: {count} initiatives',
  'map.place': 'Initiatives in {place}',
  'map.legend': 'Initiatives per district',
  'map.legend.none': 'none',
  'map.legend.range': '{from} to {to}',
  'map.legend.single': '{from}',
  'map.keys': 'Arrow keys move to the neighbouring district; Enter or Space selects it.',
};
