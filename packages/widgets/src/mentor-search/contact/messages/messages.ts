import { catalog } from '../../../i18n/i18n.js';
import { de, type ContactMessageKey } from './de.js';
import { en } from './en.js';

export const contactText = catalog<ContactMessageKey>({ de, en });
export type { ContactMessageKey };
