import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { migrate } from '../src/db/migrate.js';
import { VOTERS_KEPT_DAYS } from '../src/jobs/cleanup.js';
import { createTestDatabase } from './helpers/database.js';
import { insertOrganiser } from './helpers/survey.js';

// Migration 012 on a database that has votes already: a survey whose votes carry the old keyed hash (one value per
// address for every survey) keeps it, or its one-vote check would let a voter vote again; every other survey, and
// every new one, hashes with its own id.

const MIGRATIONS = fileURLToPath(new URL('../src/db/migrations/', import.meta.url));

describe('migration 012 (a survey of its own in every voter hash)', () => {
  it('keeps the shared hash only for the surveys that have votes with it', async () => {
    const database = await createTestDatabase();
    const { db } = database;
    try {
      // The database as 011 left it, with the table migrate() keeps.
      await db.exec('create table schema_migrations (name text primary key, applied_at timestamptz not null default now())');
      for (const name of (await readdir(MIGRATIONS)).filter((file) => file.endsWith('.sql') && file < '012').sort()) {
        await db.exec(await readFile(MIGRATIONS + name, 'utf8'));
        await db.query('insert into schema_migrations (name) values ($1)', [name]);
      }
      const organiser = await insertOrganiser(db);
      const survey = async (slug: string, integrity: 'open' | 'verified') => {
        const id = randomUUID();
        await db.query(
          `insert into surveys (id, slug, title, intro, region, organisation_id, opens_at, closes_at, results_policy, integrity, questions)
           select $1, $2, '{"de": "T", "en": "T", "easyLanguage": null}', '{"de": "", "en": "", "easyLanguage": null}', null, id,
                  '2026-11-01T00:00:00+01:00', '2026-12-31T00:00:00+01:00', 'after-close', $3, '[]'
           from organisations where slug = $4`,
          [id, slug, integrity, organiser],
        );
        return id;
      };
      const voted = await survey('abgestimmt', 'verified');
      await survey('noch-ohne-stimme', 'verified');
      const open = await survey('offen', 'open');
      await db.query(
        `insert into survey_responses (id, survey_id, answers, status, voter_hash, token_hash, language, created_at, confirmed_at)
         values ($1, $2, '{}', 'counted', $3, $4, 'de', now(), now())`,
        [randomUUID(), voted, 'a'.repeat(64), 'b'.repeat(64)],
      );
      await db.query(`insert into survey_responses (id, survey_id, answers, status, language, created_at) values ($1, $2, '{}', 'counted', 'de', now())`, [randomUUID(), open]);

      assert.equal((await migrate(db))[0], '012_survey_voters_per_survey.sql');
      const scopes = await db.query<{ slug: string; voter_scope: string; voters_forgotten_at: Date | null }>(
        'select slug, voter_scope, voters_forgotten_at from surveys order by slug',
      );
      assert.deepEqual(scopes, [
        { slug: 'abgestimmt', voter_scope: 'shared', voters_forgotten_at: null },
        { slug: 'noch-ohne-stimme', voter_scope: 'survey', voters_forgotten_at: null },
        { slug: 'offen', voter_scope: 'survey', voters_forgotten_at: null },
      ]);
      await assert.rejects(db.query("update surveys set voter_scope = 'none' where id = $1", [voted]), 'a scope is one of the two');

      // The survey text of 012 is the one in force, with what is kept of a voter and until when (what the cleanup
      // does); the older ones stay, for the consents given with them.
      const texts = await db.query<{ version: string; de: string; en: string }>(
        "select version, wording->'de'->'paragraphs'->>3 as de, wording->'en'->'paragraphs'->>3 as en from consent_texts where purpose = 'survey' order by published_at",
      );
      assert.deepEqual(texts.map((text) => text.version), ['2026-12', '2026-12-07', '2026-12-07b']);
      assert.ok(texts[2]!.de.includes(`${VOTERS_KEPT_DAYS} Tage nach dem Ende der Umfrage löschen wir auch den Prüfwert`));
      assert.ok(texts[2]!.en.includes(`${VOTERS_KEPT_DAYS} days after the survey ends we delete the check value too`));
      assert.doesNotMatch(texts[2]!.de, /verschlüsselt/);
    } finally {
      await database.drop();
    }
  });
});
