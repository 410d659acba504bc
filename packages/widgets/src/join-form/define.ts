import { defineElement } from '../base/define.js';
import { SinnJoinForm } from './join-form.js';

defineElement('sinn-join-form', SinnJoinForm);

// The class as well: importing this entry alone then gives TypeScript the tag and its events (the element's
// module declares them for document.createElement, querySelector and addEventListener).
export { SinnJoinForm };
