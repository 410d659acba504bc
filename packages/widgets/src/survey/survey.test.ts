// <sinn-survey> in Chromium, against the real SINN server behind the fault proxy (scripts/lib/widget-test-api.ts),
// with the demo surveys of the tests' day (2026-11-15) and the test surveys of survey-fixtures.ts: every state a
// person meets, what reaches the server, the results' charts against their tables and the API, the layouts.
import { expect, fixture, html } from '@open-wc/testing';
import type { SurveyList, SurveyResults } from '@sinn/sdk';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { after, before, describe, it } from '../../test/mocha.js';
import { fromApi, freshPageEachTest, INSPECT, PROXY, injectFault, mailsTo, namesHeard, seenGets, seenRequests, shadowOf, textOf, until } from '../../test/sinn-test.js';
import { catchWarnings } from '../../test/warnings.js';
import './define.js';
import type { SinnSurvey, SurveySubmitDetail } from './survey.js';

const OPEN = 'test-umfrage-offen';
const root = (element: Element) => shadowOf(element);
const $ = <T extends HTMLElement = HTMLElement>(element: Element, selector: string) => root(element).querySelector<T>(selector);
const $$ = <T extends HTMLElement = HTMLElement>(element: Element, selector: string) => [...root(element).querySelectorAll<T>(selector)];
const byId = <T extends HTMLElement = HTMLInputElement>(element: Element, id: string) => root(element).querySelector<T>(`#${id}`)!;
const submitButton = (element: Element) => $<HTMLButtonElement>(element, 'button[type="submit"]')!;
const failureBox = (element: Element) => $(element, '.failure[role="alert"]');
const focused = (element: Element) => root(element).activeElement as HTMLElement | null;
const visible = (node: Element | null) => !!node && (node as HTMLElement).checkVisibility();

async function mount(template: ReturnType<typeof html>): Promise<SinnSurvey> {
  const found = await fixture<HTMLElement>(template);
  return (found.localName === 'sinn-survey' ? found : found.querySelector('sinn-survey')!) as SinnSurvey;
}

const formShown = (element: Element) => until(() => $(element, 'form'), 'the form is shown');
const sent = (element: Element) => until(() => $(element, '#sent-title'), 'the thanks are shown', 15_000);
const resultsShown = (element: Element) => until(() => $(element, '[part~="results"] .chart'), 'the results are shown', 15_000);

function click(element: Element, id: string): void {
  byId(element, id).click();
}

function type(element: Element, id: string, value: string): void {
  const control = byId<HTMLInputElement | HTMLTextAreaElement>(element, id);
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Answers every question of the open test survey and agrees. */
async function fillOpen(element: SinnSurvey): Promise<void> {
  await formShown(element);
  click(element, 'q-thema-pflege');
  click(element, 'q-formate-abend');
  click(element, 'q-formate-online');
  click(element, 'q-note-4');
  type(element, 'q-noch-text', 'Gern wieder, <b>bitte</b>!');
  click(element, 'consent');
}

/** What the form holds on screen. */
const shown = (element: Element) => ({
  thema: $$<HTMLInputElement>(element, '[name="q-thema"]').find((input) => input.checked)?.value,
  formate: $$<HTMLInputElement>(element, '[name="q-formate"]').filter((input) => input.checked).map((input) => input.value),
  note: $$<HTMLInputElement>(element, '[name="q-note"]').find((input) => input.checked)?.value,
  noch: byId<HTMLTextAreaElement>(element, 'q-noch-text').value,
  consent: byId(element, 'consent').checked,
});
const FILLED = { thema: 'pflege', formate: ['abend', 'online'], note: '4', noch: 'Gern wieder, <b>bitte</b>!', consent: true };

const storedCount = async (slug: string) =>
  ((await (await fetch(`${INSPECT}/survey-responses?slug=${slug}`, { cache: 'no-store' })).json()) as { counted: number; pending: number });

/** Each chart as shown (label, count and share of each bar, the bar's width) and its hidden table's rows. */
function chartsOf(element: Element) {
  return $$(element, '[part~="results"] .chart').map((chart) => ({
    question: chart.dataset.question!,
    bars: [...chart.querySelectorAll('.bar-row')].map((row) => ({
      label: textOf(row.querySelector('.bar-label')),
      value: textOf(row.querySelector('.bar-value')),
      width: Number(row.querySelector('rect.fill')!.getAttribute('width')),
    })),
    table: [...chart.querySelectorAll('table tbody tr')].map((row) => [...row.children].map((cell) => textOf(cell))),
  }));
}

describe('<sinn-survey>', () => {
  freshPageEachTest();
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  describe('its states', () => {
    it('loading: placeholders, busy, and said to screen readers; then the survey', async () => {
      await injectFault({ kind: 'delay', ms: 1500, path: `/v1/surveys/${OPEN}` });
      const element = await mount(html`<sinn-survey slug=${OPEN}></sinn-survey>`);
      await until(() => $(element, '.skeleton'), 'the placeholders');
      expect($(element, '.placeholder')!.getAttribute('aria-hidden')).to.equal('true');
      expect($(element, '.survey')!.getAttribute('aria-busy')).to.equal('true');
      expect(textOf($(element, '[role="status"]'))).to.equal('Die Umfrage wird geladen …');
      await expect(element).to.be.accessible();
      await formShown(element);
      expect(textOf($(element, 'h2'))).to.equal('Wie war die Werkstatt?');
    });

    it('loading: the placeholder from the moment the element is on the page, before its first render', async () => {
      const element = document.createElement('sinn-survey');
      element.setAttribute('slug', OPEN);
      document.body.append(element);
      try {
        // Synchronously, before the render that waits for the strings: no frame shows an empty element.
        expect(root(element).querySelector('.placeholder[aria-hidden="true"]')).to.not.equal(null);
        await formShown(element);
      } finally {
        element.remove();
      }
    });

    for (const width of [360, 1280]) {
      it(`loading at ${width} px: the placeholder takes about the room of the form that follows it`, async () => {
        await setViewport({ width, height: 900 });
        try {
          await injectFault({ kind: 'delay', ms: 1500, path: `/v1/surveys/${OPEN}` });
          const element = await mount(html`<sinn-survey slug=${OPEN} privacy-url="https://example.org/datenschutz"></sinn-survey>`);
          await until(() => $(element, '.survey[aria-busy="true"]'), 'the survey on its way');
          const waiting = element.getBoundingClientRect().height;
          await formShown(element);
          const ready = element.getBoundingClientRect().height;
          // In a phone's column the form shows its first step; wider, all four questions. What the placeholder
          // cannot know (the length of the texts, a box in Leichte Sprache, how many questions) makes the difference.
          expect(waiting / ready, `${waiting}px while loading, ${ready}px when shown`).to.be.within(0.75, 4 / 3);
        } finally {
          await setViewport({ width: 1280, height: 900 });
        }
      });
    }

    it('open: each question a fieldset whose legend asks it, with native radios, checkboxes, a scale and a textarea', async () => {
      const element = await mount(html`<sinn-survey slug=${OPEN}></sinn-survey>`);
      await formShown(element);
      const legends = $$(element, 'fieldset.question > legend').map((legend) => textOf(legend));
      expect(legends).to.deep.equal(['Welches Thema?*', 'Welche Formate? (optional)', 'Wie hat es Ihnen gefallen? (optional)', 'Noch etwas? (optional)']);
      expect($$<HTMLInputElement>(element, '[name="q-thema"]').map((input) => input.type)).to.deep.equal(['radio', 'radio', 'radio']);
      expect($$<HTMLInputElement>(element, '[name="q-formate"]').map((input) => input.type)).to.deep.equal(['checkbox', 'checkbox', 'checkbox']);
      expect($$<HTMLInputElement>(element, '[name="q-note"]').map((input) => input.value)).to.deep.equal(['1', '2', '3', '4', '5']);
      expect(textOf($(element, '#q-note-hint'))).to.equal('1 bedeutet „gar nicht“, 5 bedeutet „sehr“.');
      expect(textOf($(element, '#q-formate-hint'))).to.equal('Wählen Sie 1 bis 2 Antworten.');
      // No maxlength, which would cut a pasted answer without a word: the check says when it is too long.
      expect(byId<HTMLTextAreaElement>(element, 'q-noch-text').maxLength).to.equal(-1);
      // The survey's own consent text, naming the survey.
      const consent = await fromApi<{ consent: { de: { title: string; checkbox: string } } }>(`/v1/surveys/${OPEN}`);
      expect(textOf($(element, '.consent legend'))).to.equal(consent.consent.de.title);
      expect(textOf($(element, '.consent .check label'))).to.contain(consent.consent.de.checkbox);
      // Leichte Sprache, in German.
      expect($$(element, '[part~="easy-language"] [lang="de"] p').map((line) => textOf(line))).to.deep.equal(['Wir fragen Sie 4 Sachen.', 'Das dauert nicht lange.']);
      await expect(element).to.be.accessible();
    });

    it("puts its summary in Leichte Sprache one heading level under its title, whatever heading-level says", async () => {
      const element = await mount(html`<sinn-survey slug=${OPEN} heading-level="4"></sinn-survey>`);
      await formShown(element);
      expect($(element, '[part~="title"]')!.localName).to.equal('h4');
      expect($(element, '[part~="easy-language"] > :first-child')!.localName).to.equal('h5');
      expect(textOf($(element, '[part~="easy-language"] h5'))).to.equal('In Leichter Sprache');
    });

    it('open, in English: axe finds nothing', async () => {
      const element = await mount(html`<sinn-survey slug=${OPEN} lang="en"></sinn-survey>`);
      await formShown(element);
      expect(textOf($(element, 'h2'))).to.equal('How was the workshop?');
      expect(textOf(submitButton(element))).to.equal('Send answers');
      // It closes at midnight (2026-12-01T00:00+01:00): the last day it is open is the day before.
      expect(textOf($(element, '.until'))).to.equal('Open until the end of 30 November 2026.');
      await expect(element).to.be.accessible();
    });

    it('in English, axe finds nothing while loading, in an error, while sending and once sent', async () => {
      await injectFault({ kind: 'delay', ms: 1500, path: `/v1/surveys/${OPEN}` });
      const loading = await mount(html`<sinn-survey slug=${OPEN} lang="en"></sinn-survey>`);
      await until(() => $(loading, '.skeleton'), 'the placeholders');
      expect(textOf($(loading, '[role="status"]'))).to.equal('Loading the survey …');
      await expect(loading).to.be.accessible();
      await injectFault({ kind: 'status', status: 500, path: '/v1/surveys/test-umfrage-bald', times: 3 });
      const failing = await mount(html`<sinn-survey slug="test-umfrage-bald" lang="en"></sinn-survey>`);
      await until(() => $(failing, '.state.error'), 'the error state', 15_000);
      await expect(failing).to.be.accessible();
      await injectFault({ kind: 'delay', ms: 2000, method: 'POST', path: `/v1/surveys/${OPEN}/responses` });
      const element = await mount(html`<sinn-survey slug=${OPEN} lang="en"></sinn-survey>`);
      await fillOpen(element);
      submitButton(element).click();
      await until(() => submitButton(element)?.getAttribute('aria-disabled') === 'true', 'busy');
      expect(textOf(submitButton(element))).to.equal('Sending your answers …');
      await expect(element).to.be.accessible();
      await sent(element);
      await resultsShown(element);
      expect(textOf($(element, '#sent-title'))).to.equal('Thank you for your answers!');
      await expect(element).to.be.accessible();
    });

    it('not open yet: "Noch nicht geöffnet" with its dates, and no form', async () => {
      const element = await mount(html`<sinn-survey slug="test-umfrage-bald"></sinn-survey>`);
      await until(() => $(element, '[part~="notice"]'), 'the notice');
      expect(textOf($(element, '[part~="notice"]'))).to.equal('Noch nicht geöffnet Die Umfrage beginnt am 01.12.2026, 10:00 und läuft bis 20.12.2026, 18:00.');
      expect($(element, 'form')).to.equal(null);
      await expect(element).to.be.accessible();
      const english = await mount(html`<sinn-survey slug="test-umfrage-bald" lang="en"></sinn-survey>`);
      await until(() => $(english, '[part~="notice"]'), 'the notice in English');
      expect(textOf($(english, '[part~="notice"] strong'))).to.equal('Not open yet');
      await expect(english).to.be.accessible();
    });

    it('closed: "Beendet" with its date, and the published results: each chart equal to its table and to the API', async () => {
      const slug = 'hackathon-dresden-rueckblick';
      const element = await mount(html`<sinn-survey slug=${slug}></sinn-survey>`);
      await resultsShown(element);
      const survey = await fromApi<{ closesAt: string; questions: { id: string; kind: string; options?: { id: string; label: { de: string } }[] }[] }>(`/v1/surveys/${slug}`);
      const api = await fromApi<SurveyResults>(`/v1/surveys/${slug}/results`);
      expect(textOf($(element, '[part~="notice"] strong'))).to.equal('Beendet');
      expect(textOf($(element, '[part~="results"] > p'))).to.match(new RegExp(`^${api.responses} Antworten, Stand `));
      const charts = chartsOf(element);
      expect(charts.map((chart) => chart.question)).to.deep.equal(api.questions.map((question) => question.id));
      let bars = 0;
      for (const result of api.questions) {
        const chart = charts.find((each) => each.question === result.id)!;
        if (result.kind === 'text') continue;
        const counts = result.kind === 'scale' ? result.values.map((each) => each.count) : result.options.map((each) => each.count);
        const shares = counts.map((count) => (result.answered ? Math.round((count * 100) / result.answered) : 0));
        // The chart: each bar as wide as its share, its number the API's.
        expect(chart.bars.map((bar) => bar.width), `${result.id}: bar widths`).to.deep.equal(shares);
        expect(chart.bars.map((bar) => bar.value), `${result.id}: numbers beside the bars`).to.deep.equal(counts.map((count, index) => `${count} · ${shares[index]} %`));
        // The table: the same labels and numbers.
        expect(chart.table, `${result.id}: table`).to.deep.equal(chart.bars.map((bar, index) => [bar.label, String(counts[index]), `${shares[index]} %`]));
        if (result.kind !== 'scale') {
          const question = survey.questions.find((each) => each.id === result.id)!;
          expect(chart.bars.map((bar) => bar.label)).to.deep.equal(result.options.map((option) => question.options!.find((each) => each.id === option.id)!.label.de));
        }
        bars += chart.bars.length;
      }
      expect(bars, 'bars drawn').to.be.above(4);
      expect($$(element, '[part~="results"] svg rect.fill').length).to.equal(bars);
      await expect(element).to.be.accessible();
    });

    it('closed, in English: axe finds nothing in the results', async () => {
      const element = await mount(html`<sinn-survey slug="hackathon-dresden-rueckblick" lang="en"></sinn-survey>`);
      await resultsShown(element);
      expect(textOf($(element, '[part~="notice"] strong'))).to.equal('Closed');
      await expect(element).to.be.accessible();
    });

    it('a survey that closes at midnight is open until the end of the day before, wherever its end is said', async () => {
      // The demo surveys close at midnight in Berlin: the hackathon's on 13 November, the prize vote's on 5 December.
      const closed = 'hackathon-dresden-rueckblick';
      const vote = 'innovationspreis-publikum';
      expect((await fromApi<{ closesAt: string }>(`/v1/surveys/${closed}`)).closesAt).to.equal('2026-11-13T00:00:00+01:00');
      expect((await fromApi<{ closesAt: string }>(`/v1/surveys/${vote}`)).closesAt).to.equal('2026-12-05T00:00:00+01:00');
      const open = await mount(html`<sinn-survey slug=${OPEN}></sinn-survey>`);
      await formShown(open);
      expect(textOf($(open, '.until'))).to.equal('Läuft bis einschließlich 30. November 2026.');
      for (const [lang, text] of [
        ['de', 'Beendet Die Umfrage lief bis einschließlich 12. November 2026.'],
        ['en', 'Closed The survey was open until the end of 12 November 2026.'],
      ] as const) {
        const element = await mount(html`<sinn-survey slug=${closed} lang=${lang}></sinn-survey>`);
        await until(() => $(element, '[part~="notice"]'), 'the notice');
        expect(textOf($(element, '[part~="notice"]'))).to.equal(text);
      }
      // After a vote, the results are promised for its end.
      for (const [lang, text] of [
        ['de', 'Die Ergebnisse werden nach dem Ende der Umfrage veröffentlicht. Sie läuft bis einschließlich 4. Dezember 2026.'],
        ['en', 'The results are published once the survey has closed. It is open until the end of 4 December 2026.'],
      ] as const) {
        const element = await mount(html`<sinn-survey slug=${vote} lang=${lang}></sinn-survey>`);
        await formShown(element);
        $<HTMLInputElement>(element, 'input[type="radio"]')!.click();
        type(element, 'email', `mitternacht.${lang}.${Date.now().toString(36)}@example.org`);
        click(element, 'consent');
        submitButton(element).click();
        await sent(element);
        expect(textOf($(element, '[part~="success"] + p'))).to.equal(text);
      }
    });

    it('two surveys on one page, answered and closed: each region named with its own survey, and axe finds nothing', async () => {
      const titles = {
        de: { results: 'Ergebnisse', thanks: 'Danke für Ihre Antworten!' },
        en: { results: 'Results', thanks: 'Thank you for your answers!' },
      };
      for (const lang of ['de', 'en'] as const) {
        const page = await fixture<HTMLElement>(html`<div>
          <sinn-survey slug="werkstatt-zwickau-thema" lang=${lang}></sinn-survey>
          <sinn-survey slug="lernreise-goerlitz-ziel" lang=${lang}></sinn-survey>
          <sinn-survey slug="hackathon-dresden-rueckblick" lang=${lang}></sinn-survey>
        </div>`);
        const [zwickau, goerlitz, closed] = [...page.querySelectorAll('sinn-survey')] as SinnSurvey[];
        for (const [element, option] of [[zwickau!, 'q-thema-pflege'], [goerlitz!, 'q-ziel-liberec']] as const) {
          await formShown(element);
          click(element, option);
          click(element, 'consent');
          submitButton(element).click();
          await sent(element);
          await resultsShown(element);
        }
        await resultsShown(closed!);
        await expect(page).to.be.accessible();
        // Each landmark's name: its own heading, then its survey's title.
        const names = [zwickau!, goerlitz!, closed!].flatMap((element) =>
          $$(element, 'section[aria-labelledby]').map((section) =>
            section.getAttribute('aria-labelledby')!.split(' ').map((id) => textOf(byId(element, id))).join(' '),
          ),
        );
        const title = (element: SinnSurvey) => textOf($(element, '#survey-title'));
        expect(names, lang).to.deep.equal([
          `${titles[lang].thanks} ${title(zwickau!)}`,
          `${titles[lang].results} ${title(zwickau!)}`,
          `${titles[lang].thanks} ${title(goerlitz!)}`,
          `${titles[lang].results} ${title(goerlitz!)}`,
          `${titles[lang].results} ${title(closed!)}`,
        ]);
      }
    });

    it('an error with a retry that brings the survey', async () => {
      await injectFault({ kind: 'status', status: 500, path: `/v1/surveys/${OPEN}`, times: 3 });
      const element = await mount(html`<sinn-survey slug=${OPEN}></sinn-survey>`);
      await until(() => $(element, '.state.error'), 'the error state', 15_000);
      expect(textOf($(element, '.state.error p'))).to.contain('Die Daten konnten nicht geladen werden.');
      await expect(element).to.be.accessible();
      $<HTMLButtonElement>(element, '[part~="retry"]')!.click();
      await formShown(element);
    });

    describe('a slug the server does not know', () => {
      const caught = catchWarnings();

      it('says that the survey is not there, in German and English, and never shows another one (its region\'s, all Saxony\'s)', async () => {
        // Well formed but unknown, with and without a region; and written as no slug can be (capitals, an
        // underscore, spaces), which the server could never know either.
        const wrong = [
          html`<sinn-survey slug="gibt-es-nicht"></sinn-survey>`,
          html`<sinn-survey slug="gibt-es-auch-nicht" region="zwickau"></sinn-survey>`,
          html`<sinn-survey slug="Werkstatt-Zwickau-Thema"></sinn-survey>`,
          html`<sinn-survey slug="werkstatt_zwickau" region="zwickau"></sinn-survey>`,
          html`<sinn-survey slug=" werkstatt-zwickau-thema " lang="en"></sinn-survey>`,
        ];
        const elements = [];
        for (const template of wrong) elements.push(await mount(template));
        // Whatever it shows first: an error, a survey's form or the sentence that none is open.
        for (const element of elements) await until(() => $(element, '.state, form'), `what slug="${element.getAttribute('slug')}" shows`);
        const [german, , , , english] = elements;
        expect(textOf($(german!, '.state.error'))).to.equal('Die Daten konnten nicht geladen werden. Diesen Inhalt gibt es auf dem SINN-Server nicht (mehr).');
        expect(textOf($(english!, '.state.error'))).to.equal('The data could not be loaded. The SINN server does not have this content (any more).');
        for (const element of elements) {
          const slug = element.getAttribute('slug');
          expect($(element, '.state.error'), `the error state of slug="${slug}"`).to.not.equal(null);
          expect($(element, 'form'), `no form for slug="${slug}"`).to.equal(null);
          expect($(element, '[part~="title"]'), `no survey's title for slug="${slug}"`).to.equal(null);
          // No retry: asking again brings the same answer.
          expect($(element, '[part~="retry"]'), `no retry for slug="${slug}"`).to.equal(null);
        }
        expect(await seenGets('/v1/surveys'), "no list of a region's or all Saxony's surveys asked for").to.have.length(0);
        expect(await seenGets('/v1/surveys/werkstatt-zwickau-thema'), 'nor the survey a slug written wrong resembles').to.have.length(0);
        // Each said once on the console, with the element.
        expect(caught.warnings.map(([, element]) => element)).to.have.members(elements);
        expect(caught.warnings).to.have.length(elements.length);
        await expect(english).to.be.accessible();
      });
    });

    it('region="…": the open survey of the region that closes soonest', async () => {
      const element = await mount(html`<sinn-survey region="zwickau"></sinn-survey>`);
      await formShown(element);
      expect(textOf($(element, 'h2'))).to.equal('Welches Thema soll die nächste Werkstatt in Zwickau haben?');
      const none = await mount(html`<sinn-survey region="erzgebirgskreis"></sinn-survey>`);
      await until(() => $(none, '.state.empty'), 'the empty state');
      expect(textOf($(none, '.state.empty'))).to.equal('In dieser Region läuft gerade keine Umfrage.');
    });

    it('neither slug nor region: the open survey of all Saxony that closes soonest, a Saxony-wide one too', async () => {
      const soonest = await fromApi<SurveyList>('/v1/surveys?state=open,upcoming&limit=1');
      expect(soonest.items, 'an open survey somewhere').to.have.length(1);
      const element = await mount(html`<sinn-survey></sinn-survey>`);
      await formShown(element);
      expect(textOf($(element, 'h2'))).to.equal(soonest.items[0]!.title.de);
    });
  });

  describe('answering', () => {
    it('sending, then sent: the thanks, the results under after-answer, and sinn-survey-submit with the slug only', async () => {
      await injectFault({ kind: 'delay', ms: 2000, method: 'POST', path: `/v1/surveys/${OPEN}/responses` });
      const before = await storedCount(OPEN);
      const element = await mount(html`<sinn-survey slug=${OPEN}></sinn-survey>`);
      const events: SurveySubmitDetail[] = [];
      element.addEventListener('sinn-survey-submit', (event) => events.push(event.detail));
      await fillOpen(element);
      submitButton(element).click();
      await until(() => submitButton(element)?.getAttribute('aria-disabled') === 'true', 'busy');
      expect(textOf(submitButton(element))).to.equal('Antworten werden gesendet …');
      expect($(element, 'form')!.getAttribute('aria-busy')).to.equal('true');
      await expect(element).to.be.accessible();
      await sent(element);
      expect(focused(element)?.id).to.equal('sent-title');
      expect(textOf($(element, '[part~="success"]'))).to.contain('Ihre Antworten sind angekommen und werden gezählt.');
      expect(events).to.deep.equal([{ slug: OPEN }]);
      expect((await storedCount(OPEN)).counted).to.equal(before.counted + 1);
      await resultsShown(element);
      const api = await fromApi<SurveyResults>(`/v1/surveys/${OPEN}/results`).catch(() => null);
      // Open surveys publish their results only in the answer to a response: the charts show that answer's counts.
      expect(api, 'GET …/results answers nobody while the survey is open').to.equal(null);
      const thema = chartsOf(element).find((chart) => chart.question === 'thema')!;
      expect(thema.bars.map((bar) => bar.label)).to.deep.equal(['Wohnen', 'Pflege', 'Mobilität']);
      expect(Number(thema.table[1]![1])).to.be.at.least(1);
      expect(chartsOf(element).find((chart) => chart.question === 'noch')!.bars).to.deep.equal([]);
      // What is there for screen readers alone takes no room: a phone's page does not scroll sideways for it.
      for (const hidden of $$(element, '.visually-hidden')) expect(hidden.getBoundingClientRect().width, hidden.outerHTML.slice(0, 60)).to.be.at.most(1);
      await expect(element).to.be.accessible();
    });

    it('keeps every answer after a failing send (503), and sends the same again with the same Idempotency-Key', async () => {
      const path = `/v1/surveys/${OPEN}/responses`;
      await injectFault({ kind: 'status', status: 503, method: 'POST', path });
      const element = await mount(html`<sinn-survey slug=${OPEN}></sinn-survey>`);
      await fillOpen(element);
      submitButton(element).click();
      await until(() => failureBox(element), 'the failure', 15_000);
      expect(textOf(failureBox(element))).to.contain('Ihre Antworten wurden nicht gesendet.');
      expect(textOf(failureBox(element))).to.contain('Ihre Angaben bleiben im Formular erhalten.');
      expect(shown(element)).to.deep.equal(FILLED);
      await expect(element).to.be.accessible();
      $<HTMLButtonElement>(element, '.failure [part~="retry"]')!.click();
      await sent(element);
      const posts = await seenRequests('POST', path);
      expect(posts.map((post) => post.status)).to.deep.equal([503, 202]);
      expect(posts[0]!.idempotencyKey).to.be.a('string').and.equal(posts[1]!.idempotencyKey);
    });

    it('keeps every answer when the survey closed meanwhile (409), and says so', async () => {
      await injectFault({ kind: 'status', status: 409, method: 'POST', path: `/v1/surveys/${OPEN}/responses`, body: { type: '/problems/survey-closed', title: 'closed', status: 409 } });
      const element = await mount(html`<sinn-survey slug=${OPEN}></sinn-survey>`);
      await fillOpen(element);
      submitButton(element).click();
      await until(() => failureBox(element), 'the failure', 15_000);
      expect(textOf(failureBox(element))).to.contain('Die Umfrage nimmt gerade keine Antworten an');
      expect(shown(element)).to.deep.equal(FILLED);
    });

    it('shows that the survey has ended when it closed while the person filled it in, instead of a form that cannot be sent', async () => {
      const element = await mount(html`<sinn-survey slug=${OPEN}></sinn-survey>`);
      await fillOpen(element);
      // Closed meanwhile: the answer refuses the response, and the survey asked again says so.
      await injectFault(
        { kind: 'status', status: 409, method: 'POST', path: `/v1/surveys/${OPEN}/responses`, body: { type: '/problems/survey-closed', title: 'closed', status: 409 } },
        { kind: 'rewrite', method: 'GET', path: `/v1/surveys/${OPEN}`, set: [{ path: ['state'], value: 'closed' }, { path: ['resultsPolicy'], value: 'staff-only' }] },
      );
      submitButton(element).click();
      await until(() => !$(element, 'form'), 'the form is gone', 15_000);
      expect(textOf($(element, '.notice'))).to.contain('Beendet');
      await expect(element).to.be.accessible();
    });

    it('fetches its proof-of-work challenge only when a person first touches the form', async () => {
      const element = await mount(html`<sinn-survey slug=${OPEN}></sinn-survey>`);
      await formShown(element);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await seenGets('/v1/challenge'), 'none for a survey only looked at').to.have.length(0);
      byId(element, 'q-thema-wohnen').focus();
      await until(async () => (await seenGets('/v1/challenge')).length === 1, 'the challenge, on the first touch');
    });

    describe('on a site the server refuses', () => {
      const caught = catchWarnings();

      it('says at the first touch that this site may not send it (a partner key the server does not know), and sends nothing', async () => {
        const element = await mount(html`<sinn-survey slug=${OPEN} partner-key="pk_niemandes"></sinn-survey>`);
        await formShown(element);
        byId(element, 'q-thema-wohnen').focus();
        await until(() => failureBox(element), 'the failure', 15_000);
        // Said as what it is, where the voter is: above the first question, not in the last step (hidden now), and
        // not as answers that failed to go, which nobody sent.
        expect(textOf(failureBox(element))).to.equal('Diese Website darf die SINN-Umfrage nicht verwenden. Bitte wenden Sie sich an die Betreiber dieser Website.');
        expect(visible(failureBox(element)), 'in sight at the first step').to.equal(true);
        expect(failureBox(element)!.compareDocumentPosition(byId(element, 'q-thema-wohnen')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        expect($(element, '.failure [part~="retry"]')).to.equal(null);
        expect(await seenRequests('POST', `/v1/surveys/${OPEN}/responses`)).to.have.length(0);
        expect(caught.warnings.filter(([message]) => String(message).includes('refuses this form'))).to.have.length(1);
      });
    });

    it('keeps a pasted answer that is too long whole, and says so at the check', async () => {
      const element = await mount(html`<sinn-survey slug=${OPEN}></sinn-survey>`);
      await fillOpen(element);
      const long = 'Mehr Angebote für Ältere im ländlichen Raum. '.repeat(12);
      expect(long.length).to.be.greaterThan(500);
      type(element, 'q-noch-text', long);
      submitButton(element).click();
      await until(() => $(element, '[part~="error-summary"]'), 'the error summary');
      // How many it may have and how many it has: 539, as the server counts them (the last space does not count).
      expect($$(element, '[part~="error-summary"] li').map((item) => textOf(item))).to.deep.equal([
        'Noch etwas? Die Antwort darf höchstens 500 Zeichen lang sein, Sie haben 539 eingegeben.',
      ]);
      expect(byId<HTMLTextAreaElement>(element, 'q-noch-text').value).to.equal(long);
      expect((await seenRequests('POST', `/v1/surveys/${OPEN}/responses`)).length).to.equal(0);
      // A text short enough with a tab pasted in is not too long: the tab is what the server refuses.
      type(element, 'q-noch-text', 'Mehr\tAngebote');
      submitButton(element).click();
      await until(() => textOf($(element, '#q-noch-error')).includes('Steuerzeichen'), 'the error of the tab');
      expect(textOf($(element, '#q-noch-error'))).to.equal('Bitte verwenden Sie keine Steuerzeichen.');
    });

    it('says in English how long a text may be and how long it is', async () => {
      const element = await mount(html`<sinn-survey lang="en" slug=${OPEN}></sinn-survey>`);
      await fillOpen(element);
      type(element, 'q-noch-text', 'x'.repeat(1234));
      submitButton(element).click();
      await until(() => $(element, '[part~="error-summary"]'), 'the error summary');
      expect(textOf($(element, '#q-noch-error'))).to.equal('The answer must be at most 500 characters long; you have entered 1,234.');
      expect(textOf($(element, '[part~="error-summary"]'))).to.contain('One entry is missing or incorrect:');
    });

    it('names each mistake in a summary and at its question, as the control\'s own validity too', async () => {
      const element = await mount(html`<sinn-survey slug=${OPEN}></sinn-survey>`);
      await formShown(element);
      // A required question of one answer is a radio group that says so; untouched, none of its radios is wrong.
      expect(byId(element, 'q-thema').getAttribute('role')).to.equal('radiogroup');
      expect(byId(element, 'q-thema').getAttribute('aria-required')).to.equal('true');
      expect($$(element, '#q-thema input[type="radio"]').every((radio) => radio.getAttribute('aria-invalid') === 'false')).to.equal(true);
      click(element, 'q-formate-abend');
      click(element, 'q-formate-samstag');
      click(element, 'q-formate-online');
      submitButton(element).click();
      await until(() => $(element, '[part~="error-summary"]'), 'the error summary');
      expect($$(element, '[part~="error-summary"] li').map((item) => textOf(item))).to.deep.equal([
        'Welches Thema? Bitte wählen Sie eine Antwort.',
        'Welche Formate? Bitte wählen Sie 1 bis 2 Antworten.',
        'Bitte stimmen Sie dem Datenschutzhinweis zu, damit Ihre Antworten gezählt werden können.',
      ]);
      expect(focused(element)?.id).to.equal('q-thema-wohnen');
      expect(byId(element, 'q-thema-wohnen').validationMessage).to.equal('Bitte wählen Sie eine Antwort.');
      expect(byId(element, 'q-formate').getAttribute('aria-invalid')).to.equal('true');
      await until(() => textOf($(element, '[role="status"]')) === 'Bitte prüfen Sie Ihre Angaben. 3 Angaben fehlen oder sind nicht richtig', 'the gist said');
      // Each link, as a screen reader hears it: the question, a space, the mistake.
      expect(await namesHeard('link')).to.include('Welches Thema? Bitte wählen Sie eine Antwort.');
      await expect(element).to.be.accessible();
      // A correction takes its error away at once; the answers stay.
      click(element, 'q-formate-samstag');
      await until(() => !$(element, '#q-formate-error'), 'the corrected question loses its error');
      expect(byId(element, 'q-thema-wohnen').validationMessage).to.equal('Bitte wählen Sie eine Antwort.');
      expect((await seenRequests('POST', `/v1/surveys/${OPEN}/responses`)).length).to.equal(0);
    });

    it('shows titles and options that hold markup as text', async () => {
      const element = await mount(html`<sinn-survey slug="test-umfrage-markup"></sinn-survey>`);
      await formShown(element);
      expect(textOf($(element, 'h2'))).to.equal('Titel <img src=x onerror="window.sinnXss=1"><script>window.sinnXss=1</script>');
      expect(textOf($(element, 'label[for="q-thema-wohnen"]'))).to.equal('Option <img src=x onerror="window.sinnXss=1"><script>window.sinnXss=1</script>');
      expect($$(element, 'img, script')).to.deep.equal([]);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((window as { sinnXss?: number }).sinnXss).to.equal(undefined);
    });

    it('a verified vote asks for the address and says that the vote counts once its link is confirmed', async () => {
      const slug = 'innovationspreis-publikum';
      const email = `waehlerin.${Date.now().toString(36)}@example.org`;
      const element = await mount(html`<sinn-survey slug=${slug}></sinn-survey>`);
      await formShown(element);
      expect(textOf($(element, '.verified'))).to.contain('Ihre Stimme zählt, sobald Sie den Link in der E-Mail bestätigen');
      expect(byId(element, 'email').type).to.equal('email');
      // Its one question, in the singular.
      expect(textOf($(element, '#progress-answered'))).to.equal('0 von 1 Frage beantwortet');
      await expect(element).to.be.accessible();
      $<HTMLInputElement>(element, 'input[type="radio"]')!.click();
      type(element, 'email', email);
      click(element, 'consent');
      submitButton(element).click();
      await sent(element);
      expect(textOf($(element, '[part~="success"]'))).to.contain(`Wir haben Ihnen eine E-Mail an ${email} geschickt. Ihre Stimme zählt erst, wenn Sie den Link darin bestätigen.`);
      await until(async () => (await mailsTo(email)).length === 1, 'the mail with the link', 15_000);
      await expect(element).to.be.accessible();
    });

    it('says by when to confirm as the mail does: a midnight as the end of the day before', async () => {
      const slug = 'innovationspreis-publikum';
      // The server's answer names the survey's close where it comes before the link expires; the mail then says
      // "bis einschließlich 4. Dezember 2026" / "by the end of 4 December 2026", and so must the element.
      const said = { de: 'Bitte bestätigen Sie bis einschließlich 4. Dezember 2026.', en: 'Please confirm by the end of 4 December 2026.' };
      for (const lang of ['de', 'en'] as const) {
        await injectFault({ kind: 'rewrite', method: 'POST', path: `/v1/surveys/${slug}/responses`, set: [{ path: ['confirmBy'], value: '2026-12-05T00:00:00+01:00' }] });
        const element = await mount(html`<sinn-survey slug=${slug} lang=${lang}></sinn-survey>`);
        await formShown(element);
        $<HTMLInputElement>(element, 'input[type="radio"]')!.click();
        type(element, 'email', `bis.${lang}.${Date.now().toString(36)}@example.org`);
        click(element, 'consent');
        submitButton(element).click();
        await sent(element);
        expect(textOf($(element, '[part~="success"]')), lang).to.contain(said[lang]);
      }
    });

    it('a vote is cast, not sent as answers: its button, while sending, and a heading that asks for the confirmation', async () => {
      const slug = 'innovationspreis-publikum';
      const said = {
        de: { button: 'Stimme abgeben', busy: 'Ihre Stimme wird gesendet …', title: 'Fast geschafft: Bitte bestätigen Sie Ihre Stimme' },
        en: { button: 'Cast your vote', busy: 'Sending your vote …', title: 'Almost done: please confirm your vote' },
      };
      for (const lang of ['de', 'en'] as const) {
        await injectFault({ kind: 'delay', ms: 1500, method: 'POST', path: `/v1/surveys/${slug}/responses` });
        const element = await mount(html`<sinn-survey slug=${slug} lang=${lang}></sinn-survey>`);
        await formShown(element);
        expect(textOf(submitButton(element)), lang).to.equal(said[lang].button);
        $<HTMLInputElement>(element, 'input[type="radio"]')!.click();
        type(element, 'email', `stimme.${lang}.${Date.now().toString(36)}@example.org`);
        click(element, 'consent');
        submitButton(element).click();
        await until(() => submitButton(element)?.getAttribute('aria-disabled') === 'true', 'busy');
        expect(textOf(submitButton(element)), lang).to.equal(said[lang].busy);
        expect(textOf($(element, '[role="status"]')), lang).to.equal(said[lang].busy);
        await sent(element);
        expect(textOf($(element, '#sent-title')), lang).to.equal(said[lang].title);
        await expect(element).to.be.accessible();
      }
    });
  });

  describe('its layouts', () => {
    after(async () => {
      await setViewport({ width: 1280, height: 900 });
    });

    it('wide: every question on one page, with how many are answered', async () => {
      const element = await mount(html`<sinn-survey slug=${OPEN}></sinn-survey>`);
      await formShown(element);
      expect($$(element, 'fieldset.question').filter(visible)).to.have.length(4);
      expect(visible($(element, '.stepper'))).to.equal(false);
      click(element, 'q-thema-wohnen');
      await element.updateComplete;
      expect(textOf($(element, '#progress-answered'))).to.equal('1 von 4 Fragen beantwortet');
      expect(visible($(element, '#progress-answered'))).to.equal(true);
    });

    it('narrow: one question per step, checked before the next, with the step shown', async () => {
      await setViewport({ width: 360, height: 800 });
      const element = await mount(html`<sinn-survey slug=${OPEN}></sinn-survey>`);
      await formShown(element);
      const shownQuestions = () => $$(element, 'fieldset.question').filter(visible).map((fieldset) => fieldset.id);
      expect(shownQuestions()).to.deep.equal(['q-thema']);
      const bar = () => $<HTMLProgressElement>(element, '#progress-step + progress')!;
      expect(textOf($(element, '#progress-step'))).to.equal('Frage 1 von 4');
      expect([bar().value, bar().max], 'no question behind the person yet').to.deep.equal([0, 4]);
      expect(visible(submitButton(element))).to.equal(false);
      await expect(element).to.be.accessible();
      const next = () => $<HTMLButtonElement>(element, '[part~="next"]')!.click();
      next();
      await until(() => $(element, '#q-thema-error'), 'the required question says so');
      expect(shownQuestions()).to.deep.equal(['q-thema']);
      click(element, 'q-thema-mobil');
      next();
      await until(() => shownQuestions()[0] === 'q-formate', 'the second step');
      expect(focused(element)?.id).to.equal('q-formate');
      expect(textOf($(element, '#progress-step'))).to.equal('Frage 2 von 4');
      expect([bar().value, bar().max]).to.deep.equal([1, 4]);
      // Said too, after the question the focus reads: the progress above it is behind the focus.
      await until(() => textOf($(element, '[role="status"]')) === 'Frage 2 von 4', 'the step said');
      next();
      await until(() => shownQuestions()[0] === 'q-note', 'the third step');
      next();
      await until(() => shownQuestions()[0] === 'q-noch', 'the fourth step');
      next();
      await until(() => visible(submitButton(element)), 'the last step: consent and send');
      expect(shownQuestions()).to.deep.equal([]);
      expect(textOf($(element, '#progress-step'))).to.equal('Letzter Schritt: absenden');
      await until(() => textOf($(element, '[role="status"]')) === 'Letzter Schritt: absenden', 'the last step said');
      expect([bar().value, bar().max], 'every question behind').to.deep.equal([4, 4]);
      $<HTMLButtonElement>(element, '[part~="back"]')!.click();
      await until(() => shownQuestions()[0] === 'q-noch', 'back');
      // What was chosen on the way stays.
      expect(byId(element, 'q-thema-mobil').checked).to.equal(true);
    });

    it('narrow: a mistake on another step leads there', async () => {
      await setViewport({ width: 360, height: 800 });
      const element = await mount(html`<sinn-survey slug=${OPEN}></sinn-survey>`);
      await formShown(element);
      await element.submit();
      await until(() => $(element, '[part~="error-summary"]'), 'the error summary');
      expect(focused(element)?.id).to.equal('q-thema-wohnen');
      // The summary's link to the consent, on the last step, shows that step and focuses the box.
      $$<HTMLAnchorElement>(element, '[part~="error-summary"] a').at(-1)!.click();
      await until(() => focused(element)?.id === 'consent', 'the focus on the consent');
      expect(visible(byId(element, 'consent'))).to.equal(true);
      expect(visible(byId(element, 'q-thema'))).to.equal(false);
    });
  });

  describe('the keyboard alone', () => {
    it('answers a whole survey and sends it', async () => {
      const element = await mount(html`<sinn-survey slug=${OPEN}></sinn-survey>`);
      await formShown(element);
      const tab = () => sendKeys({ press: 'Tab' });
      const focusedId = () => focused(element)?.id;
      // Into the element: the first radio of the first question.
      byId(element, 'survey-title').setAttribute('tabindex', '-1');
      byId(element, 'survey-title').focus();
      await tab();
      expect(focusedId()).to.equal('q-thema-wohnen');
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedId()).to.equal('q-thema-pflege');
      expect(byId(element, 'q-thema-pflege').checked).to.equal(true);
      await tab();
      expect(focusedId()).to.equal('q-formate-abend');
      await sendKeys({ press: 'Space' });
      await tab();
      await tab();
      expect(focusedId()).to.equal('q-formate-online');
      await sendKeys({ press: 'Space' });
      await tab();
      expect(focusedId()).to.equal('q-note-1');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(byId(element, 'q-note-4').checked).to.equal(true);
      await tab();
      expect(focusedId()).to.equal('q-noch-text');
      await sendKeys({ type: 'Mit der Tastatur.' });
      await tab();
      // The consent's text to open, then its box.
      expect(focused(element)?.localName).to.equal('summary');
      await tab();
      expect(focusedId()).to.equal('consent');
      await sendKeys({ press: 'Space' });
      await tab();
      expect(focused(element)).to.equal(submitButton(element));
      await sendKeys({ press: 'Enter' });
      await sent(element);
      expect(focusedId()).to.equal('sent-title');
    });

    it('goes through the steps of the narrow layout', async () => {
      await setViewport({ width: 360, height: 800 });
      try {
        const element = await mount(html`<sinn-survey slug=${OPEN}></sinn-survey>`);
        await formShown(element);
        byId(element, 'survey-title').setAttribute('tabindex', '-1');
        byId(element, 'survey-title').focus();
        await sendKeys({ press: 'Tab' });
        expect(focused(element)?.id).to.equal('q-thema-wohnen');
        await sendKeys({ press: 'Space' });
        const part = () => focused(element)?.getAttribute('part');
        /** Tabs on until the focus is on the button named, as a person would. */
        const tabTo = async (name: string) => {
          for (let presses = 0; presses < 8 && part() !== name; presses += 1) await sendKeys({ press: 'Tab' });
          expect(part()).to.equal(name);
        };
        await tabTo('button next');
        for (const id of ['q-formate', 'q-note', 'q-noch']) {
          await sendKeys({ press: 'Enter' });
          await until(() => focused(element)?.id === id, `the focus on ${id}`);
          // Where the focus went is shown to a sighted keyboard user too (WCAG 2.4.7).
          expect(getComputedStyle(focused(element)!).outlineStyle, `the ring around ${id}`).to.equal('solid');
          await tabTo('button next');
        }
        await sendKeys({ press: 'Enter' });
        // The last step from its top: the consent's text to open, then its box.
        await until(() => focused(element)?.localName === 'summary', 'the consent\'s text, first in the last step');
        await sendKeys({ press: 'Tab' });
        expect(focused(element)?.id).to.equal('consent');
        await sendKeys({ press: 'Space' });
        await tabTo('button submit');
        await sendKeys({ press: 'Enter' });
        await sent(element);
      } finally {
        await setViewport({ width: 1280, height: 900 });
      }
    });
  });

  describe('results in view', () => {
    it('are asked again with the ETag while in view, and updated in place', async function (this: { timeout(ms: number): void }) {
      this.timeout(30_000);
      const slug = 'hackathon-dresden-rueckblick';
      const element = await mount(html`<sinn-survey slug=${slug} refresh="5"></sinn-survey>`);
      await resultsShown(element);
      const chart = $(element, '.chart');
      await until(async () => (await seenGets(`/v1/surveys/${slug}/results`)).length >= 2, 'a second round', 12_000);
      const rounds = await seenGets(`/v1/surveys/${slug}/results`);
      expect(rounds[1]!.ifNoneMatch, 'the second round sends the ETag').to.be.a('string');
      expect(rounds[1]!.status).to.equal(304);
      expect($(element, '.chart'), 'the same chart, updated in place').to.equal(chart);
    });

    it('show new numbers in place, and what they showed, marked stale, when a round fails', async function (this: { timeout(ms: number): void }) {
      this.timeout(40_000);
      const slug = 'hackathon-dresden-rueckblick';
      const path = `/v1/surveys/${slug}/results`;
      // An address of its own: a client without the ETags of the tests before.
      const element = await mount(html`<sinn-survey slug=${slug} refresh="5" api=${`${PROXY}/`}></sinn-survey>`);
      await resultsShown(element);
      const api = await fromApi<SurveyResults>(path);
      const first = api.questions[0]!;
      if (first.kind !== 'scale') throw new Error('the demo survey asks a scale first');
      const chart = $(element, '.chart')!;
      const changed = structuredClone(api);
      const bumped = changed.questions[0] as typeof first;
      bumped.values[0]!.count += 7;
      bumped.answered += 7;
      await injectFault({ kind: 'status', status: 200, path, body: changed, headers: { 'Content-Type': 'application/json' } });
      const count = String(first.values[0]!.count + 7);
      await until(() => chartsOf(element)[0]!.table[0]![1] === count, 'the new count in the table', 12_000);
      expect(chartsOf(element)[0]!.bars[0]!.value.startsWith(`${count} · `)).to.equal(true);
      expect($(element, '.chart'), 'the same chart, updated in place').to.equal(chart);
      await injectFault({ kind: 'status', status: 500, path, times: 3 });
      await until(() => $(element, '[part="stale"]'), 'the stale notice', 20_000);
      expect(chartsOf(element)[0]!.table[0]![1], 'what was shown stays').to.equal(count);
      await expect(element).to.be.accessible();
    });

    it('are not asked while out of view', async function (this: { timeout(ms: number): void }) {
      this.timeout(30_000);
      const slug = 'hackathon-dresden-rueckblick';
      const element = await mount(html`<div style="margin-block-start: 5000px"><sinn-survey slug=${slug} refresh="5"></sinn-survey></div>`);
      await resultsShown(element);
      await new Promise((resolve) => setTimeout(resolve, 6500));
      expect(await seenGets(`/v1/surveys/${slug}/results`)).to.have.length(1);
      element.scrollIntoView();
      await until(async () => (await seenGets(`/v1/surveys/${slug}/results`)).length === 2, 'a round once in view', 5000);
    });
  });
});
