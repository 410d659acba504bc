// The texts of one initiative: teaser, description and Leichte Sprache, fitted to its stage. An idea tells of
// plans, a pilot of how it works, and only a growing or established project of what it has achieved.
import type { StageId } from '@sinn/sdk';
import type { Random } from './random.js';
import { capitalise, countWord, fill, withPreposition, type Values } from './template.js';
import { CLOSING_PARAGRAPHS, EASY_CLOSINGS, STAGE_PARAGRAPHS, TEAM_PARAGRAPHS, type Concept } from './texts/initiatives.js';
import type { OrganisationText } from './texts/organisations.js';

export interface InitiativeFacts {
  concept: Concept;
  stage: StageId;
  title: string;
  /** The place values of texts/initiatives.ts: {place}, {area}, {river}, {ofRiver}, {in}. */
  values: Values;
  organisation: OrganisationText;
  /** The year it started, for "Seit 2021 …". */
  startYear: number;
  easyLanguage: boolean;
}

export interface InitiativeTexts {
  teaser: string;
  description: string;
  easyLanguage: string | null;
}

export function describeInitiative(random: Random, facts: InitiativeFacts): InitiativeTexts {
  const { concept, stage, title, organisation } = facts;
  const values: Values = {
    ...facts.values,
    title,
    org: organisation.nominative,
    Org: capitalise(organisation.nominative),
    vonOrg: withPreposition('von', organisation.dative),
    beiOrg: withPreposition('bei', organisation.dative),
    n: countWord(random.int(4, 35)),
    year: facts.startYear,
  };
  const fitting = <T extends { stages: StageId[] }>(list: readonly T[]) => list.filter((item) => item.stages.includes(stage));

  const first = stage === 'idee' ? concept.plan : stage === 'pilot' ? concept.detail : `${concept.detail} ${concept.result}`;
  const paragraphs = [fill(first, values)];
  if (random.chance(0.85)) paragraphs.push(fill(random.pick(TEAM_PARAGRAPHS), values));
  paragraphs.push(fill(random.pick(STAGE_PARAGRAPHS[stage]), values));
  if (random.chance(0.5)) paragraphs.push(fill(random.pick(fitting(CLOSING_PARAGRAPHS)).text, values));

  const easyLanguage = facts.easyLanguage
    ? [
        `Das Projekt heißt ${title}.`,
        ...(stage === 'idee' ? ['Das Projekt ist noch eine Idee.', 'So soll es werden.'] : []),
        ...concept.easy.map((line) => fill(line, values)),
        random.pick(fitting(EASY_CLOSINGS)).text,
      ].join('\n')
    : null;

  return {
    teaser: fill(stage === 'idee' ? `Die Idee: ${concept.what}` : concept.what, values),
    description: paragraphs.join('\n\n'),
    easyLanguage,
  };
}
