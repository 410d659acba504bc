// English strings of what the mentor search shows when nobody matches (no-results.ts), fetched with its code.
import type { NoResultsMessageKey } from './de.js';

export const en: Record<NoResultsMessageKey, string> = {
  'results.empty': 'Nobody matches this search.',
  'results.drop': 'Without “{filter}”, at least {count} match.',
  'results.drop.exact': 'Without “{filter}”, {count} match.',
  'results.drop.exact.one': 'Without “{filter}”, one person matches.',
  'results.drop.one': 'Without “{filter}”, at least one person matches.',
  'results.drop.action': 'Remove “{filter}”',
  'results.spelling': 'Check the spelling or search with fewer words.',
};
