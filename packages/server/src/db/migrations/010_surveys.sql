-- Surveys and public votes (<sinn-survey>). A survey is staff content; each response is a row, and every count
-- the API shows is computed from the rows, so nothing can make counts and rows disagree. A response, its consent
-- and its mail are written in one transaction. No IP address is stored. Runs unchanged on PGlite and PostgreSQL 15+.

-- A third consent purpose: a response to a survey. Its text names the survey and its organiser where the
-- wording says {survey} and {organiser}; the survey's answers fill them in.
alter table consent_texts drop constraint consent_texts_purpose;
alter table consent_texts add constraint consent_texts_purpose check (purpose in ('membership', 'mentor-request', 'survey'));

create table surveys (
  id uuid primary key,
  slug text not null unique,
  title jsonb not null,             -- {"de", "en", "easyLanguage"}
  intro jsonb not null,
  region text,                      -- null: all of Saxony
  organisation_id uuid not null references organisations (id),
  opens_at timestamptz not null,
  closes_at timestamptz not null,
  results_policy text not null check (results_policy in ('after-answer', 'after-close', 'staff-only')),
  integrity text not null check (integrity in ('open', 'verified')),
  questions jsonb not null,         -- the questions as the API shows them; fixed once the first response is stored
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (closes_at > opens_at)
);
create index surveys_closes on surveys (closes_at);

-- One row per response. In `open` mode it counts at once and carries no address. In `verified` mode it is one
-- voter's vote: `voter_hash` is a keyed hash (HMAC) of the normalised address, one row per survey and voter;
-- the raw address is kept only while the vote is pending (for its mail) and cleared when it is confirmed; a
-- pending vote whose link expired is deleted (jobs/cleanup.ts). `answers` holds free text too: staff only.
create table survey_responses (
  id uuid primary key,
  survey_id uuid not null references surveys (id) on delete cascade,
  answers jsonb not null,
  status text not null check (status in ('counted', 'pending')),
  voter_hash text,
  email text,
  -- sha256 (hex) of the token in the link; kept after the confirmation, so a second click says "already counted".
  token_hash text unique,
  token_expires_at timestamptz,
  language text not null,
  origin text,                      -- the Origin header of the response: the page it was sent from
  partner_key_id uuid references partner_keys (id) on delete set null,
  created_at timestamptz not null,
  confirmed_at timestamptz,
  check (email is null or status = 'pending'),
  check ((voter_hash is null) = (token_hash is null))
);
create index survey_responses_survey on survey_responses (survey_id, status);
create unique index survey_responses_voter on survey_responses (survey_id, voter_hash) where voter_hash is not null;
create index survey_responses_voter_hash on survey_responses (voter_hash) where voter_hash is not null;
create index survey_responses_pending on survey_responses (token_expires_at) where status = 'pending';

-- A consent is given with a sign-up or with a survey response, and goes with it (erasure, cleanup, a deleted
-- survey or a deleted single answer).
alter table consent_log alter column membership_id drop not null;
alter table consent_log add column survey_response_id uuid references survey_responses (id) on delete cascade;
alter table consent_log add constraint consent_log_subject check ((membership_id is null) <> (survey_response_id is null));
create index consent_log_survey_response on consent_log (survey_response_id);

-- A vote's mails (its link, or "you voted already") go with the vote.
alter table outbox add column survey_response_id uuid references survey_responses (id) on delete cascade;
create index outbox_survey_response on outbox (survey_response_id);

insert into consent_texts (purpose, version, wording, hash, published_at)
select purpose, version, wording, 'sha256-' || encode(sha256(convert_to(wording::text, 'UTF8')), 'hex'), published_at
from (values (
  'survey',
  '2026-12',
  '{
    "de": {
      "title": "Datenschutzhinweis zur Umfrage „{survey}“",
      "paragraphs": [
        "Die Umfrage „{survey}“ führt {organiser} auf der Plattform SINN – Soziale Innovation Sachsen durch. Verantwortlich für die Verarbeitung ist das Konsortium der Plattform SINN.",
        "Wir speichern Ihre Antworten, um sie auszuwerten und die Ergebnisse als Zahlen zu zeigen: wie oft jede Antwort gewählt wurde und Mittelwerte. Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO). Wir speichern, wann und auf welcher Website Sie geantwortet haben, aber keine IP-Adresse und keine Cookies.",
        "Freie Texte, die Sie eintippen, veröffentlichen wir nie; nur das Team von SINN und {organiser} lesen sie. Bei Umfragen ohne E-Mail-Adresse ist Ihre Antwort mit keiner Person verbunden: Wir können sie Ihnen dann nicht mehr zuordnen und nicht auf Ihren Wunsch löschen. Schreiben Sie darum keine Namen oder anderen persönlichen Angaben in freie Texte. Das SINN-Team kann eine einzelne Antwort löschen, wenn Sie sie beschreiben.",
        "Bei Abstimmungen mit E-Mail-Adresse zählt Ihre Stimme erst, wenn Sie den Link in unserer E-Mail bestätigen. Ihre Adresse speichern wir nur bis dahin; bestätigen Sie nicht, löschen wir die Stimme mit der Adresse, wenn der Link abläuft. Nach der Bestätigung speichern wir statt der Adresse nur einen verschlüsselten Prüfwert, damit jede Adresse nur einmal abstimmt.",
        "Ihre Angaben gehen an keine Dritten. Sie können Ihre Einwilligung jederzeit widerrufen und Auskunft oder Löschung verlangen: datenschutz@sinn-sachsen.de."
      ],
      "checkbox": "Ich habe den Datenschutzhinweis gelesen und willige ein, dass SINN meine Antworten zur Umfrage „{survey}“ von {organiser} speichert und auswertet."
    },
    "en": {
      "title": "Privacy notice for the survey “{survey}”",
      "paragraphs": [
        "The survey “{survey}” is run by {organiser} on the platform SINN – Social Innovation Saxony. The controller is the consortium of the platform SINN.",
        "We store your answers to evaluate them and to show the results as numbers: how often each answer was chosen, and means. The legal basis is your consent (Art. 6(1)(a) GDPR). We store when and on which website you answered, but no IP address and no cookies.",
        "Free texts you type are never published; only the SINN team and {organiser} read them. In surveys without an e-mail address your answer is linked to no person: we cannot tell it is yours afterwards, nor delete it at your request. So please write no names or other personal details into free texts. The SINN team can delete a single answer if you describe it.",
        "In votes with an e-mail address your vote counts only once you confirm the link in our e-mail. We keep your address only until then; if you do not confirm, we delete the vote with the address when the link expires. After the confirmation we keep only an encrypted check value instead of the address, so that each address votes once.",
        "Your data goes to no third party. You can withdraw your consent at any time and ask for access or erasure: datenschutz@sinn-sachsen.de."
      ],
      "checkbox": "I have read the privacy notice and consent to SINN storing and evaluating my answers to the survey “{survey}” by {organiser}."
    }
  }'::jsonb,
  '2026-12-01T00:00:00+01:00'::timestamptz
)) as initial (purpose, version, wording, published_at);
