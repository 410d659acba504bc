// The events the tests lean on: recurring series (one across a DST switch, some with exceptions) and the
// events on the DST switch days themselves.
import type { RegionId } from '@sinn/sdk';
import { addDays } from '../time/berlin.js';
import { clockText, daysBetween, dstSwitchDays, germanWeekday, lastSunday, parseDay } from './calendar.js';
import { timed, type Draft, type EasyText, type Venue, type Window } from './event-plan.js';
import { isEventFree } from './holidays.js';
import type { OrganisationDirectory } from './organisations.js';
import type { Random } from './random.js';
import {
  expandSeries,
  nextMonthlyDay,
  nextOccurrenceDay,
  nextWeekday,
  occurrenceStart,
  type SeriesPlan,
  type SeriesRule,
} from './series.js';
import { REGION_TEXTS, type Place } from './texts/places.js';

/** An open-ended series has no last day; its holidays are taken out for two years, further than anyone plans. */
const OPEN_ENDED_HOLIDAY_YEARS = 2;

/** A series as planned, before holidays are taken out. `easy.name` names it in its texts ("Die Sprechstunde"). */
type SeriesDraft = Omit<Draft, 'timing' | 'pinned' | 'easy'> & { easy: EasyText & { name: string } };

/**
 * Moves the first and the last occurrence off holidays (a series that starts on Karfreitag would be odd, and
 * UNTIL should end on a meeting that takes place) and lists the holiday occurrences in between.
 */
function clearOfHolidays(plan: SeriesPlan, horizon: string): { plan: SeriesPlan; holidays: string[]; days: string[] } {
  let firstDay = plan.firstDay;
  while (isEventFree(firstDay)) firstDay = nextOccurrenceDay(plan.rule, firstDay);
  let cleared: SeriesPlan = { ...plan, firstDay };
  let days = expandSeries(cleared, horizon).days;
  if (cleared.untilDay) {
    const lastMeeting = [...days].reverse().find((day) => !isEventFree(day))!;
    cleared = { ...cleared, untilDay: lastMeeting };
    days = days.filter((day) => day <= lastMeeting);
  }
  return { plan: cleared, holidays: days.filter(isEventFree), days };
}

/** "jeden Dienstag", "jeden zweiten Mittwoch", "einmal im Monat am Montag": for the Leichte-Sprache line. */
function rhythm(rule: SeriesRule): string {
  const weekday = germanWeekday(rule.byDay);
  if (rule.freq === 'MONTHLY') return `einmal im Monat am ${weekday}`;
  return (rule.interval ?? 1) === 2 ? `jeden zweiten ${weekday}` : `jeden ${weekday}`;
}

const isChristmasTime = (day: string) => day.slice(5) >= '12-22' || day.slice(5) <= '01-06';

export function planSeries(
  random: Random,
  window: Window,
  organisations: OrganisationDirectory,
  venue: Venue,
  placeIn: (region: RegionId) => Place,
): Draft[] {
  const { from, to, today } = window;
  const member = (short: string) => organisations.member(short);
  // One weekly series straddles a DST switch inside the window, so its UTC times move while its clock time stays.
  const switches = dstSwitchDays(from, to);
  const dst =
    [...switches.spring, ...switches.autumn]
      .sort()
      .find((day) => addDays(day, -35) >= from && addDays(day, 70) <= to) ?? addDays(today, 30);

  /** `extraExceptions` meetings besides the holidays are called off, Christmas-week ones first. */
  const series = (planned: SeriesPlan, extraExceptions: number, draft: SeriesDraft): Draft => {
    const horizon = planned.untilDay ?? addDays(today, OPEN_ENDED_HOLIDAY_YEARS * 365);
    const { plan, holidays, days } = clearOfHolidays(planned, horizon);
    const expanded = expandSeries(plan, horizon);
    // Only meetings inside the window, never the first or last, and none already out for a holiday.
    const candidates = days.slice(1, -1).filter((day) => day <= to && !isEventFree(day));
    const christmas = candidates.filter(isChristmasTime);
    const extra = [...christmas, ...random.shuffle(candidates.filter((day) => !isChristmasTime(day)))].slice(0, extraExceptions);
    const exceptions = [...new Set([...holidays, ...extra])].sort();

    // Heiligabend and Silvester count as Feiertage here, as they do in everyday speech.
    const noun = draft.easy.name.charAt(0).toLowerCase() + draft.easy.name.slice(1);
    const notes: string[] = [];
    if (holidays.length > 0) notes.push(`An Feiertagen fällt ${noun} aus.`);
    if (extra.length > 0) notes.push(`Einzelne ${holidays.length > 0 ? 'weitere ' : ''}Termine entfallen; sie sind im Kalender vermerkt.`);
    return {
      ...draft,
      paragraphs: notes.length > 0 ? [...draft.paragraphs, notes.join(' ')] : draft.paragraphs,
      pinned: true,
      timing: {
        firstDay: plan.firstDay,
        lastDay: plan.firstDay,
        start: expanded.startsAt,
        end: expanded.endsAt,
        allDay: false,
        rrule: expanded.rrule,
        exdates: exceptions.map((day) => occurrenceStart(plan, day)),
        seriesUntil: expanded.seriesUntil,
        repeats: `${draft.easy.name} ist ${rhythm(plan.rule)}.`,
      },
    };
  };

  const leipzig = placeIn('leipzig');
  const chemnitz = placeIn('chemnitz');
  const goerlitz = placeIn('goerlitz');
  const plauen = REGION_TEXTS.vogtlandkreis.places[0]!;
  const dresden = placeIn('dresden');

  return [
    series(
      { firstDay: nextWeekday(addDays(dst, -35), 'TU'), hour: 16, minute: 0, minutes: 90, rule: { freq: 'WEEKLY', byDay: 'TU' }, untilDay: addDays(dst, 70) },
      2,
      {
        title: 'Offene Online-Sprechstunde des SINNkubators',
        summary: `Jeden Dienstag um ${clockText(16, 0)}: Fragen zu Gründung, Finanzierung und Förderung sozialer Ideen, ohne Anmeldung, einfach einwählen.`,
        paragraphs: [
          'Die offene Sprechstunde ist der schnellste Weg zu SINN. Beraterinnen und Berater aus dem SINNkubator beantworten Fragen zu Gründung, Rechtsform, Fördermitteln und Crowdfunding.',
          'Eine Anmeldung ist nicht nötig: Der Link zur Videokonferenz steht auf dieser Seite.',
        ],
        category: 'sprechstunde',
        topics: ['sozialunternehmertum', 'engagement'],
        region: null,
        format: 'online',
        location: null,
        organisation: member('parikom'),
        registration: false,
        easy: { name: 'Die Sprechstunde' },
      },
    ),
    series(
      { firstDay: nextMonthlyDay(addDays(from, 3), 'WE', 1), hour: 18, minute: 30, minutes: 150, rule: { freq: 'MONTHLY', byDay: 'WE', ordinal: 1 }, untilDay: null },
      1,
      {
        title: 'Netzwerk-Stammtisch Soziale Innovation Leipzig',
        summary: `Jeden ersten Mittwoch im Monat ab ${clockText(18, 30)}: ungezwungener Austausch für alle, die in Leipzig an sozialen Ideen arbeiten oder einsteigen wollen.`,
        paragraphs: [
          'Der Stammtisch ist der Ort für neue Kontakte: Gründerinnen und Gründer treffen hier auf Menschen aus Wohlfahrtsverbänden, Verwaltung und Stiftungen.',
          'Es gibt kein festes Programm, aber jedes Mal eine kurze Vorstellungsrunde. Eine Anmeldung ist nicht nötig; Getränke zahlt jede und jeder selbst.',
        ],
        category: 'netzwerktreffen',
        topics: ['sozialunternehmertum', 'zusammenhalt'],
        region: 'leipzig',
        format: 'onsite',
        location: venue(leipzig, 'Impact Hub Leipzig, Veranstaltungsraum'),
        organisation: member('Impact Hub Leipzig'),
        registration: false,
        easy: {
          name: 'Der Stammtisch',
          lines: ['Beim Stammtisch treffen sich Menschen mit sozialen Ideen.', 'Man lernt dort neue Leute kennen.'],
        },
      },
    ),
    series(
      { firstDay: nextWeekday(addDays(today, -60), 'TH'), hour: 12, minute: 30, minutes: 30, rule: { freq: 'WEEKLY', byDay: 'TH' }, untilDay: addDays(today, 120) },
      3,
      {
        title: 'Digitale Mittagspause: 30 Minuten SINN',
        summary: `Jeden Donnerstag um ${clockText(12, 30)}: ein Projekt, eine Methode oder ein Förderprogramm in 30 Minuten, online und kostenlos.`,
        paragraphs: [
          'In der digitalen Mittagspause stellen wir jede Woche in einer halben Stunde etwas vor, das soziale Initiativen weiterbringt: ein Projekt aus Sachsen, eine Methode aus dem SINNkubator oder ein aktuelles Förderprogramm.',
          'Eine Anmeldung ist nicht nötig: Wählen Sie sich einfach über den Link auf dieser Seite ein. Kamera und Mikrofon dürfen aus bleiben, die Themen der nächsten Wochen stehen im Newsletter.',
        ],
        category: 'webinar',
        topics: ['digitalisierung', 'engagement'],
        region: null,
        format: 'online',
        location: null,
        organisation: member('Impact Hub Dresden'),
        // A weekly half hour: nobody signs up for each one, and one deadline could not serve them all.
        registration: false,
        easy: {
          name: 'Die Digitale Mittagspause',
          lines: ['Jede Woche stellen wir ein neues Thema vor.', 'Das dauert 30 Minuten.', 'Sie brauchen einen Computer oder ein Handy.'],
        },
      },
    ),
    series(
      { firstDay: nextMonthlyDay(addDays(from, 20), 'MO', 2), hour: 10, minute: 0, minutes: 180, rule: { freq: 'MONTHLY', byDay: 'MO', ordinal: 2 }, untilDay: addDays(to, -10) },
      1,
      {
        title: 'Gründungssprechstunde Chemnitz',
        summary: 'Am zweiten Montag im Monat: persönliche Beratung zu Gründung und Finanzierung sozialer Unternehmen in Chemnitz.',
        paragraphs: [
          'Wer in Chemnitz ein soziales Unternehmen gründen will, findet hier einmal im Monat persönliche Beratung: zu Geschäftsmodell, Rechtsform, Finanzierung und Fördermitteln.',
          'Die Gespräche dauern eine halbe Stunde und sind vertraulich. Bitte melden Sie sich für den gewünschten Termin an, damit niemand warten muss.',
        ],
        category: 'sprechstunde',
        topics: ['sozialunternehmertum', 'arbeit'],
        region: 'chemnitz',
        format: 'onsite',
        location: venue(chemnitz),
        organisation: member('Der Paritätische Sachsen'),
        registration: true,
        easy: { name: 'Die Sprechstunde' },
      },
    ),
    series(
      { firstDay: nextMonthlyDay(addDays(today, -100), 'TH', -1), hour: 15, minute: 0, minutes: 120, rule: { freq: 'MONTHLY', byDay: 'TH', ordinal: -1 }, untilDay: null },
      0,
      {
        title: 'Erzählcafé: Soziale Ideen aus der Lausitz',
        summary: 'Am letzten Donnerstag im Monat erzählen Menschen aus der Lausitz bei Kaffee und Kuchen, wie sie ihre Orte verändern.',
        paragraphs: [
          'Im Erzählcafé kommen die zu Wort, die vor Ort etwas anpacken: die Gründerin des Dorfladens, der Fahrer des Bürgerbusses, die Jugendlichen aus dem Jugendparlament.',
          'Kaffee und Kuchen stiftet die Bäckerei nebenan. Alle Generationen sind willkommen, eine Anmeldung ist nicht nötig.',
        ],
        category: 'netzwerktreffen',
        topics: ['zusammenhalt', 'laendlicher-raum'],
        region: 'goerlitz',
        format: 'onsite',
        location: venue(goerlitz),
        organisation: random.pick(organisations.local('goerlitz')),
        registration: false,
        easy: {
          name: 'Das Erzählcafé',
          lines: ['Im Erzählcafé erzählen Menschen aus der Lausitz.', 'Sie erzählen, wie sie ihren Ort verändern.', 'Es gibt Kaffee und Kuchen.'],
        },
      },
    ),
    series(
      { firstDay: nextWeekday(addDays(today, -30), 'WE'), hour: 9, minute: 0, minutes: 180, rule: { freq: 'WEEKLY', byDay: 'WE', interval: 2 }, untilDay: addDays(today, 150) },
      1,
      {
        title: 'Coaching-Sprechstunde im Vogtland',
        summary: 'Alle zwei Wochen mittwochs: Coaching für Initiativen im Vogtland, vor Ort in Plauen oder per Video.',
        paragraphs: [
          'Coachinnen und Coaches aus dem SINN-Netzwerk bieten alle zwei Wochen Einzelgespräche an: zu Teamfragen, Finanzierung, Wirkungsmessung oder dem nächsten Schritt.',
          'Bitte melden Sie sich für ein Gespräch an. Sie können vor Ort in Plauen dabei sein oder sich per Video zuschalten.',
        ],
        category: 'sprechstunde',
        topics: ['sozialunternehmertum', 'laendlicher-raum'],
        region: 'vogtlandkreis',
        format: 'hybrid',
        location: venue(plauen),
        organisation: member('Diakonie Sachsen'),
        registration: true,
        easy: { name: 'Die Sprechstunde' },
      },
    ),
    series(
      { firstDay: nextMonthlyDay(addDays(from, 5), 'MO', 3), hour: 18, minute: 0, minutes: 90, rule: { freq: 'MONTHLY', byDay: 'MO', ordinal: 3 }, untilDay: addDays(today, 100) },
      0,
      {
        title: 'Dialogreihe Sozial.Innovativ.Sächsisch',
        summary: `Am dritten Montag im Monat um ${clockText(18, 0)}: Gespräche über die Zukunft des sozialen Sachsens, im Saal in Dresden und im Livestream.`,
        paragraphs: [
          'Die Dialogreihe bringt Menschen aus Wohlfahrtspflege, Sozialunternehmen, Wissenschaft und Verwaltung ins Gespräch über die Potenziale sozialer Innovationen in Sachsen.',
          'Jeder Abend beginnt mit einem Impuls; danach diskutieren Publikum und Gäste gemeinsam. Für einen Platz im Saal melden Sie sich bitte an, der Livestream ist frei zugänglich.',
        ],
        category: 'dialog',
        topics: ['zusammenhalt', 'engagement'],
        region: 'dresden',
        format: 'hybrid',
        location: venue(dresden),
        organisation: member('Caritas'),
        registration: true,
        easy: {
          name: 'Der Gesprächsabend',
          lines: ['Gäste reden über soziale Ideen in Sachsen.', 'Sie können Fragen stellen.'],
        },
      },
    ),
  ];
}

/** The night café is no networking evening: it needs its own Leichte Sprache, not "Alle erzählen von ihren Projekten". */
function nightCafe(clocks: 'vorgestellt' | 'zurückgestellt'): EasyText {
  return {
    name: 'Das Nachtcafé',
    lines: [
      'Das Nachtcafé ist für Pflegekräfte im Nachtdienst.',
      'Es gibt Kaffee, Suppe und Zeit zum Reden.',
      `In dieser Nacht wird die Uhr eine Stunde ${clocks}.`,
    ],
  };
}

/**
 * Events on the DST switch days, closest to today: on the spring day 02:00–03:00 does not exist (01:30 is
 * still winter time, 03:30 already summer time); on the autumn day 02:30 happens twice.
 */
export function planDstEvents(
  window: Window,
  organisations: OrganisationDirectory,
  venue: Venue,
  placeIn: (region: RegionId) => Place,
): Draft[] {
  const { from, to, today } = window;
  const year = parseDay(today)[0];
  const closest = (month: number) => {
    const inWindow = dstSwitchDays(from, to)[month === 3 ? 'spring' : 'autumn'];
    if (inWindow[0]) return inWindow[0];
    return [year - 1, year, year + 1]
      .map((y) => lastSunday(y, month))
      .sort((a, b) => Math.abs(daysBetween(today, a)) - Math.abs(daysBetween(today, b)))[0]!;
  };
  const spring = closest(3);
  const autumn = closest(10);
  const base = {
    region: null,
    location: null,
    registration: true,
    pinned: true,
  } as const;
  return [
    {
      ...base,
      title: 'Nachtcafé für Pflegekräfte: die Stunde, die fehlt',
      summary: 'In der Nacht der Zeitumstellung öffnet das Nachtcafé für alle, die Nachtdienst haben: Kaffee, Suppe und ein offenes Ohr.',
      paragraphs: [
        'Wer in der Nacht der Zeitumstellung arbeitet, verliert eine Stunde Schlaf, aber keine Arbeit. Das Nachtcafé lädt Pflegekräfte aus Kliniken, Heimen und ambulanten Diensten auf eine Pause ein.',
        `Um ${clockText(2, 0)} springen die Uhren auf ${clockText(3, 0)}; das Café schließt um ${clockText(3, 30)} Sommerzeit.`,
      ],
      category: 'netzwerktreffen',
      topics: ['alter-pflege', 'gesundheit'],
      region: 'dresden',
      format: 'onsite',
      location: venue(placeIn('dresden')),
      organisation: organisations.member('DRK Sachsen'),
      timing: timed(spring, [1, 30], [3, 30]),
      easy: nightCafe('vorgestellt'),
    },
    {
      ...base,
      title: 'Sprechstunde für den Nachtdienst: Dienstpläne nach der Zeitumstellung',
      summary: 'Eine Stunde Beratung für Pflegekräfte und Leitungen: Wie werden Nachtdienste in der Nacht der Zeitumstellung geplant und vergütet?',
      paragraphs: [
        'Die Sommerzeit beginnt, die Nachtschicht ist eine Stunde kürzer. Was heißt das für Dienstplan, Zuschläge und Ruhezeiten? Eine Referentin für Arbeitsrecht beantwortet Fragen direkt nach der Umstellung.',
        'Die Sprechstunde findet online statt.',
      ],
      category: 'sprechstunde',
      topics: ['alter-pflege', 'arbeit'],
      format: 'online',
      organisation: organisations.member('Diakonie Sachsen'),
      timing: timed(spring, [3, 30], [4, 30]),
    },
    {
      ...base,
      title: 'Nachtcafé für Pflegekräfte: die geschenkte Stunde',
      summary: 'In der Nacht, in der die Uhr eine Stunde zurückgestellt wird, lädt das Nachtcafé Pflegekräfte im Nachtdienst zu einer Pause ein.',
      paragraphs: [
        `Um ${clockText(3, 0)} Sommerzeit wird die Uhr auf ${clockText(2, 0)} zurückgestellt: Die Nachtschicht ist eine Stunde länger. Das Nachtcafé beginnt um ${clockText(2, 30)}, beim ersten Mal, und bietet Kaffee, Suppe und Gespräche.`,
        'Das Café ist auch für Angehörige geöffnet, die nachts pflegen.',
      ],
      category: 'netzwerktreffen',
      topics: ['alter-pflege', 'gesundheit'],
      region: 'leipzig',
      format: 'onsite',
      location: venue(placeIn('leipzig')),
      organisation: organisations.member('Diakonie Sachsen'),
      timing: timed(autumn, [2, 30], [4, 0]),
      easy: nightCafe('zurückgestellt'),
    },
  ];
}
