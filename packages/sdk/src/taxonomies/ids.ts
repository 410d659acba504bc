// The identifiers of every controlled vocabulary. Kept apart from the labels so that browser code validating
// a filter pulls in a few short strings, not two languages of titles. One module per domain, so that a page's script-tag build carries the vocabularies of the elements it shows
// only (rollup.config.mjs places each with its element); this module gathers them for everyone else.
export * from './ids/places.js';
export * from './ids/topics.js';
export * from './ids/initiatives.js';
export * from './ids/events.js';
export * from './ids/mentors.js';
export * from './ids/memberships.js';
