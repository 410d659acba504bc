import { defineElement } from '../base/define.js';
import { SinnInitiativeCards } from './initiative-cards.js';

defineElement('sinn-initiative-cards', SinnInitiativeCards);

// The class as well: importing this entry alone then gives TypeScript the tag and its events (the element's
// module declares them for document.createElement, querySelector and addEventListener).
export { SinnInitiativeCards };
