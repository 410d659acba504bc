import { defineElement } from '../base/define.js';
import { SinnSurvey } from './survey.js';

defineElement('sinn-survey', SinnSurvey);

// The class as well: importing this entry alone then gives TypeScript the tag and its events (the element's
// module declares them for document.createElement, querySelector and addEventListener).
export { SinnSurvey };
