// Sending a response: loaded when a person starts filling in the survey (with the proof-of-work challenge it
// fetches then), so a page that only shows the survey or its results downloads none of it. The sending itself is
// the forms' shared one (../sending/); the checks are the survey's own.
export { createSurveyResponseEndpoint } from '@sinn/sdk';
export { revealFailure } from '../sending/reveal.js';
export { Sender } from '../sending/sender.js';
export { validate } from './validation.js';
