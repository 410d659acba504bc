import { defineElement } from '../base/define.js';
import { SinnMentorSearch } from './mentor-search.js';

defineElement('sinn-mentor-search', SinnMentorSearch);
