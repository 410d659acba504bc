// Sending a sign-up: loaded when a person starts filling in the form (with the proof-of-work challenge it
// fetches then), so a page that only shows the form downloads none of it. The sending itself is the forms'
// shared one (../sending/); the checks are the join form's own.
export { createMembershipEndpoint } from '@sinn/sdk';
export { revealFailure } from '../sending/reveal.js';
export { Sender } from '../sending/sender.js';
export { recheck, validate } from './validation.js';
