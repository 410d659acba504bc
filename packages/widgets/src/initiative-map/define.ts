import { defineElement } from '../base/define.js';
import { askFirst } from './first-requests.js';
import { SinnInitiativeMap } from './initiative-map.js';

defineElement('sinn-initiative-map', SinnInitiativeMap, askFirst);

// The class as well: importing this entry alone then gives TypeScript the tag and its events.
export { SinnInitiativeMap };
