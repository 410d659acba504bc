// Demo initiatives: concepts from texts/initiatives.ts placed in Saxon towns, villages and city districts, with a
// team, a stage, often a picture, sometimes a Leichte-Sprache summary or a running Startnext campaign.
import { KREISFREIE_STAEDTE, LANDKREISE, REGION_IDS, SDG_IDS, STAGE_IDS, type RegionId, type SdgId, type StageId } from '@sinn/sdk';
import { addDays, berlinIso } from '../time/berlin.js';
import { at, parseDay } from './calendar.js';
import { illustration, monogram } from './images.js';
import { describeInitiative } from './initiative-texts.js';
import { drawMunicipality, municipalityOfPlace } from './municipalities.js';
import type { MediaCollector } from './media.js';
import type { OrganisationDirectory } from './organisations.js';
import type { Random } from './random.js';
import { hostLabel, SlugRegistry } from './slug.js';
import { fill, type Values } from './template.js';
import { CONCEPTS, type Concept } from './texts/initiatives.js';
import { REGION_TEXTS, type RegionText } from './texts/places.js';
import type { CrowdfundingData, InitiativeRow } from './types.js';

export const INITIATIVE_COUNT = 240;
const CAMPAIGN_COUNT = 20;
/** Three years of publications before today. */
const PUBLISHED_WITHIN_DAYS = 3 * 365;

interface Context {
  random: Random;
  today: string;
  organisations: OrganisationDirectory;
  media: MediaCollector;
}

/** The cities hold more initiatives than a rural district, as on the real platform. */
function regionWeights(): [RegionId, number][] {
  const cities: readonly RegionId[] = KREISFREIE_STAEDTE;
  return REGION_IDS.map((id) => [id, cities.includes(id) ? 3 : 2]);
}

/** A Dorfladen needs a village and a Bürgerbus the villages around a town: those only fit a Landkreis. */
function fits(concept: Concept, region: RegionId): boolean {
  return !concept.where || (LANDKREISE as readonly RegionId[]).includes(region);
}

/** Where in the region the concept can be: a village, or a town or city district. */
function placeNames(concept: Concept, regionText: RegionText): string[] {
  return concept.where === 'dorf' ? regionText.villages : regionText.places.map((place) => place.name);
}

export function generateInitiatives({ random, today, organisations, media }: Context): InitiativeRow[] {
  const slugs = new SlugRegistry();
  const titles = new Set<string>();
  const weights = regionWeights();
  // A stream of its own, so that placing the initiatives changes nothing else they were given before.
  const placing = random.fork('municipalities');
  const withEasyLanguage = new Set(random.sample([...Array(INITIATIVE_COUNT).keys()], Math.round(INITIATIVE_COUNT / 2)));
  // A shuffled deck spreads the concepts evenly instead of letting chance repeat a few; a concept that does
  // not fit the region waits in the deck for the next one.
  let deck: Concept[] = [];
  const drawConcept = (region: RegionId) => {
    let index = deck.findLastIndex((concept) => fits(concept, region));
    if (index < 0) {
      deck = [...random.shuffle(CONCEPTS), ...deck];
      index = deck.findLastIndex((concept) => fits(concept, region));
    }
    return deck.splice(index, 1)[0]!;
  };

  const rows: InitiativeRow[] = [];
  for (let i = 0; i < INITIATIVE_COUNT; i++) {
    // The first rows pin down coverage: every region, every SDG and every stage appears at least once.
    const region: RegionId = REGION_IDS[i] ?? random.weighted(weights);
    const requiredSdg: SdgId | undefined = SDG_IDS[i];
    const concept = requiredSdg
      ? random.pick(CONCEPTS.filter((c) => c.sdgs.includes(requiredSdg) && fits(c, region)))
      : drawConcept(region);
    const stage: StageId =
      STAGE_IDS[i] ?? random.weighted([['idee', 2], ['pilot', 3], ['wachstum', 3], ['etabliert', 3]] as const);
    const regionText = REGION_TEXTS[region];

    const places = placeNames(concept, regionText);
    let values: Values = {
      place: random.pick(places),
      area: regionText.area,
      river: regionText.river,
      ofRiver: regionText.ofRiver,
      in: regionText.in,
    };
    let title = fill(random.pick(concept.titles), values);
    for (let attempt = 0; titles.has(title) && attempt < 6; attempt++) {
      values = { ...values, place: random.pick(places) };
      title = fill(random.pick(concept.titles), values);
    }
    titles.add(title);
    const slug = slugs.take(title);

    const [primaryTopic, ...otherTopics] = concept.topics;
    const topics = [primaryTopic!, ...random.sample(otherTopics, random.int(0, Math.min(2, otherTopics.length)))];
    const sdgs = pickSdgs(random, concept, requiredSdg);

    const local = organisations.local(region);
    const organisation = random.chance(0.75) ? random.pick(local) : random.pick(organisations.consortium);

    const daysAgo = random.int(1, PUBLISHED_WITHIN_DAYS);
    const publishedDay = addDays(today, -daysAgo);
    const publishedAt = at(publishedDay, random.int(7, 18), random.int(0, 59));
    // Edited on a later day than published, never before it, and not after today.
    const updatedAt = at(addDays(publishedDay, random.int(1, Math.max(1, Math.min(daysAgo - 1, 240)))), random.int(7, 18), random.int(0, 59));
    const startYear = parseDay(publishedDay)[0] - (stage === 'etabliert' ? random.int(2, 8) : stage === 'wachstum' ? random.int(1, 2) : 0);

    const { teaser, description, easyLanguage } = describeInitiative(random, {
      concept,
      stage,
      title,
      values,
      organisation: organisation.text,
      startYear,
      easyLanguage: withEasyLanguage.has(i),
    });

    // At the place its texts name; where they name none, at a place of its region.
    const place = String(values.place);
    const named = [title, teaser, description, easyLanguage ?? ''].some((text) => text.includes(place));
    const municipality = named ? municipalityOfPlace(region, place) : drawMunicipality(placing, region);

    let imageId: string | null = null;
    let imageAlt: string | null = null;
    if (random.chance(0.85)) {
      const picture = illustration(random, { monogram: monogram(title) });
      imageId = media.add(picture.image);
      imageAlt = ''; // decoration (seed/images.ts)
    }

    rows.push({
      id: random.uuid(),
      slug,
      title,
      teaser,
      description,
      easyLanguage,
      region,
      municipalityKey: municipality.key,
      topics,
      sdgs,
      stage,
      organisationId: organisation.row.id,
      website: random.chance(0.6) ? `https://${hostLabel(slug)}.example.org/` : null,
      imageId,
      imageAlt,
      crowdfunding: null,
      publishedAt,
      updatedAt,
    });
  }

  addCampaigns(random, today, rows);
  return rows;
}

function pickSdgs(random: Random, concept: Concept, required: SdgId | undefined): SdgId[] {
  const others = concept.sdgs.filter((sdg) => sdg !== required);
  const count = random.int(1, Math.min(3, concept.sdgs.length));
  const chosen = required ? [required, ...random.sample(others, count - 1)] : random.sample(concept.sdgs, count);
  return chosen.sort((a, b) => a - b);
}

/** Startnext campaigns on initiatives that still need money to start or grow; exactly one is fully funded. */
function addCampaigns(random: Random, today: string, rows: InitiativeRow[]): void {
  const candidates = rows.filter((row) => row.stage !== 'etabliert');
  const chosen = random.sample(candidates, CAMPAIGN_COUNT);
  chosen.forEach((row, index) => {
    const goal = random.pick([2500, 4000, 5000, 7500, 8000, 10000, 12000, 15000, 20000, 25000, 40000]);
    const funded = index === 0;
    const raised = funded ? Math.round(goal * (1 + random.int(2, 30) / 100)) : Math.round((goal * random.int(5, 95)) / 100);
    const campaign: CrowdfundingData = {
      url: `https://www.startnext.example.org/${row.slug}`,
      goal,
      raised,
      supporters: Math.max(1, Math.round(raised / random.int(35, 90))),
      endsAt: berlinIso(at(addDays(today, random.int(3, 55)), 23, 59)),
    };
    row.crowdfunding = campaign;
  });
}
