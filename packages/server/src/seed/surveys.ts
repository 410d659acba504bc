// The demo surveys: an open one in each of three regions (asked as SINN's staff ask: the next Werkstatt's topic,
// a Reallabor, a visit), a closed one with its results (how the hackathon went), and the public vote of an
// innovation prize among five demo initiatives in `verified` mode, open, with some confirmed votes. Every count
// the API shows is made from response rows, so the closed survey and the prize vote get rows, drawn from a stream
// of their own.
import type { RegionId, SurveyQuestion, SurveyText } from '@sinn/sdk';
import { addDays, berlinMidnight } from '../time/berlin.js';
import type { OrganisationDirectory } from './organisations.js';
import type { Random } from './random.js';
import type { InitiativeRow, SurveyResponseRow, SurveyRow } from './types.js';

interface Context {
  random: Random;
  today: string;
  organisations: OrganisationDirectory;
  initiatives: readonly InitiativeRow[];
}

const text = (de: string, en: string, easyLanguage: string | null = null): SurveyText => ({ de, en, easyLanguage });
const option = (id: string, de: string, en: string) => ({ id, label: { de, en } });

const RATING: SurveyQuestion = {
  id: 'wichtig',
  kind: 'scale',
  label: text('Wie wichtig ist Ihnen das Thema?', 'How much does the topic matter to you?'),
  required: false,
  min: 1,
  max: 5,
  minLabel: { de: 'gar nicht', en: 'not at all' },
  maxLabel: { de: 'sehr', en: 'very much' },
};

const COMMENT: SurveyQuestion = {
  id: 'anmerkung',
  kind: 'text',
  label: text('Möchten Sie uns noch etwas sagen?', 'Anything else you would like to tell us?'),
  required: false,
  maxLength: 500,
};

function openSurveys(today: string, organisations: OrganisationDirectory) {
  const at = (days: number) => berlinMidnight(addDays(today, days));
  const regional = (region: RegionId) => organisations.local(region)[0]!.row.id;
  return [
    {
      slug: 'werkstatt-zwickau-thema',
      region: 'zwickau' as RegionId,
      organisationId: regional('zwickau'),
      title: text(
        'Welches Thema soll die nächste Werkstatt in Zwickau haben?',
        'Which topic should the next workshop in Zwickau cover?',
        'Wir machen bald wieder eine Werkstatt in Zwickau. Worüber sollen wir dort reden? Sie dürfen mit-bestimmen.',
      ),
      intro: text(
        'Die Werkstatt im Frühjahr greift auf, was Sie hier wählen. Drei kurze Fragen, keine Anmeldung.',
        'The spring workshop takes up what you choose here. Three short questions, no sign-up.',
      ),
      opensAt: at(-10),
      closesAt: at(12),
      resultsPolicy: 'after-answer' as const,
      questions: [
        {
          id: 'thema',
          kind: 'single',
          label: text('Welches Thema?', 'Which topic?'),
          required: true,
          options: [
            option('ehrenamt-digital', 'Ehrenamt digital organisieren', 'Organising volunteering digitally'),
            option('pflege', 'Nachbarschaftshilfe in der Pflege', 'Neighbourly help in care'),
            option('mobil', 'Mobilität auf dem Land', 'Rural mobility'),
            option('leerstand', 'Leerstand beleben', 'Bringing empty buildings back to life'),
          ],
        } satisfies SurveyQuestion,
        RATING,
        COMMENT,
      ],
    },
    {
      slug: 'reallabor-leipzig-formate',
      region: 'leipzig' as RegionId,
      organisationId: organisations.member('Impact Hub Leipzig').row.id,
      title: text('Wie wollen Sie im Reallabor Leipzig mitmachen?', 'How would you like to take part in the Leipzig Reallabor?'),
      intro: text('Wir planen die Termine für 2027 und fragen, welche Formate passen.', 'We are planning the dates for 2027 and ask which formats suit you.'),
      opensAt: at(-3),
      closesAt: at(25),
      resultsPolicy: 'after-close' as const,
      questions: [
        {
          id: 'formate',
          kind: 'multiple',
          label: text('Welche Formate passen Ihnen? (bis zu zwei)', 'Which formats suit you? (up to two)'),
          required: true,
          min: 1,
          max: 2,
          options: [
            option('abend', 'Abendtreffen', 'Evening meetings'),
            option('samstag', 'Samstagswerkstatt', 'Saturday workshop'),
            option('online', 'Online-Sprechstunde', 'Online office hour'),
            option('besuch', 'Besuch vor Ort', 'Site visit'),
          ],
        } satisfies SurveyQuestion,
        {
          id: 'empfehlung',
          kind: 'scale',
          label: text('Wie wahrscheinlich empfehlen Sie das Reallabor weiter?', 'How likely are you to recommend the Reallabor?'),
          required: false,
          min: 0,
          max: 10,
          minLabel: { de: 'sehr unwahrscheinlich', en: 'very unlikely' },
          maxLabel: { de: 'sehr wahrscheinlich', en: 'very likely' },
        } satisfies SurveyQuestion,
      ],
    },
    {
      slug: 'lernreise-goerlitz-ziel',
      region: 'goerlitz' as RegionId,
      organisationId: regional('goerlitz'),
      title: text('Wohin soll die Lernreise aus Görlitz gehen?', 'Where should the study trip from Görlitz go?'),
      intro: text('Die nächste Lernreise besucht soziale Innovationen in der Nachbarschaft.', 'The next study trip visits social innovations nearby.'),
      opensAt: at(-1),
      closesAt: at(40),
      resultsPolicy: 'after-answer' as const,
      questions: [
        {
          id: 'ziel',
          kind: 'single',
          label: text('Welches Ziel?', 'Which destination?'),
          required: true,
          options: [
            option('zgorzelec', 'Zgorzelec', 'Zgorzelec'),
            option('liberec', 'Liberec', 'Liberec'),
            option('bautzen', 'Bautzen', 'Bautzen'),
          ],
        } satisfies SurveyQuestion,
        COMMENT,
      ],
    },
  ];
}

/** The answers of one demo response to a survey's questions, drawn as people answer: not evenly. */
function answersFor(random: Random, questions: readonly SurveyQuestion[]): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const question of questions) {
    if (!question.required && random.chance(0.25)) continue;
    switch (question.kind) {
      case 'single':
        answers[question.id] = random.weighted(question.options.map((choice, index) => [choice.id, question.options.length - index + 1] as const));
        break;
      case 'multiple':
        answers[question.id] = random.sample(question.options, random.int(question.min, question.max)).map((choice) => choice.id);
        break;
      case 'scale':
        answers[question.id] = random.weighted(
          Array.from({ length: question.max - question.min + 1 }, (_, index) => [question.min + index, 1 + index] as const),
        );
        break;
      case 'text':
        // Free text is never published; the demo's few are harmless words.
        if (random.chance(0.3)) answers[question.id] = random.pick(['Gern wieder!', 'Mehr Termine am Abend, bitte.', 'Danke für die Einladung.']);
        break;
    }
  }
  return answers;
}

export function generateSurveys({ random, today, organisations, initiatives }: Context): { surveys: SurveyRow[]; responses: SurveyResponseRow[] } {
  const at = (days: number) => berlinMidnight(addDays(today, days));
  const surveys: SurveyRow[] = openSurveys(today, organisations).map((survey) => ({ ...survey, id: random.uuid(), integrity: 'open' }));

  const hackathon: SurveyRow = {
    id: random.uuid(),
    slug: 'hackathon-dresden-rueckblick',
    region: 'dresden',
    organisationId: organisations.member('Impact Hub Dresden').row.id,
    title: text('Wie war der Hackathon „Soziale Innovation Sachsen“?', 'How did the “Social Innovation Saxony” hackathon go?'),
    intro: text('Danke fürs Mitmachen! Ihre Antworten helfen uns beim nächsten Mal.', 'Thank you for taking part! Your answers help us next time.'),
    opensAt: at(-30),
    closesAt: at(-2),
    resultsPolicy: 'after-close',
    integrity: 'open',
    questions: [
      {
        id: 'gesamt',
        kind: 'scale',
        label: text('Wie hat Ihnen der Hackathon gefallen?', 'How did you like the hackathon?'),
        required: true,
        min: 1,
        max: 5,
        minLabel: { de: 'gar nicht', en: 'not at all' },
        maxLabel: { de: 'sehr gut', en: 'very much' },
      },
      {
        id: 'wiederkommen',
        kind: 'single',
        label: text('Kommen Sie wieder?', 'Will you come again?'),
        required: true,
        options: [option('ja', 'Ja', 'Yes'), option('vielleicht', 'Vielleicht', 'Maybe'), option('nein', 'Nein', 'No')],
      },
      {
        id: 'hilfreich',
        kind: 'multiple',
        label: text('Was war hilfreich?', 'What helped?'),
        required: false,
        min: 1,
        max: 3,
        options: [option('mentoring', 'Mentoring', 'Mentoring'), option('teams', 'Teamfindung', 'Forming teams'), option('pitch', 'Pitch-Training', 'Pitch training'), option('essen', 'Verpflegung', 'Catering')],
      },
      COMMENT,
    ],
  };
  surveys.push(hackathon);

  // The prize vote: five initiatives from five regions, the newest of each.
  const finalists: InitiativeRow[] = [];
  for (const initiative of [...initiatives].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())) {
    if (finalists.length === 5) break;
    if (!finalists.some((chosen) => chosen.region === initiative.region)) finalists.push(initiative);
  }
  const prize: SurveyRow = {
    id: random.uuid(),
    slug: 'innovationspreis-publikum',
    region: null,
    organisationId: organisations.member('Der Paritätische Sachsen').row.id,
    title: text('Publikumspreis Soziale Innovation Sachsen', 'Audience award Social Innovation Saxony', 'Welche Idee ist am besten? Sie dürfen abstimmen. Jede E-Mail-Adresse hat eine Stimme.'),
    intro: text(
      'Fünf Initiativen sind im Finale. Stimmen Sie für Ihre Favoritin ab: Die Stimme zählt, sobald Sie den Link in unserer E-Mail bestätigen.',
      'Five initiatives are in the final. Vote for your favourite: the vote counts once you confirm the link in our e-mail.',
    ),
    opensAt: at(-5),
    closesAt: at(20),
    resultsPolicy: 'after-close',
    integrity: 'verified',
    questions: [
      {
        id: 'favorit',
        kind: 'single',
        label: text('Wer soll den Publikumspreis bekommen?', 'Who should win the audience award?'),
        required: true,
        options: finalists.map((initiative) => option(initiative.slug.slice(0, 40).replace(/-+$/, ''), initiative.title, initiative.title)),
      },
    ],
  };
  surveys.push(prize);

  const responses: SurveyResponseRow[] = [];
  const respond = (survey: SurveyRow, count: number, verified: boolean) => {
    const span = survey.closesAt.getTime() - survey.opensAt.getTime();
    const until = Math.min(span, berlinMidnight(today).getTime() - survey.opensAt.getTime());
    for (let index = 0; index < count; index += 1) {
      const createdAt = new Date(survey.opensAt.getTime() + Math.floor(random.next() * until));
      responses.push({
        id: random.uuid(),
        surveyId: survey.id,
        answers: answersFor(random, survey.questions),
        // Demo voters are nobody: their hash is of no address, so no address can ever match it.
        voterHash: verified ? random.uuid().replace(/-/g, '') + random.uuid().replace(/-/g, '') : null,
        tokenHash: verified ? random.uuid().replace(/-/g, '') + random.uuid().replace(/-/g, '') : null,
        language: random.chance(0.85) ? 'de' : 'en',
        createdAt,
        confirmedAt: verified ? new Date(createdAt.getTime() + random.int(60, 3600) * 1000) : null,
      });
    }
  };
  respond(hackathon, 64, false);
  respond(prize, 37, true);
  respond(surveys[0]!, 18, false);
  respond(surveys[1]!, 9, false);
  return { surveys, responses };
}
