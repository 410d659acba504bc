// Demo mentors and coaches of the SINNkubator: made-up people with a role, a German bio, expertise, languages
// and private contact details on example.org.
import {
  EXPERTISE_IDS,
  REGION_IDS,
  type AvailabilityId,
  type ExpertiseId,
  type LanguageId,
  type MentorFormatId,
  type RegionId,
} from '@sinn/sdk';
import { addDays } from '../time/berlin.js';
import { bioWriter } from './bios.js';
import { at } from './calendar.js';
import { portrait } from './images.js';
import type { MediaCollector } from './media.js';
import type { OrganisationDirectory } from './organisations.js';
import type { Random } from './random.js';
import { asciiFold, SlugRegistry } from './slug.js';
import { CONSULTANCIES } from './texts/organisations.js';
import { NAME_POOLS, ROLES, type Gender, type NamePool } from './texts/people.js';
import { REGION_TEXTS } from './texts/places.js';
import type { MentorRow } from './types.js';

export const MENTOR_COUNT = 168;

interface Context {
  random: Random;
  today: string;
  organisations: OrganisationDirectory;
  media: MediaCollector;
}

function emailPart(name: string): string {
  return asciiFold(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function generateMentors({ random, today, organisations, media }: Context): MentorRow[] {
  const slugs = new SlugRegistry();
  const names = new Set<string>();
  const emails = new Set<string>();
  const pools = NAME_POOLS.map(({ pool, weight }) => [pool, weight] as const);
  const writeBio = bioWriter(random);
  const rows: MentorRow[] = [];

  for (let i = 0; i < MENTOR_COUNT; i++) {
    let pool: NamePool;
    let gender: Gender;
    let first: string;
    let last: string;
    do {
      pool = random.weighted(pools);
      gender = random.chance(0.55) ? 'f' : 'm';
      first = random.pick(gender === 'f' ? pool.female : pool.male);
      const index = random.int(0, pool.last.length - 1);
      last = (gender === 'f' ? pool.lastFemale?.[index] : undefined) ?? pool.last[index]!;
    } while (names.has(`${first} ${last}`) || emails.has(`${emailPart(first)}.${emailPart(last)}`));
    const name = `${first} ${last}`;
    const local = `${emailPart(first)}.${emailPart(last)}`;
    names.add(name);
    emails.add(local);

    const region: RegionId = REGION_IDS[i] ?? random.pick(REGION_IDS);
    const regionText = REGION_TEXTS[region];
    const role = random.pick(ROLES);
    const expertise = pickExpertise(random, role.expertise);

    const bio = writeBio({ name, gender, role, expertise, in: regionText.in });

    const languages: LanguageId[] = ['de'];
    if (random.chance(0.65)) languages.push('en');
    for (const language of pool.languages) if (random.chance(0.85)) languages.push(language);
    if (random.chance(0.06)) languages.push(random.pick(['fr', 'es', 'pl', 'cs'] as const));

    let photoId: string | null = null;
    let photoAlt: string | null = null;
    if (random.chance(0.9)) {
      const picture = portrait(random);
      photoId = media.add(picture.image);
      photoAlt = ''; // decoration (seed/images.ts)
    }

    rows.push({
      id: random.uuid(),
      slug: slugs.take(name),
      name,
      role: gender === 'f' ? role.f : role.m,
      bio,
      expertise,
      region,
      languages: [...new Set(languages)],
      formats: random.weighted<MentorFormatId[]>([
        [['onsite', 'online'], 5],
        [['onsite'], 2],
        [['online'], 3],
      ]),
      availability: random.weighted<AvailabilityId>([
        ['available', 55],
        ['limited', 35],
        ['unavailable', 10],
      ]),
      organisation: affiliation(random, organisations, region),
      email: `${local}@example.org`,
      phone: random.chance(0.8) ? `+49 ${regionText.phoneArea} 0000${random.int(100, 999)}` : null,
      photoId,
      photoAlt,
      updatedAt: at(addDays(today, -random.int(1, 400)), random.int(8, 18), random.int(0, 59)),
    });
  }
  return rows;
}

/** One to four areas: the role's defining one, perhaps more of the role's, then perhaps others. */
function pickExpertise(random: Random, fromRole: ExpertiseId[]): ExpertiseId[] {
  const [defining, ...rest] = fromRole;
  const chosen = [defining!, ...random.sample(rest, random.int(0, rest.length))];
  const extra = random.sample(
    EXPERTISE_IDS.filter((id) => !chosen.includes(id)),
    random.int(0, 2),
  );
  return [...chosen, ...extra].slice(0, 4);
}

function affiliation(random: Random, organisations: OrganisationDirectory, region: RegionId): string | null {
  return random.weighted<() => string | null>([
    [() => random.pick(organisations.consortium).text.short, 30],
    [() => random.pick(organisations.local(region)).text.short, 25],
    [() => random.pick(CONSULTANCIES), 20],
    [() => null, 25],
  ])();
}
