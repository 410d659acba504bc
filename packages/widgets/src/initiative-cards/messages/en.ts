import type { CardsMessageKey } from './de.js';

export const en: Record<CardsMessageKey, string> = {
  'initiatives.label': 'Social innovations from Saxony',
  'initiatives.empty': 'There are no initiatives for this selection yet.',
  'initiatives.empty.filtered': 'There are no initiatives for this selection yet. Remove a filter to see more.',
  'initiatives.count': '{count} initiatives',
  'initiatives.count.one': '1 initiative',
  'initiatives.count.shown': '{shown} of {count} initiatives shown',
  'initiatives.more': 'Load more initiatives',
  'initiatives.details': 'More about {title}',
  'initiatives.website': "Project's website",
  'initiatives.by': 'Run by {name}',
  'initiatives.sdgs': 'Sustainable Development Goals',
  'initiatives.topics': 'Topics',
  'initiatives.topics.more': '{count} more topics',
  'initiatives.topics.more.one': '1 more topic',
  'initiatives.crowdfunding': '{raised} of {goal} raised, {supporters} supporters, until {date}',
  'initiatives.crowdfunding.link': 'To the crowdfunding campaign',
  'sdg': 'Goal {number}: {title}',
};
