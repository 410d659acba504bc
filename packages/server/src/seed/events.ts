// Turns the event drafts into rows: slugs, online and registration links, status (about 5 % cancelled, 2 %
// postponed), registration deadlines, pictures and Leichte-Sprache summaries for a third of the events.
import type { EventStatusId } from '@sinn/sdk';
import { addDays } from '../time/berlin.js';
import { at, daysBetween, germanDate } from './calendar.js';
import { eventWindow, planEvents, type Draft } from './event-drafts.js';
import { illustration } from './images.js';
import type { MediaCollector } from './media.js';
import type { OrganisationDirectory } from './organisations.js';
import type { Random } from './random.js';
import { SlugRegistry } from './slug.js';
import { EASY_EVENT_LINES, EVENT_CLOSINGS } from './texts/events.js';
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
      // Events in the next days closed registration two weeks ahead, so some deadlines have already passed.
      const soon = daysBetween(today, timing.firstDay);
      const lead = soon > 0 && soon <= 10 ? 14 : random.pick([1, 2, 3, 7, 7, 14]);
      registrationDeadline = at(addDays(timing.firstDay, -lead), 23, 59);
    }

    const paragraphs = [...draft.paragraphs];
    if (status === 'cancelled') {
      paragraphs.unshift('Diese Veranstaltung muss leider ausfallen. Wer sich angemeldet hat, wird per E-Mail benachrichtigt.');
    } else if (status === 'postponed') {
      paragraphs.unshift('Diese Veranstaltung wird verschoben. Den neuen Termin geben wir hier bekannt, sobald er feststeht.');
    }
    if (paragraphs.length < 3 && random.chance(0.7)) {
      const closings = EVENT_CLOSINGS.filter((closing) => draft.format !== 'online' || !closing.onsite);
      paragraphs.push(random.pick(closings).text);
    }

    let imageId: string | null = null;
    let imageAlt: string | null = null;
    if (random.chance(0.35)) {
      const picture = illustration(random);
      imageId = media.add(picture.image);
      imageAlt = `Illustration zur Veranstaltung „${draft.title}“: ${picture.description}`;
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

const CLOCK = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function clock(date: Date): string {
  const time = CLOCK.format(date);
  return time.endsWith(':00') ? `${Number(time.slice(0, 2))} Uhr` : `${time} Uhr`;
}

/** Leichte Sprache: one statement per line. */
function easyLanguage(draft: Draft, status: EventStatusId): string {
  const { timing } = draft;
  const lines: string[] = [];
  if (status === 'cancelled') lines.push('Achtung: Die Veranstaltung fällt aus.');
  if (status === 'postponed') lines.push('Achtung: Die Veranstaltung wird verschoben.');
  lines.push(...(EASY_EVENT_LINES[draft.category] ?? []));
  if (timing.repeats) {
    lines.push(timing.repeats, `Das erste Mal ist am ${germanDate(timing.firstDay)}.`);
  } else {
    lines.push(`Die Veranstaltung ist am ${germanDate(timing.firstDay)}.`);
    if (timing.lastDay !== timing.firstDay) lines.push(`Sie dauert bis zum ${germanDate(timing.lastDay)}.`);
  }
  lines.push(timing.allDay ? 'Sie dauert den ganzen Tag.' : `Sie beginnt um ${clock(timing.start)}.`);
  if (draft.format === 'online') lines.push('Sie ist im Internet.');
  else if (draft.format === 'hybrid') lines.push(`Sie ist in ${draft.location?.city} und im Internet.`);
  else lines.push(`Sie ist in ${draft.location?.city}.`);
  if (draft.registration) lines.push('Bitte melden Sie sich vorher an.');
  return lines.join('\n');
}
