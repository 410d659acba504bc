-- The survey's consent text, second version: its German checkbox named the organiser after "von" ("… zur
-- Umfrage „X“ von {organiser} speichert"), where a name with its own article reads wrong ("von Der Paritätische
-- Sachsen"), and no name can be declined for it. The organiser now stands where a name keeps its own form, as in
-- the survey's by-line ("Durchgeführt von: …"). Only the German checkbox changes (the English "by {organiser}"
-- needs no case); the text of 2026-12 stays, for the consents given with it. Runs on PGlite and PostgreSQL 15+.
insert into consent_texts (purpose, version, wording, hash, published_at)
select purpose, version, wording, 'sha256-' || encode(sha256(convert_to(wording::text, 'UTF8')), 'hex'), published_at
from (
  select
    'survey' as purpose,
    '2026-12-07' as version,
    jsonb_set(
      wording,
      '{de,checkbox}',
      to_jsonb('Ich habe den Datenschutzhinweis gelesen und willige ein, dass SINN meine Antworten zur Umfrage „{survey}“ speichert und auswertet (durchgeführt von: {organiser}).'::text)
    ) as wording,
    '2026-12-07T00:00:00+01:00'::timestamptz as published_at
  from consent_texts
  where purpose = 'survey' and version = '2026-12'
) as second;
