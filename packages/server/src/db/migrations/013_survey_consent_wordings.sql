-- The words a person consented to with a survey response, kept as they were shown. A survey's consent text is the
-- `survey` text with the survey's title and organiser filled in, and the consent log holds only its hash: once staff
-- rename the survey, the text behind an older hash could not be made again, yet SINN must be able to show what a
-- person agreed to (Art. 7(1) GDPR). One row per text as shown (German and English together, as hashed); it holds no
-- personal data. Consents given before this migration have none. Runs on PGlite and PostgreSQL 15+.
create table survey_consent_wordings (
  hash text primary key,            -- 'sha256-…' of the canonical JSON of wording: consent_log.text_hash
  wording jsonb not null,           -- {"de": {title, paragraphs, checkbox}, "en": {…}}
  first_given_at timestamptz not null
);
