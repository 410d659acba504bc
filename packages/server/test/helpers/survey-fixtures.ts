import assert from 'node:assert/strict';
import type { SurveyInput } from '@sinn/sdk';
import { STAFF_TOKEN } from './staff.js';
import type { TestServer } from './server.js';

// Surveys the demo data does not have, for the survey element's tests, made through the staff API (the server
// must run with STAFF_TOKEN as its admin token): one open with a question of each kind, one not open yet, and one
// whose title and options are markup (shown as text, never run). Their slugs start with `test-`.

/** A script that would set `window.sinnXss` if it ran. */
export const XSS = '<img src=x onerror="window.sinnXss=1"><script>window.sinnXss=1</script>';

function survey(organiser: string, overrides: Partial<SurveyInput>): SurveyInput {
  return {
    title: { de: 'Wie war die Werkstatt?', en: 'How was the workshop?' },
    intro: { de: 'Vier kurze Fragen.', en: 'Four short questions.', easyLanguage: 'Wir fragen Sie 4 Sachen.\nDas dauert nicht lange.' },
    region: 'bautzen',
    organiser,
    opensAt: '2026-11-01T00:00:00+01:00',
    closesAt: '2026-12-01T00:00:00+01:00',
    resultsPolicy: 'after-answer',
    integrity: 'open',
    questions: [
      {
        id: 'thema',
        kind: 'single',
        required: true,
        label: { de: 'Welches Thema?', en: 'Which topic?' },
        options: [
          { id: 'wohnen', label: { de: 'Wohnen', en: 'Housing' } },
          { id: 'pflege', label: { de: 'Pflege', en: 'Care' } },
          { id: 'mobil', label: { de: 'Mobilität', en: 'Mobility' } },
        ],
      },
      {
        id: 'formate',
        kind: 'multiple',
        required: false,
        label: { de: 'Welche Formate?', en: 'Which formats?' },
        min: 1,
        max: 2,
        options: [
          { id: 'abend', label: { de: 'Abend', en: 'Evening' } },
          { id: 'samstag', label: { de: 'Samstag', en: 'Saturday' } },
          { id: 'online', label: { de: 'Online', en: 'Online' } },
        ],
      },
      {
        id: 'note',
        kind: 'scale',
        required: false,
        label: { de: 'Wie hat es Ihnen gefallen?', en: 'How did you like it?' },
        min: 1,
        max: 5,
        minLabel: { de: 'gar nicht', en: 'not at all' },
        maxLabel: { de: 'sehr', en: 'very much' },
      },
      { id: 'noch', kind: 'text', required: false, label: { de: 'Noch etwas?', en: 'Anything else?' }, maxLength: 500 },
    ],
    ...overrides,
  };
}

async function create(server: TestServer, input: SurveyInput): Promise<void> {
  const response = await fetch(`${server.url}/v1/admin/surveys`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${STAFF_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  assert.equal(response.status, 201, await response.text());
}

export async function insertSurveyFixtures(server: TestServer): Promise<void> {
  const [organiser] = await server.database.db.query<{ slug: string }>('select slug from organisations order by slug limit 1');
  await create(server, survey(organiser!.slug, { slug: 'test-umfrage-offen' }));
  await create(server, survey(organiser!.slug, { slug: 'test-umfrage-bald', region: 'meissen', opensAt: '2026-12-01T10:00:00+01:00', closesAt: '2026-12-20T18:00:00+01:00' }));
  const markup = survey(organiser!.slug, { slug: 'test-umfrage-markup', region: 'nordsachsen', title: { de: `Titel ${XSS}`, en: `Title ${XSS}` } });
  const [first] = markup.questions;
  if (first?.kind === 'single') first.options[0]!.label = { de: `Option ${XSS}`, en: `Option ${XSS}` };
  await create(server, markup);
}
