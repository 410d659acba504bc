-- A consent names its purpose (Art. 6(1)(a), 7 GDPR): joining the SINN network ('membership') and a contact
-- request to a mentor ('mentor-request') each have their own privacy text, with versions of their own. A version
-- is unique per purpose, so both may be '2026-11'. What a sign-up or a request records points at the text of its
-- purpose. Runs unchanged on PGlite and PostgreSQL 15+.

-- The records point at (purpose, version) from now on: let go of the key on the version alone first.
alter table consent_log drop constraint consent_log_text_version_fkey;
alter table mentor_requests drop constraint mentor_requests_consent_version_fkey;

-- The text there is so far is the sign-up's. A new text names its purpose: no default after this.
alter table consent_texts add column purpose text not null default 'membership';
alter table consent_texts alter column purpose drop default;
alter table consent_texts add constraint consent_texts_purpose check (purpose in ('membership', 'mentor-request'));
alter table consent_texts drop constraint consent_texts_pkey;
alter table consent_texts add primary key (purpose, version);

-- A sign-up consents to a membership text.
alter table consent_log add column text_purpose text not null default 'membership';
alter table consent_log
  add constraint consent_log_text_fkey foreign key (text_purpose, text_version) references consent_texts (purpose, version);

-- A request stored before this migration was asked to agree to the sign-up's text (the only one then), and keeps
-- that record; every later one names the mentor-request text it agreed to.
alter table mentor_requests add column consent_purpose text not null default 'membership';
alter table mentor_requests alter column consent_purpose drop default;
alter table mentor_requests
  add constraint mentor_requests_consent_fkey foreign key (consent_purpose, consent_version) references consent_texts (purpose, version);

-- The text of a contact request. Hashed as 003 hashes: 'sha256-' || hex digest of wording::text (both languages).
insert into consent_texts (purpose, version, wording, hash, published_at)
select purpose, version, wording, 'sha256-' || encode(sha256(convert_to(wording::text, 'UTF8')), 'hex'), published_at
from (values (
  'mentor-request',
  '2026-11',
  '{
    "de": {
      "title": "Datenschutzhinweis zur Kontaktanfrage an eine Mentorin oder einen Mentor",
      "paragraphs": [
        "Verantwortlich für die Verarbeitung ist das Konsortium der Plattform SINN – Soziale Innovation Sachsen.",
        "Wir verarbeiten Ihren Namen, Ihre E-Mail-Adresse und Ihre Nachricht, um Ihre Anfrage an die Person weiterzuleiten, die Sie als Mentorin oder Mentor ausgewählt haben. Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).",
        "Die Mentorin oder der Mentor erhält Ihren Namen, Ihre E-Mail-Adresse und Ihre Nachricht per E-Mail. Ihre Adresse ist darin als Antwortadresse eingetragen, sodass die Antwort direkt an Sie geht. Darüber hinaus geben wir Ihre Daten an niemanden weiter.",
        "Sie selbst erhalten per E-Mail eine Bestätigung, dass Ihre Anfrage weitergeleitet wurde. Ihre Nachricht steht darin nicht.",
        "Wir speichern Ihre Anfrage höchstens 180 Tage und löschen sie dann. Wir speichern, wann und auf welcher Website Sie eingewilligt haben, aber keine IP-Adresse.",
        "Sie können Ihre Einwilligung jederzeit widerrufen und Auskunft, Berichtigung oder Löschung verlangen: datenschutz@sinn-sachsen.de. Eine E-Mail, die die Mentorin oder der Mentor bereits erhalten hat, können wir allerdings nicht zurückholen."
      ],
      "checkbox": "Ich habe den Datenschutzhinweis gelesen und willige ein, dass SINN meinen Namen, meine E-Mail-Adresse und meine Nachricht an die ausgewählte Mentorin oder den ausgewählten Mentor weiterleitet."
    },
    "en": {
      "title": "Privacy notice for contacting a mentor",
      "paragraphs": [
        "The controller is the consortium of the platform SINN – Social Innovation Saxony.",
        "We process your name, e-mail address and message to forward your request to the mentor you chose. The legal basis is your consent (Art. 6(1)(a) GDPR).",
        "The mentor receives your name, e-mail address and message by e-mail, with your address as the reply address, so that the answer comes straight to you. Apart from that, your data goes to no one.",
        "You get an e-mail confirming that your request was forwarded. It does not contain your message.",
        "We keep your request for at most 180 days and then delete it. We store when and on which website you consented, but no IP address.",
        "You can withdraw your consent at any time and ask for access, correction or erasure: datenschutz@sinn-sachsen.de. An e-mail the mentor has already received, however, we cannot call back."
      ],
      "checkbox": "I have read the privacy notice and consent to SINN forwarding my name, e-mail address and message to the mentor I chose."
    }
  }'::jsonb,
  '2026-11-01T00:00:00+01:00'::timestamptz
)) as initial (purpose, version, wording, published_at);
