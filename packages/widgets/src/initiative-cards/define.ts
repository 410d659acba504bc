import { defineElement } from '../base/define.js';
import { SinnInitiativeCards } from './initiative-cards.js';

defineElement('sinn-initiative-cards', SinnInitiativeCards);
