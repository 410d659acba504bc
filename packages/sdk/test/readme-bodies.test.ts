import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { EventInput, SurveyInput } from '../src/index.js';

// The README shows staff a body to write by hand for an event and a survey: each must be one the staff API takes,
// or the first thing a new editor copies is refused.
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const bodies = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1]!) as Record<string, unknown>);

describe("the README's example bodies", () => {
  for (const [name, schema, isIt] of [
    ['an event', EventInput, (body: Record<string, unknown>) => 'format' in body && 'organiser' in body],
    ['a survey', SurveyInput, (body: Record<string, unknown>) => 'questions' in body],
  ] as const) {
    it(`${name}: the staff API's schema takes it`, () => {
      const found = bodies.filter(isIt);
      assert.equal(found.length, 1, `one example of ${name}`);
      const parsed = z.safeParse(schema, found[0]);
      assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
    });
  }
});
