import { defineElement } from '../base/define.js';
import { SinnInitiativeMap } from './initiative-map.js';

defineElement('sinn-initiative-map', SinnInitiativeMap);

// The class as well: importing this entry alone then gives TypeScript the tag and its events.
export { SinnInitiativeMap };
