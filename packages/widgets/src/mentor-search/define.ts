import { defineElement } from '../base/define.js';
import { SinnMentorSearch } from './mentor-search.js';

defineElement('sinn-mentor-search', SinnMentorSearch);

// The class as well: importing this entry alone then gives TypeScript the tag and its events (the element's
// module declares them for document.createElement, querySelector and addEventListener).
export { SinnMentorSearch };
