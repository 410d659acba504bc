// The events the tests lean on: recurring series (one across a DST switch, some with exceptions) and the
// events on the DST switch days themselves.
import type { RegionId } from '@sinn/sdk';
import { addDays } from '../time/berlin.js';
import { daysBetween, dstSwitchDays, lastSunday, parseDay } from './calendar.js';
import { timed, type Draft, type Venue, type Window } from './event-plan.js';
import type { OrganisationDirectory } from './organisations.js';
import type { Random } from './random.js';
import { expandSeries, nextMonthlyDay, nextWeekday, occurrenceStart, type SeriesPlan } from './series.js';
import { REGION_TEXTS, type Place } from './texts/places.js';

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

  const series = (
    plan: SeriesPlan,
    exdateCount: number,
    draft: Omit<Draft, 'timing' | 'pinned'>,
    repeats: string,
  ): Draft => {
    const expanded = expandSeries(plan, to);
    const candidates = expanded.days.slice(1);
    // Holidays first: a Christmas-week occurrence is the one a real organiser would take out.
    const holidays = candidates.filter((day) => day.slice(5) >= '12-22' || day.slice(5) <= '01-06');
    const chosen = [...holidays, ...random.shuffle(candidates.filter((day) => !holidays.includes(day)))]
      .slice(0, exdateCount)
      .sort();
    return {
      ...draft,
      pinned: true,
      timing: {
        firstDay: plan.firstDay,
        lastDay: plan.firstDay,
        start: expanded.startsAt,
        end: expanded.endsAt,
        allDay: false,
        rrule: expanded.rrule,
        exdates: chosen.map((day) => occurrenceStart(plan, day)),
        seriesUntil: expanded.seriesUntil,
        repeats,
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
        summary: 'Jeden Dienstag um 16 Uhr: Fragen zu Gründung, Finanzierung und Förderung sozialer Ideen, ohne Anmeldung, einfach einwählen.',
        paragraphs: [
          'Die offene Sprechstunde ist der schnellste Weg zu SINN. Beraterinnen und Berater aus dem SINNkubator beantworten Fragen zu Gründung, Rechtsform, Fördermitteln und Crowdfunding.',
          'Eine Anmeldung ist nicht nötig. In der Weihnachtszeit macht die Sprechstunde Pause.',
        ],
        category: 'sprechstunde',
        topics: ['sozialunternehmertum', 'engagement'],
        region: null,
        format: 'online',
        location: null,
        organisation: member('parikom'),
        registration: false,
      },
      'Die Sprechstunde ist jeden Dienstag.',
    ),
    series(
      { firstDay: nextMonthlyDay(addDays(from, 3), 'WE', 1), hour: 18, minute: 30, minutes: 150, rule: { freq: 'MONTHLY', byDay: 'WE', ordinal: 1 }, untilDay: null },
      1,
      {
        title: 'Netzwerk-Stammtisch Soziale Innovation Leipzig',
        summary: 'Jeden ersten Mittwoch im Monat: ungezwungener Austausch für alle, die in Leipzig an sozialen Ideen arbeiten oder einsteigen wollen.',
        paragraphs: [
          'Der Stammtisch ist der Ort für neue Kontakte: Gründerinnen und Gründer treffen hier auf Menschen aus Wohlfahrtsverbänden, Verwaltung und Stiftungen.',
          'Es gibt kein festes Programm, aber jedes Mal eine kurze Vorstellungsrunde. Getränke zahlt jede und jeder selbst.',
        ],
        category: 'netzwerktreffen',
        topics: ['sozialunternehmertum', 'zusammenhalt'],
        region: 'leipzig',
        format: 'onsite',
        location: venue(leipzig, 'Impact Hub Leipzig, Veranstaltungsraum'),
        organisation: member('Impact Hub Leipzig'),
        registration: false,
      },
      'Der Stammtisch ist einmal im Monat am Mittwoch.',
    ),
    series(
      { firstDay: nextWeekday(addDays(today, -60), 'TH'), hour: 12, minute: 30, minutes: 30, rule: { freq: 'WEEKLY', byDay: 'TH' }, untilDay: addDays(today, 120) },
      3,
      {
        title: 'Digitale Mittagspause: 30 Minuten SINN',
        summary: 'Jeden Donnerstag in der Mittagspause: ein Projekt, eine Methode oder ein Förderprogramm in 30 Minuten, online und kostenlos.',
        paragraphs: [
          'In der digitalen Mittagspause stellen wir jede Woche in einer halben Stunde etwas vor, das soziale Initiativen weiterbringt: ein Projekt aus Sachsen, eine Methode aus dem SINNkubator oder ein aktuelles Förderprogramm.',
          'Kamera und Mikrofon dürfen aus bleiben. Die Themen der nächsten Wochen stehen im Newsletter.',
        ],
        category: 'webinar',
        topics: ['digitalisierung', 'engagement'],
        region: null,
        format: 'online',
        location: null,
        organisation: member('Impact Hub Dresden'),
        registration: true,
      },
      'Das Webinar ist jeden Donnerstag.',
    ),
    series(
      { firstDay: nextMonthlyDay(addDays(from, 20), 'MO', 2), hour: 10, minute: 0, minutes: 180, rule: { freq: 'MONTHLY', byDay: 'MO', ordinal: 2 }, untilDay: addDays(to, -10) },
      1,
      {
        title: 'Gründungssprechstunde Chemnitz',
        summary: 'Am zweiten Montag im Monat: persönliche Beratung zu Gründung und Finanzierung sozialer Unternehmen in Chemnitz.',
        paragraphs: [
          'Wer in Chemnitz ein soziales Unternehmen gründen will, findet hier einmal im Monat persönliche Beratung: zu Geschäftsmodell, Rechtsform, Finanzierung und Fördermitteln.',
          'Die Gespräche dauern eine halbe Stunde und sind vertraulich.',
        ],
        category: 'sprechstunde',
        topics: ['sozialunternehmertum', 'arbeit'],
        region: 'chemnitz',
        format: 'onsite',
        location: venue(chemnitz),
        organisation: member('Der Paritätische Sachsen'),
        registration: true,
      },
      'Die Sprechstunde ist einmal im Monat am Montag.',
    ),
    series(
      { firstDay: nextMonthlyDay(addDays(today, -100), 'TH', -1), hour: 15, minute: 0, minutes: 120, rule: { freq: 'MONTHLY', byDay: 'TH', ordinal: -1 }, untilDay: null },
      0,
      {
        title: 'Erzählcafé: Soziale Ideen aus der Lausitz',
        summary: 'Am letzten Donnerstag im Monat erzählen Menschen aus der Lausitz bei Kaffee und Kuchen, wie sie ihre Orte verändern.',
        paragraphs: [
          'Im Erzählcafé kommen die zu Wort, die vor Ort etwas anpacken: die Gründerin des Dorfladens, der Fahrer des Bürgerbusses, die Jugendlichen aus dem Jugendparlament.',
          'Kaffee und Kuchen stiftet die Bäckerei nebenan. Alle Generationen sind willkommen.',
        ],
        category: 'netzwerktreffen',
        topics: ['zusammenhalt', 'laendlicher-raum'],
        region: 'goerlitz',
        format: 'onsite',
        location: venue(goerlitz),
        organisation: random.pick(organisations.local('goerlitz')),
        registration: false,
      },
      'Das Erzählcafé ist einmal im Monat am Donnerstag.',
    ),
    series(
      { firstDay: nextWeekday(addDays(today, -30), 'WE'), hour: 9, minute: 0, minutes: 180, rule: { freq: 'WEEKLY', byDay: 'WE', interval: 2 }, untilDay: addDays(today, 150) },
      1,
      {
        title: 'Coaching-Sprechstunde im Vogtland',
        summary: 'Alle zwei Wochen mittwochs: Coaching für Initiativen im Vogtland, vor Ort in Plauen oder per Video.',
        paragraphs: [
          'Coachinnen und Coaches aus dem SINN-Netzwerk bieten alle zwei Wochen Einzelgespräche an: zu Teamfragen, Finanzierung, Wirkungsmessung oder dem nächsten Schritt.',
          'Sie können vor Ort in Plauen dabei sein oder sich per Video zuschalten.',
        ],
        category: 'sprechstunde',
        topics: ['sozialunternehmertum', 'laendlicher-raum'],
        region: 'vogtlandkreis',
        format: 'hybrid',
        location: venue(plauen),
        organisation: member('Diakonie Sachsen'),
        registration: true,
      },
      'Die Sprechstunde ist jeden zweiten Mittwoch.',
    ),
    series(
      { firstDay: nextMonthlyDay(addDays(from, 5), 'MO', 3), hour: 18, minute: 0, minutes: 90, rule: { freq: 'MONTHLY', byDay: 'MO', ordinal: 3 }, untilDay: addDays(today, 100) },
      0,
      {
        title: 'Dialogreihe Sozial.Innovativ.Sächsisch',
        summary: 'Am dritten Montag im Monat: Gespräche über die Zukunft des sozialen Sachsens, im Saal in Dresden und im Livestream.',
        paragraphs: [
          'Die Dialogreihe bringt Menschen aus Wohlfahrtspflege, Sozialunternehmen, Wissenschaft und Verwaltung ins Gespräch über die Potenziale sozialer Innovationen in Sachsen.',
          'Jeder Abend beginnt mit einem Impuls; danach diskutieren Publikum und Gäste gemeinsam.',
        ],
        category: 'dialog',
        topics: ['zusammenhalt', 'engagement'],
        region: 'dresden',
        format: 'hybrid',
        location: venue(dresden),
        organisation: member('Caritas'),
        registration: true,
      },
      'Die Veranstaltung ist einmal im Monat am Montag.',
    ),
  ];
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
        'Um 02:00 Uhr springen die Uhren auf 03:00 Uhr; das Café schließt um 03:30 Uhr Sommerzeit.',
      ],
      category: 'netzwerktreffen',
      topics: ['alter-pflege', 'gesundheit'],
      region: 'dresden',
      format: 'onsite',
      location: venue(placeIn('dresden')),
      organisation: organisations.member('DRK Sachsen'),
      timing: timed(spring, [1, 30], [3, 30]),
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
        'Um 03:00 Uhr Sommerzeit wird die Uhr auf 02:00 Uhr zurückgestellt: Die Nachtschicht ist eine Stunde länger. Das Nachtcafé beginnt um 02:30 Uhr, beim ersten Mal, und bietet Kaffee, Suppe und Gespräche.',
        'Das Café ist auch für Angehörige geöffnet, die nachts pflegen.',
      ],
      category: 'netzwerktreffen',
      topics: ['alter-pflege', 'gesundheit'],
      region: 'leipzig',
      format: 'onsite',
      location: venue(placeIn('leipzig')),
      organisation: organisations.member('Diakonie Sachsen'),
      timing: timed(autumn, [2, 30], [4, 0]),
    },
  ];
}
