import { catalog } from '../../i18n/i18n.js';
import { de, type MentorMessageKey } from './de.js';
import { en } from './en.js';

export const mentorText = catalog<MentorMessageKey>({ de, en });
export type { MentorMessageKey };
