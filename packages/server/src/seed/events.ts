// Turns the event drafts into rows: slugs, online and registration links, status (about 5 % cancelled, 2 %
// postponed), registration deadlines, pictures and Leichte-Sprache summaries for a third of the events.
import type { EventStatusId } from '@sinn/sdk';
import { addDays, berlinDate } from '../time/berlin.js';
import { at, clockOf, daysBetween, germanDate } from './calendar.js';
import { eventWindow, planEvents, type Draft } from './event-drafts.js';
import { isEventFree } from './holidays.js';
import { illustration } from './images.js';
import type { MediaCollector } from './media.js';
import type { OrganisationDirectory } from './organisations.js';
import type { Random } from './random.js';
import { SlugRegistry } from './slug.js';
import { EASY_EVENTS, EVENT_CLOSINGS } from './texts/events.js';
import type { EventRow } from './types.js';

interface Context {
  random: Random;
  today: string;
  organisations: OrganisationDirectory;
  media: MediaCollector;
}

const CANCELLED_SHARE = 0.05;
const POSTPONED_SHARE = 0.02;

export function generateEvents({ random, today, organisations, media }: Context): EventRow[] {
  const drafts = planEvents(random.fork('plan'), eventWindow(today), organisations);
  const statuses = assignStatuses(random, drafts);
  const withEasyLanguage = new Set(random.sample([...drafts.keys()], Math.round(drafts.length / 3)));
  const slugs = new SlugRegistry();

  return drafts.map((draft, index): EventRow => {
    const slug = slugs.take(draft.title);
    const status = statuses.get(index) ?? 'scheduled';
    const { timing } = draft;

    let registrationUrl: string | null = null;
    let registrationDeadline: Date | null = null;
    if (draft.registration) {
      registrationUrl = `https://sinn.example.org/anmeldung/${slug}`;
      // One deadline before the first meeting would shut every later one of a series; series take sign-ups
      // per meeting and have none.
      if (!timing.rrule) {
        // Events in the next days closed registration two weeks ahead, so some deadlines have already passed;
        // a trip needs tickets and rooms booked weeks ahead.
        const soon = daysBetween(today, timing.firstDay);
        const lead =
          draft.category === 'studienreise'
            ? random.pick([14, 21, 28])
            : soon > 0 && soon <= 10
              ? 14
              : random.pick([1, 2, 3, 7, 7, 14]);
        registrationDeadline = at(addDays(timing.firstDay, -lead), 23, 59);
      }
    }

    const paragraphs = [...draft.paragraphs];
    if (status === 'cancelled') {
      paragraphs.unshift(
        draft.registration
          ? 'Diese Veranstaltung muss leider ausfallen. Wer sich angemeldet hat, wird per E-Mail benachrichtigt.'
          : 'Diese Veranstaltung muss leider ausfallen.',
      );
    } else if (status === 'postponed') {
      paragraphs.unshift('Diese Veranstaltung wird verschoben. Den neuen Termin geben wir hier bekannt, sobald er feststeht.');
    }
    if (paragraphs.length < 3 && random.chance(0.7)) {
      const closings = EVENT_CLOSINGS.filter(
        (closing) => (draft.format !== 'online' || !closing.onsite) && (draft.registration || !closing.registration),
      );
      paragraphs.push(random.pick(closings).text);
    }

    let imageId: string | null = null;
    let imageAlt: string | null = null;
    if (random.chance(0.35)) {
      const picture = illustration(random);
      imageId = media.add(picture.image);
      imageAlt = ''; // decoration (seed/images.ts)
    }

    const lastTouched = timing.firstDay < today ? timing.firstDay : today;
    const updatedAt = at(addDays(lastTouched, -random.int(status === 'scheduled' ? 1 : 0, status === 'scheduled' ? 60 : 5)), random.int(8, 17), random.int(0, 59));

    return {
      id: random.uuid(),
      slug,
      title: draft.title,
      summary: draft.summary,
      description: paragraphs.join('\n\n'),
      easyLanguage: withEasyLanguage.has(index) ? easyLanguage(draft, status) : null,
      category: draft.category,
      topics: draft.topics,
      region: draft.format === 'online' ? null : draft.region,
      format: draft.format,
      status,
      startsAt: timing.start,
      endsAt: timing.end,
      allDay: timing.allDay,
      rrule: timing.rrule,
      exdates: timing.exdates,
      seriesUntil: timing.seriesUntil,
      location: draft.format === 'online' ? null : draft.location,
      onlineUrl: draft.format === 'onsite' ? null : `https://meet.sinn.example.org/${slug}`,
      registrationUrl,
      registrationDeadline,
      organisationId: draft.organisation.row.id,
      imageId,
      imageAlt,
      sequence: status === 'scheduled' ? random.weighted([[0, 75], [1, 18], [2, 5], [3, 2]] as const) : random.int(1, 3),
      updatedAt,
    };
  });
}

/** Picks which single events are cancelled or postponed; series and pinned events stay scheduled. */
function assignStatuses(random: Random, drafts: Draft[]): Map<number, EventStatusId> {
  const eligible = random.shuffle([...drafts.keys()].filter((index) => !drafts[index]!.pinned));
  const cancelled = Math.round(drafts.length * CANCELLED_SHARE);
  const postponed = Math.round(drafts.length * POSTPONED_SHARE);
  const statuses = new Map<number, EventStatusId>();
  eligible.slice(0, cancelled).forEach((index) => statuses.set(index, 'cancelled'));
  eligible.slice(cancelled, cancelled + postponed).forEach((index) => statuses.set(index, 'postponed'));
  return statuses;
}

/** Leichte Sprache: one statement per line, the event named by its noun each time instead of a pronoun. */
function easyLanguage(draft: Draft, status: EventStatusId): string {
  const { timing } = draft;
  const category = EASY_EVENTS[draft.category];
  const name = draft.easy?.name ?? category.name;
  const lines: string[] = [];
  if (status === 'cancelled') lines.push(`Achtung: ${name} fällt aus.`);
  if (status === 'postponed') lines.push(`Achtung: ${name} wird verschoben.`);
  lines.push(...(draft.easy?.lines ?? category.lines));
  if (timing.repeats) {
    lines.push(timing.repeats, `Das erste Mal ist am ${germanDate(timing.firstDay)}.`);
    if (timing.exdates.some((exdate) => isEventFree(berlinDate(exdate)))) lines.push(`An Feiertagen fällt ${lower(name)} aus.`);
  } else if (timing.lastDay !== timing.firstDay) {
    // Over several days: when it starts and ends, with the times unless it takes the whole days.
    const time = (instant: Date) => (timing.allDay ? '' : ` um ${clockOf(instant)}`);
    lines.push(
      `${name} beginnt am ${germanDate(timing.firstDay)}${time(timing.start)}.`,
      `${name} endet am ${germanDate(timing.lastDay)}${time(timing.end)}.`,
    );
  } else {
    lines.push(`${name} ist am ${germanDate(timing.firstDay)}.`);
  }
  if (timing.lastDay === timing.firstDay) {
    lines.push(timing.allDay ? `${name} dauert den ganzen Tag.` : `${name} beginnt um ${clockOf(timing.start)}.`);
  }
  if (draft.easy?.where) lines.push(draft.easy.where);
  else if (draft.format === 'online') lines.push(`${name} ist im Internet.`);
  else if (draft.format === 'hybrid') lines.push(`${name} ist in ${draft.location?.city} und im Internet.`);
  else lines.push(`${name} ist in ${draft.location?.city}.`);
  if (draft.registration) lines.push('Bitte melden Sie sich vorher an.');
  return lines.join('\n');
}

/** "Das Webinar" → "das Webinar", for the middle of a sentence. */
function lower(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
