-- A verified survey's voters, unlinkable across surveys and forgotten after the survey. Runs on PGlite and
-- PostgreSQL 15+.
--
-- Until now a confirmed vote kept one keyed hash of its address for every survey (surveys/voter.ts, v1), so the
-- rows of one person's votes in two surveys carried the same value, and nothing ever removed it. From now on a
-- survey's id goes into the hash (v2). A survey that has votes already keeps v1: its one-vote check compares with
-- those values, which cannot be made again without the addresses. New surveys, and those without a vote yet, use v2.
alter table surveys add column voter_scope text not null default 'survey';
alter table surveys add constraint surveys_voter_scope check (voter_scope in ('shared', 'survey'));
update surveys set voter_scope = 'shared'
where exists (select 1 from survey_responses r where r.survey_id = surveys.id and r.voter_hash is not null);

-- When the cleanup removed the hashes of a closed survey's votes (jobs/cleanup.ts: 30 days after it closed). From
-- then on nothing tells who voted, so the survey cannot open again: the same address could vote twice.
alter table surveys add column voters_forgotten_at timestamptz;
-- The hashes were looked up across surveys only to erase a person's votes; that now goes survey by survey.
drop index survey_responses_voter_hash;

-- The survey's consent text, third version, to say what is kept of a voter and for how long: a check value made with
-- a secret key, not an "encrypted" one (nothing can decrypt it), deleted 30 days after the survey; and who receives
-- the answers (the organiser reads the free texts, so "no third party" was not the whole truth). The texts of
-- 2026-12 and 2026-12-07 stay, for the consents given with them.
insert into consent_texts (purpose, version, wording, hash, published_at)
select purpose, version, wording, 'sha256-' || encode(sha256(convert_to(wording::text, 'UTF8')), 'hex'), published_at
from (
  select
    'survey' as purpose,
    '2026-12-07b' as version,
    jsonb_set(jsonb_set(jsonb_set(jsonb_set(
      wording,
      '{de,paragraphs,3}',
      to_jsonb('Bei Abstimmungen mit E-Mail-Adresse zählt Ihre Stimme erst, wenn Sie den Link in unserer E-Mail bestätigen. Ihre Adresse speichern wir nur bis dahin; bestätigen Sie nicht, löschen wir die Stimme mit der Adresse, wenn der Link abläuft. Nach der Bestätigung speichern wir statt der Adresse nur einen Prüfwert, den wir mit einem geheimen Schlüssel aus ihr bilden, damit jede Adresse nur einmal abstimmt. 30 Tage nach dem Ende der Umfrage löschen wir auch den Prüfwert: Dann ist Ihre Stimme mit keiner Adresse mehr verbunden.'::text)),
      '{de,paragraphs,4}',
      to_jsonb('Außer dem SINN-Team und {organiser} erhält niemand Ihre Angaben. Sie können Ihre Einwilligung jederzeit widerrufen und Auskunft oder Löschung verlangen: datenschutz@sinn-sachsen.de.'::text)),
      '{en,paragraphs,3}',
      to_jsonb('In votes with an e-mail address your vote counts only once you confirm the link in our e-mail. We keep your address only until then; if you do not confirm, we delete the vote with the address when the link expires. After the confirmation we keep, instead of the address, only a check value made from it with a secret key, so that each address votes once. 30 days after the survey ends we delete the check value too: then your vote is linked to no address.'::text)),
      '{en,paragraphs,4}',
      to_jsonb('Apart from the SINN team and {organiser}, nobody receives your data. You can withdraw your consent at any time and ask for access or erasure: datenschutz@sinn-sachsen.de.'::text)
    ) as wording,
    '2026-12-07T18:00:00+01:00'::timestamptz as published_at
  from consent_texts
  where purpose = 'survey' and version = '2026-12-07'
) as third;
