// Mentor bios: a first sentence on the role and a career that fits it, one or two on the mentor's expertise,
// perhaps a personal one. Every sentence comes from a pool the generator deals out evenly, so no sentence
// turns up in a third of all bios.
import type { ExpertiseId } from '@sinn/sdk';
import type { Random } from './random.js';
import { countWord, fill } from './template.js';
import { BIO_CLOSINGS, EXPERTISE_SENTENCES, type Gender, type Role } from './texts/people.js';

export interface BioSubject {
  name: string;
  gender: Gender;
  role: Role;
  expertise: ExpertiseId[];
  /** "im Landkreis Bautzen". */
  in: string;
}

/** Draws from shuffled decks, one per key: each template is used about equally often. */
function deckDrawer(random: Random): (key: string, pool: readonly string[]) => string {
  const decks = new Map<string, string[]>();
  return (key, pool) => {
    let deck = decks.get(key);
    if (!deck || deck.length === 0) {
      deck = random.shuffle(pool);
      decks.set(key, deck);
    }
    return deck.pop()!;
  };
}

export function bioWriter(random: Random): (subject: BioSubject) => string {
  const draw = deckDrawer(random);
  // How often each expertise has been written about: a bio speaks of its mentor's least-told expertise, so the
  // popular ones (Geschäftsmodell, Finanzierung) do not wear out their few sentences.
  const told = new Map<ExpertiseId, number>();
  const leastTold = (ids: ExpertiseId[]) => random.shuffle(ids).sort((a, b) => (told.get(a) ?? 0) - (told.get(b) ?? 0))[0];

  return ({ name, gender, role, expertise, in: region }) => {
    // The first sentence on expertise stays with the role's own, so a Marketing-Strategin speaks of marketing.
    const fromRole = leastTold(expertise.filter((id) => role.expertise.includes(id)))!;
    const other = expertise.length > 1 && random.chance(0.55) ? leastTold(expertise.filter((id) => id !== fromRole)) : undefined;
    const topics = other ? [fromRole, other] : [fromRole];
    for (const topic of topics) told.set(topic, (told.get(topic) ?? 0) + 1);

    const sentences = [
      draw(`role:${role.m}`, role.intros),
      ...topics.map((topic) => draw(`expertise:${topic}`, EXPERTISE_SENTENCES[topic])),
    ];
    if (sentences.length < 3 && random.chance(0.5)) sentences.push(draw('closing', BIO_CLOSINGS));

    const inSentence = role.inline ?? role;
    const values = {
      name,
      role: gender === 'f' ? inSentence.f : inSentence.m,
      in: region,
      n: countWord(random.int(3, 25)),
      count: random.int(2, 8) * 10,
    };
    return sentences.map((sentence) => fill(sentence, values, gender)).join(' ');
  };
}
