// Plans the demo events category by category: what, where, when and by whom. events.ts turns the drafts into
// rows (slugs, URLs, status, registration, pictures). All times are Berlin wall-clock times.
import {
  KREISFREIE_STAEDTE,
  LANDKREISE,
  REGION_IDS,
  type EventFormatId,
  type RegionId,
  type TopicId,
} from '@sinn/sdk';
import { TOPIC_LABELS } from '@sinn/sdk/labels';
import { addDays } from '../time/berlin.js';
import { clearOfHolidays, parseDay, randomDay } from './calendar.js';
import { allDay, MIDWEEK, nextOf, timed, WORKDAYS, type Draft, type Window } from './event-plan.js';
import { planDstEvents, planSeries } from './event-series.js';
import type { OrganisationDirectory } from './organisations.js';
import type { Random } from './random.js';
import { nextWeekday, type Weekday } from './series.js';
import { capitalise, fill } from './template.js';
import {
  DIALOGUE_TOPICS,
  EASY_EVENTS,
  HACKATHON_THEMES,
  NETWORK_TITLES,
  OFFICE_HOUR_TITLES,
  STUDY_TRIPS,
  WORKSHOP_THEMES,
} from './texts/events.js';
import { ACCESSIBILITY_NOTES, REGION_TEXTS, STREETS, VENUES, type Place } from './texts/places.js';
import type { EventLocationData } from './types.js';

export { eventWindow, type Draft, type Window } from './event-plan.js';

export function planEvents(random: Random, window: Window, organisations: OrganisationDirectory): Draft[] {
  const { from, to, today } = window;
  const cityWeighted: [RegionId, number][] = REGION_IDS.map((id) => [id, (KREISFREIE_STAEDTE as readonly string[]).includes(id) ? 3 : 2]);
  const anyRegion = () => random.weighted(cityWeighted);
  const placeIn = (region: RegionId) => random.pick(REGION_TEXTS[region].places);
  const venue = (place: Place, name: string = random.pick(VENUES)): EventLocationData => ({
    name: fill(name, { place: place.name }),
    street: `${random.pick(STREETS)} ${random.int(1, 60)}`,
    postalCode: place.postalCode,
    city: place.city,
    accessibility: random.chance(0.85) ? random.pick(ACCESSIBILITY_NOTES) : null,
  });
  const member = (short: string) => organisations.member(short);
  const consortium = () => random.pick(organisations.consortium);
  const welfare = () => random.pick(organisations.consortium.filter((org) => org.row.kind === 'welfare-association'));
  const hub = (region: RegionId | null) =>
    member(region && ['leipzig', 'landkreis-leipzig', 'nordsachsen', 'zwickau', 'vogtlandkreis'].includes(region) ? 'Impact Hub Leipzig' : 'Impact Hub Dresden');
  const topicLabel = (topic: TopicId) => TOPIC_LABELS[topic].de;
  const formatOf = (weights: [EventFormatId, number][]) => random.weighted(weights);
  /** Onsite and hybrid events need a place; online ones have neither region nor location. */
  const situate = (format: EventFormatId, region: RegionId) => {
    if (format === 'online') return { region: null, location: null, place: null };
    const place = placeIn(region);
    return { region, location: venue(place), place };
  };
  const inDays = (first: number, last: number, weekdays: readonly Weekday[]) =>
    randomDay(random, addDays(from, first), addDays(to, -last), weekdays);

  const drafts: Draft[] = [];
  const add = (draft: Omit<Draft, 'pinned'> & { pinned?: boolean }) => drafts.push({ pinned: false, ...draft });

  // Roadshow: every Landkreis twice (once in each half of the year), the three cities once.
  const stop = (region: RegionId, day: string) => {
    const place = placeIn(region);
    const text = REGION_TEXTS[region];
    const format = formatOf([['onsite', 4], ['hybrid', 1]]);
    add({
      title: `SINN-Roadshow ${text.area}: Station ${place.name}`,
      summary: `Die SINN-Roadshow macht Station in ${place.name}: Wir stellen Beratung, Mentoring und den SINNkubator vor und wollen wissen, welche sozialen Ideen es ${text.in} gibt.`,
      paragraphs: [
        `SINN, die Zukunftsplattform für soziale Innovationen in Sachsen, ist in jedem Landkreis unterwegs. Beim Halt in ${place.name} stellen die Partner aus Wohlfahrt, Impact Hubs und Startnext ihre Angebote vor: Coaching, Mentoring, Studienreisen, Netzwerktreffen und Wege zur Finanzierung.`,
        `Im zweiten Teil präsentieren Initiativen ${text.in} ihre Projekte in fünf Minuten. Danach ist Zeit für Gespräche an Thementischen, bei Kaffee und Kuchen aus der Region.`,
      ],
      category: 'roadshow',
      topics: random.sample(['laendlicher-raum', 'engagement', 'zusammenhalt', 'sozialunternehmertum'] as TopicId[], 2),
      region,
      format,
      timing: timed(day, [15, 0], [19, 0]),
      location: venue(place),
      organisation: consortium(),
      registration: true,
    });
  };
  random.shuffle(LANDKREISE).forEach((region, i) => {
    stop(region, nextOf(addDays(from, 7 + i * 16), MIDWEEK));
    stop(region, nextOf(addDays(today, 8 + i * 16), MIDWEEK));
  });
  KREISFREIE_STAEDTE.forEach((region, i) => stop(region, nextOf(addDays(today, 20 + i * 45), ['TH'])));

  // Hackathons over a weekend: Friday evening to Saturday evening, or Saturday morning to Sunday afternoon;
  // never over Easter, Whitsun or another long weekend.
  HACKATHON_THEMES.forEach((theme, i) => {
    let friday = nextWeekday(addDays(from, 10 + i * 44), 'FR');
    while (!clearOfHolidays(friday, addDays(friday, 2))) friday = addDays(friday, 7);
    const format: EventFormatId = i === 2 ? 'online' : i === 5 ? 'hybrid' : 'onsite';
    const where = situate(format, anyRegion());
    const text = where.region ? REGION_TEXTS[where.region] : null;
    const timing = random.chance(0.5)
      ? timed(friday, [17, 0], [20, 0], addDays(friday, 1))
      : timed(addDays(friday, 1), [9, 0], [16, 0], addDays(friday, 2));
    add({
      title: text ? `Hackathon ${theme.title} ${text.area}` : `Online-Hackathon: ${theme.title}`,
      summary: `Zwei Tage, gemischte Teams, echte Herausforderungen aus der sozialen Praxis. Das Ziel: ${theme.gain}`,
      paragraphs: [
        `Beim Hackathon treffen Menschen aus Pflege, Verwaltung, Sozialarbeit, Softwareentwicklung und Gestaltung aufeinander. Die Herausforderungen bringen Träger und Initiativen ${text ? text.in : 'aus ganz Sachsen'} mit, die Ergebnisse stehen unter freien Lizenzen.`,
        'Am Ende präsentieren die Teams ihre Prototypen vor einer Jury. Die besten Ideen können im SINNkubator weiterentwickelt werden, mit Mentoring und Coaching.',
      ],
      category: 'hackathon',
      topics: theme.topics,
      region: where.region,
      format,
      timing,
      location: where.location,
      organisation: random.chance(0.8) ? hub(where.region) : member('Startnext'),
      registration: true,
    });
  });

  // SINNkubator workshops, on site, online or hybrid; on a Saturday now and then for people with a day job.
  for (let i = 0; i < 66; i++) {
    const theme = WORKSHOP_THEMES[i % WORKSHOP_THEMES.length]!;
    const format = formatOf([['onsite', 55], ['online', 25], ['hybrid', 20]]);
    const where = situate(format, anyRegion());
    const slot = random.pick([
      [[9, 30], [16, 30]],
      [[10, 0], [13, 0]],
      [[17, 0], [20, 0]],
      [[14, 0], [17, 30]],
    ] as [number, number][][]);
    const length = slot[0]![0] === 9 ? 'Ein ganztägiger Workshop' : slot[0]![0] === 17 ? 'Ein Abend-Workshop' : 'Ein halbtägiger Workshop';
    const crowdfunding = theme.title.includes('Crowdfunding');
    add({
      title: where.place ? `SINNkubator-Workshop in ${where.place.name}: ${theme.title}` : `Online-Workshop: ${theme.title}`,
      summary: `${length} im SINNkubator. ${theme.gain}`,
      paragraphs: [
        `Der SINNkubator begleitet Menschen, die eine soziale Idee umsetzen wollen. In diesem Workshop geht es um das Thema „${theme.title}“: mit kurzen Inputs, viel Arbeit an den eigenen Vorhaben und Austausch in kleinen Gruppen.`,
        // The gain speaks to the participants ("Sie kennen …"); after the mentors it would seem to mean them.
        `${theme.gain} Geleitet wird der Workshop von erfahrenen Mentorinnen und Mentoren aus dem SINN-Netzwerk.`,
      ],
      category: 'workshop',
      topics: theme.topics,
      region: where.region,
      format,
      timing: timed(inDays(0, 0, random.chance(0.08) ? ['SA'] : WORKDAYS), slot[0]!, slot[1]!),
      location: where.location,
      organisation: crowdfunding ? member('Startnext') : random.pick([member('parikom'), hub(where.region), welfare()]),
      registration: true,
    });
  }

  // Study trips: two to four days, all-day, starting from a main station.
  const stations: Record<'dresden' | 'leipzig' | 'chemnitz', EventLocationData> = {
    dresden: { name: 'Dresden Hauptbahnhof, Treffpunkt in der Kuppelhalle', street: 'Wiener Platz 4', postalCode: '01069', city: 'Dresden', accessibility: 'Stufenloser Zugang zu allen Bahnsteigen über Aufzüge' },
    leipzig: { name: 'Leipzig Hauptbahnhof, Treffpunkt Osthalle', street: 'Willy-Brandt-Platz 5', postalCode: '04109', city: 'Leipzig', accessibility: 'Stufenloser Zugang, Mobilitätsservice der Bahn auf Anfrage' },
    chemnitz: { name: 'Chemnitz Hauptbahnhof, Treffpunkt Empfangshalle', street: 'Bahnhofstraße 1', postalCode: '09111', city: 'Chemnitz', accessibility: 'Stufenloser Zugang über Aufzüge' },
  };
  random.sample(STUDY_TRIPS, 7).forEach((trip, i) => {
    const days = random.int(2, 4);
    let first = nextOf(addDays(from, 12 + i * 50), ['MO', 'TU', 'WE', 'TH']);
    while (!clearOfHolidays(first, addDays(first, days - 1))) first = nextOf(addDays(first, 1), ['MO', 'TU', 'WE', 'TH']);
    const city = random.pick(['dresden', 'leipzig', 'chemnitz'] as const);
    add({
      title: `Studienreise ${trip.destination}: ${capitalise(trip.focus)}`,
      summary: `${['Zwei', 'Drei', 'Vier'][days - 2]} Tage ${trip.destination}: Wir besuchen Projekte zu ${trip.focusDative} und sprechen mit den Menschen, die sie tragen.`,
      paragraphs: [
        `Die Studienreisen von SINN führen zu Orten, an denen soziale Innovationen schon gelingen. Diesmal geht es ${trip.destination}, Schwerpunkt: ${trip.focus}.`,
        `Auf dem Programm stehen Besuche bei Initiativen, Sozialunternehmen und Verwaltungen, Gespräche mit Gründerinnen und Gründern und ein Abend zum Austausch in der Gruppe. Wir reisen gemeinsam mit der Bahn ab ${stations[city].city}; Fahrt und Übernachtung übernimmt SINN bis auf einen Eigenanteil.`,
        'Die Zahl der Plätze ist begrenzt. Das genaue Programm erhalten Sie mit der Bestätigung Ihrer Anmeldung.',
      ],
      category: 'studienreise',
      topics: trip.topics,
      region: city,
      format: 'onsite',
      timing: allDay(first, addDays(first, days - 1)),
      location: stations[city],
      organisation: welfare(),
      registration: true,
      // The trip leaves from a Saxon station for somewhere else: the generic "Die Reise ist in …" would be wrong.
      easy: {
        lines: [`Wir fahren zusammen ${trip.destination}.`, ...EASY_EVENTS.studienreise.lines],
        where: `Wir treffen uns am Hauptbahnhof in ${stations[city].city}.`,
      },
    });
  });

  // The SINNovationsfest: two days in September, in Leipzig or Dresden; the Innovationspreis on its first evening.
  const festDay = festivalDay(from, to);
  const festCity: RegionId = parseDay(festDay)[0] % 2 === 0 ? 'leipzig' : 'dresden';
  const festPlace = placeIn(festCity);
  const festVenue = venue(festPlace, 'Kulturfabrik {place}');
  festVenue.accessibility = 'Stufenloser Zugang, barrierefreie WCs, Induktionsschleife im Saal, Ruheraum; Gebärdensprachdolmetschung bei allen Bühnenprogrammen';
  add({
    title: `SINNovationsfest ${parseDay(festDay)[0]}`,
    summary: 'Zwei Tage soziale Innovation zum Anfassen: Projekte aus ganz Sachsen, Werkstätten, Gespräche, Musik und die Verleihung des Innovationspreises.',
    paragraphs: [
      `Einmal im Jahr feiert SINN die sozialen Innovationen in Sachsen. Auf dem SINNovationsfest in ${festPlace.city} zeigen über sechzig Initiativen, Vereine und Sozialunternehmen, woran sie arbeiten, vom Dorfladen bis zur Pflege-App.`,
      'Es gibt Werkstätten zum Mitmachen, Gesprächsrunden mit Gästen aus Politik und Wohlfahrt, ein Kinderprogramm und Musik aus der Region. Am ersten Abend wird der Sächsische Innovationspreis für soziale Innovationen verliehen.',
      'Der Eintritt ist frei. Eine Anmeldung hilft uns bei der Planung.',
    ],
    category: 'festival',
    topics: ['zusammenhalt', 'sozialunternehmertum', 'engagement'],
    region: festCity,
    format: 'onsite',
    timing: allDay(festDay, addDays(festDay, 1)),
    location: festVenue,
    organisation: member('Impact Hub Leipzig'),
    registration: true,
    pinned: true,
  });
  add({
    title: 'Verleihung des Sächsischen Innovationspreises für soziale Innovationen',
    summary: 'Feierliche Verleihung des Innovationspreises am ersten Abend des SINNovationsfests, mit Vorstellung aller nominierten Projekte und Livestream.',
    paragraphs: [
      'Eine Jury aus Wohlfahrt, Wissenschaft und Zivilgesellschaft hat aus über hundert Bewerbungen zehn Projekte nominiert. Sie stellen sich an diesem Abend in kurzen Filmen vor.',
      'Vergeben werden Preise in drei Kategorien: Idee, Umsetzung und Ländlicher Raum, dazu ein Publikumspreis. Die Verleihung wird live übertragen und in Gebärdensprache gedolmetscht.',
    ],
    category: 'preisverleihung',
    topics: ['sozialunternehmertum', 'engagement'],
    region: festCity,
    format: 'hybrid',
    timing: timed(festDay, [19, 0], [22, 0]),
    location: festVenue,
    organisation: member('Der Paritätische Sachsen'),
    registration: true,
    pinned: true,
  });
  {
    const region = random.pick(LANDKREISE);
    const text = REGION_TEXTS[region];
    add({
      title: `Innovationspreis Ländlicher Raum: Preisverleihung ${text.area}`,
      summary: `Der regionale Innovationspreis zeichnet Projekte aus, die das Leben ${text.in} leichter, gerechter oder schöner machen.`,
      paragraphs: [
        `Nominiert sind fünf Projekte ${text.in}, vom Bürgerbus bis zum Dorfladen. Die Preisträger erhalten ein Preisgeld und ein halbes Jahr Coaching im SINNkubator.`,
        'Im Anschluss lädt SINN zu einem Empfang mit regionalen Spezialitäten.',
      ],
      category: 'preisverleihung',
      topics: ['laendlicher-raum', 'engagement'],
      region,
      format: 'onsite',
      timing: timed(inDays(20, 20, ['FR']), [18, 0], [21, 0]),
      location: venue(placeIn(region)),
      organisation: welfare(),
      registration: true,
    });
  }

  // Netzwerktreffen in every region.
  for (let i = 0; i < 80; i++) {
    const region = REGION_IDS[i % REGION_IDS.length]!;
    const text = REGION_TEXTS[region];
    const place = placeIn(region);
    const topic = random.pick(Object.keys(TOPIC_LABELS) as TopicId[]);
    const pattern = random.pick(NETWORK_TITLES);
    const breakfast = pattern.includes('Frühstück');
    const format = formatOf([['onsite', 85], ['hybrid', 15]]);
    const slot = breakfast
      ? ([[8, 30], [10, 30]] as const)
      : random.pick([
          [[17, 30], [20, 0]],
          [[16, 0], [18, 30]],
          [[18, 0], [21, 0]],
        ] as const);
    add({
      title: fill(pattern, { topic: topicLabel(topic), area: text.area, place: place.name, in: text.in }),
      summary: `Austausch, neue Kontakte und Ideen: Beim Netzwerktreffen kommen Engagierte, Träger, Sozialunternehmen und Verwaltung ${text.in} zusammen. Im Mittelpunkt steht das Thema ${topicLabel(topic)}.`,
      paragraphs: [
        `Soziale Innovationen entstehen dort, wo Menschen voneinander wissen. Das Netzwerktreffen bringt zusammen, wer ${text.in} an neuen Lösungen arbeitet, ob im Ehrenamt, in einem Wohlfahrtsverband, einer Verwaltung oder einem Sozialunternehmen.`,
        'Nach einem kurzen Impuls stellen sich drei Initiativen vor. Danach bleibt viel Zeit für Gespräche, bei Getränken und einem Imbiss.',
      ],
      category: 'netzwerktreffen',
      topics: [topic, ...random.sample(['zusammenhalt', 'engagement'] as TopicId[], random.int(0, 1))].filter(
        (t, index, all) => all.indexOf(t) === index,
      ),
      region,
      format,
      timing: timed(inDays(0, 0, WORKDAYS), [slot[0][0], slot[0][1]], [slot[1][0], slot[1][1]]),
      location: venue(place),
      organisation: random.chance(0.5) ? random.pick(organisations.local(region)) : consortium(),
      registration: random.chance(0.7),
    });
  }

  // Fachtage: single all-day events.
  for (let i = 0; i < 4; i++) {
    const region = random.pick(LANDKREISE);
    const text = REGION_TEXTS[region];
    const topic = random.pick(Object.keys(TOPIC_LABELS) as TopicId[]);
    const day = inDays(10, 10, WORKDAYS);
    add({
      title: `Fachtag ${topicLabel(topic)} ${text.area}`,
      summary: `Ein Tag mit Vorträgen, Werkstätten und Praxisbeispielen zum Thema ${topicLabel(topic)} ${text.in}.`,
      paragraphs: [
        `Der Fachtag richtet sich an Fachkräfte, Ehrenamtliche, Verwaltung und Kommunalpolitik ${text.in}. Am Vormittag geben Vorträge einen Überblick, am Nachmittag stellen Projekte ihre Ansätze in Werkstätten vor.`,
        'Zum Abschluss diskutieren Gäste aus Landkreis, Wohlfahrt und Zivilgesellschaft, was die Region braucht.',
      ],
      category: 'dialog',
      topics: [topic],
      region,
      format: 'onsite',
      timing: allDay(day, day),
      location: venue(placeIn(region)),
      organisation: welfare(),
      registration: true,
      easy: {
        name: 'Der Fachtag',
        lines: ['Beim Fachtag gibt es Vorträge zu einem Thema.', 'Projekte zeigen, wie sie arbeiten.', 'Am Ende reden alle zusammen.'],
      },
    });
  }

  // Online dialogues, some hybrid with an audience on site.
  for (let i = 0; i < 28; i++) {
    const theme = DIALOGUE_TOPICS[i % DIALOGUE_TOPICS.length]!;
    const format = formatOf([['online', 3], ['hybrid', 1]]);
    const where = situate(format, random.pick(KREISFREIE_STAEDTE));
    const evening = random.chance(0.7);
    add({
      title: `SINN-Dialog: ${theme.title}`,
      summary: `Ein offenes Gespräch ${format === 'online' ? 'im Netz' : `in ${where.place?.city} und im Netz`}. ${theme.gain}`,
      paragraphs: [
        `In der Reihe SINN-Dialog sprechen wir mit Menschen aus Praxis, Wissenschaft und Verwaltung über Fragen, die soziale Innovation in Sachsen bewegen. Diesmal: ${theme.title}`,
        `${theme.gain} Ihre Fragen können Sie im Chat stellen, auf Wunsch auch anonym.`,
      ],
      category: 'dialog',
      topics: theme.topics,
      region: where.region,
      format,
      timing: timed(inDays(0, 0, MIDWEEK), evening ? [18, 0] : [12, 0], evening ? [19, 30] : [13, 0]),
      location: where.location,
      organisation: consortium(),
      registration: random.chance(0.7),
    });
  }

  // Webinars.
  for (let i = 0; i < 58; i++) {
    const theme = WORKSHOP_THEMES[(i * 7) % WORKSHOP_THEMES.length]!;
    const slot = random.pick([
      [[10, 0], [11, 30]],
      [[16, 0], [17, 0]],
      [[12, 0], [12, 45]],
    ] as [number, number][][]);
    const registration = random.chance(0.9);
    add({
      title: `Webinar: ${theme.title}`,
      summary: `Kompakt und online: ${theme.gain}`,
      paragraphs: [
        `Im Webinar geben Expertinnen und Experten aus dem SINN-Netzwerk einen kompakten Einstieg in das Thema „${theme.title}“, mit Beispielen aus sächsischen Initiativen.`,
        // Without a registration there is no address to mail the slides to.
        registration
          ? 'Im Anschluss ist Zeit für Ihre Fragen. Die Folien erhalten Sie nach dem Webinar per E-Mail.'
          : 'Im Anschluss ist Zeit für Ihre Fragen. Eine Anmeldung ist nicht nötig; die Folien stehen danach auf dieser Seite.',
      ],
      category: 'webinar',
      topics: theme.topics,
      region: null,
      format: 'online',
      timing: timed(inDays(0, 0, WORKDAYS), slot[0]!, slot[1]!),
      location: null,
      organisation: theme.title.includes('Crowdfunding') ? member('Startnext') : consortium(),
      registration,
    });
  }

  // Single office hours.
  for (let i = 0; i < 28; i++) {
    const format = formatOf([['onsite', 1], ['online', 1]]);
    const where = situate(format, anyRegion());
    const titles = OFFICE_HOUR_TITLES.filter((title) => title.includes('{place}') === (where.place !== null));
    const title = where.place ? fill(random.pick(titles), { place: where.place.name }) : `Online: ${random.pick(titles)}`;
    const hour = random.pick([9, 10, 14, 16]);
    add({
      title,
      summary: 'Sie haben eine soziale Idee oder stecken mitten in der Umsetzung? In der Sprechstunde beraten wir Sie vertraulich und kostenlos, ohne lange Wartezeit.',
      paragraphs: [
        'Ob Finanzierung, Rechtsform, Team oder die Suche nach Partnern: In der Sprechstunde nehmen sich Beraterinnen und Berater von SINN eine halbe Stunde Zeit für Ihr Anliegen.',
        'Bitte buchen Sie einen Termin, damit niemand warten muss.',
      ],
      category: 'sprechstunde',
      topics: random.sample(['sozialunternehmertum', 'engagement', 'genossenschaften'] as TopicId[], random.int(1, 2)),
      region: where.region,
      format,
      timing: timed(inDays(0, 0, WORKDAYS), [hour, 0], [hour + 2, 0]),
      location: where.location,
      organisation: random.pick([member('parikom'), hub(where.region), member('Startnext')]),
      registration: true,
    });
  }

  drafts.push(...planSeries(random, window, organisations, venue, placeIn));
  drafts.push(...planDstEvents(window, organisations, venue, placeIn));
  return drafts;
}

/** The second Friday of a September inside the window, else the first Friday two months after today. */
function festivalDay(from: string, to: string): string {
  for (let year = parseDay(from)[0]; year <= parseDay(to)[0]; year++) {
    const day = nextWeekday(`${year}-09-08`, 'FR');
    if (day >= from && addDays(day, 1) <= to) return day;
  }
  return nextWeekday(addDays(from, 240), 'FR');
}
