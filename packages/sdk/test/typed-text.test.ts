import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { MembershipRequest, MentorRequestBody } from '../src/index.js';

// What a person types, as the server and the forms both read it.
describe('typed text', () => {
  it('loses the invisible marks that turn the writing direction, and keeps every letter', () => {
    // "Paula \u202eTest" shows in a mail as "Paula tseT": a name disguised as another.
    assert.equal(z.parse(MembershipRequest.shape.name, 'Paula \u202eTest'), 'Paula Test');
    assert.equal(z.parse(MembershipRequest.shape.name, '\u2066Erika\u2069 Mustermann\u202c'), 'Erika Mustermann');
    // Right-to-left names keep their letters and their own marks (LRM, RLM), which are no override.
    assert.equal(z.parse(MembershipRequest.shape.name, 'ليلى حداد\u200f'), 'ليلى حداد\u200f');
    assert.equal(z.parse(MentorRequestBody.shape.name, 'Amira \u202dHaddad'), 'Amira Haddad');
  });

  it('still refuses control characters', () => {
    assert.equal(z.safeParse(MembershipRequest.shape.name, 'Erika\u0007').success, false);
  });
});
