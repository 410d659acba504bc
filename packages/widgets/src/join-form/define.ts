import { defineElement } from '../base/define.js';
import { SinnJoinForm } from './join-form.js';

defineElement('sinn-join-form', SinnJoinForm);
