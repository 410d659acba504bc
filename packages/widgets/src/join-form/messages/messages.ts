import { catalog } from '../../i18n/i18n.js';
import { de, type JoinMessageKey } from './de.js';
import { en } from './en.js';

export const joinText = catalog<JoinMessageKey>({ de, en });
export type { JoinMessageKey };
