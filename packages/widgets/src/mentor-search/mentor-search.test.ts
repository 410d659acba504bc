// <sinn-mentor-search> in Chromium, against the real SINN server (its demo mentors) behind the fault proxy: what
// a person looking for help sees and does by keyboard, what the element asks the server, the page address it
// keeps, and what happens when answers come late or not at all.
import { expect, fixture, html } from '@open-wc/testing';
import type { Mentor, MentorList } from '@sinn/sdk';
import { sendKeys } from '@web/test-runner-commands';
import { afterEach, describe, it } from '../../test/mocha.js';
import { fromApi, freshPageEachTest, injectFault, mailsTo, namesHeard, paramsOf, picturesComeBackOnline, seenGets, shadowOf, textOf, until } from '../../test/sinn-test.js';
import { errorStateOf, keepingErrors, unknownSaid, unshowableSaid, watchThePage } from '../../test/unfit-answers.js';
import { catchWarnings } from '../../test/warnings.js';
import './define.js';
import type { MentorRequestSentDetail, MentorSelectDetail } from './events.js';
import type { SinnMentorSearch } from './mentor-search.js';

const LIST = '/v1/mentors';

// What a person sees in the element.
const root = (element: Element) => shadowOf(element);
const input = (element: Element) => root(element).querySelector<HTMLInputElement>('#search-input')!;
const names = (element: Element) => [...root(element).querySelectorAll('.results [part="name"]')].map((node) => textOf(node));
const options = (element: Element) => [...root(element).querySelectorAll<HTMLElement>('[role="option"]')];
const checkbox = (element: Element, facet: string, value: string) => root(element).querySelector<HTMLInputElement>(`#facet-${facet}-${value}`);
const facetValues = (element: Element, facet: string) =>
  [...root(element).querySelectorAll<HTMLInputElement>(`input[id^="facet-${facet}-"]`)].map((box) => box.id.slice(`facet-${facet}-`.length));
const countLine = (element: Element) => textOf(root(element).querySelector('[part="count"]'));
const emptyBox = (element: Element) => root(element).querySelector<HTMLElement>('[part="empty"]');
const errorBox = (element: Element) => root(element).querySelector<HTMLElement>('.state.error');
const focused = (element: Element) => root(element).activeElement as HTMLElement | null;
const listGets = async () => (await seenGets(LIST)).filter((request) => !request.aborted);

async function mount(template: ReturnType<typeof html>): Promise<SinnMentorSearch> {
  const found = await fixture<HTMLElement>(template);
  return (found.localName === 'sinn-mentor-search' ? found : found.querySelector('sinn-mentor-search')!) as SinnMentorSearch;
}

/** Waits until the element shows the answer to what it asked last (not busy, names as expected). */
async function shows(element: Element, expected: string[], what = 'the expected mentors'): Promise<void> {
  await until(
    () => root(element).querySelector('.found')?.getAttribute('aria-busy') === 'false' && names(element).join('|') === expected.join('|'),
    `${what} are shown (shown: ${names(element).join(', ')})`,
  );
}

/** Types text into the search box key by key, as a person does. */
async function typeText(element: Element, text: string): Promise<void> {
  input(element).focus();
  await sendKeys({ type: text });
}

describe('<sinn-mentor-search>', () => {
  freshPageEachTest();

  describe('what a person sees', () => {
    it('shows the mentors with their facets, and says how many were found', async () => {
      const expected = await fromApi<MentorList>(`${LIST}?limit=10`);
      const element = await mount(html`<sinn-mentor-search></sinn-mentor-search>`);
      await shows(element, expected.items.map((mentor) => mentor.name));
      expect(countLine(element)).to.equal(`${expected.total} Mentorinnen und Mentoren gefunden`);
      expect(root(element).querySelector('[part="count"]')!.getAttribute('role')).to.equal('status');
      // The regions with most mentors first; all of them one keypress away.
      const regions = expected.facets!.region;
      expect(facetValues(element, 'region')).to.deep.equal(regions.slice(0, 6).map((entry) => entry.id));
      const showAll = root(element).querySelector<HTMLButtonElement>('.facet[data-facet="region"] button[aria-expanded="false"]')!;
      expect(textOf(showAll)).to.equal(`Alle ${regions.length} zeigen`);
      // Heard with its group's name, which a list of the page's buttons does not give.
      expect(await namesHeard('button')).to.include(`Alle ${regions.length} zeigen (Region)`);
      showAll.click();
      await until(() => facetValues(element, 'region').length === regions.length, 'all regions');
      expect(facetValues(element, 'region')).to.deep.equal(regions.map((entry) => entry.id));
      const first = regions[0]!;
      expect(textOf(checkbox(element, 'region', first.id)!.labels![0]!)).to.match(new RegExp(`\\(${first.count}\\)$`));
      expect(textOf(root(element).querySelector('label[for="search-input"]'))).to.equal('Wobei brauchen Sie Unterstützung?');
      // Each contact button says whom it contacts, as a screen reader hears it.
      const available = expected.items.filter((mentor) => mentor.availability !== 'unavailable');
      expect(await namesHeard('button')).to.include.members(available.map((mentor) => `Kontakt aufnehmen: ${mentor.name}`));
    });

    it('speaks English with lang="en"', async () => {
      const expected = await fromApi<MentorList>(`${LIST}?limit=10`);
      const element = await mount(html`<sinn-mentor-search lang="en"></sinn-mentor-search>`);
      await shows(element, expected.items.map((mentor) => mentor.name));
      expect(countLine(element)).to.equal(`${expected.total} mentors found`);
      expect(textOf(root(element).querySelector('label[for="search-input"]'))).to.equal('What do you need support with?');
      expect(textOf(root(element).querySelector('.facet legend'))).to.equal('Expertise');
    });

    it('asks for the search text, expertise, region and limit its attributes preset', async () => {
      const element = await mount(html`<sinn-mentor-search q="Förderung" expertise="foerdermittel" region="dresden,leipzig" limit="4"></sinn-mentor-search>`);
      const expected = await fromApi<MentorList>(`${LIST}?q=F%C3%B6rderung&expertise=foerdermittel&region=dresden,leipzig&limit=4`);
      await shows(element, expected.items.map((mentor) => mentor.name));
      const params = paramsOf((await listGets())[0]!);
      expect(Object.fromEntries(params)).to.deep.equal({ q: 'Förderung', expertise: 'foerdermittel', region: 'dresden,leipzig', limit: '4' });
      expect(input(element).value).to.equal('Förderung');
      expect(checkbox(element, 'expertise', 'foerdermittel')!.checked).to.equal(true);
      expect(checkbox(element, 'region', 'leipzig')!.checked).to.equal(true);
    });

    it('marks the matched words in names, roles and biographies, as text', async () => {
      const element = await mount(html`<sinn-mentor-search q="Foerdermittel"></sinn-mentor-search>`);
      await until(() => root(element).querySelector('.results mark'), 'a match is marked');
      const marks = [...root(element).querySelectorAll('.results mark')].map((mark) => textOf(mark).toLowerCase());
      expect(marks.some((word) => word.startsWith('förder')), marks.join(', ')).to.equal(true);
    });

    it('shows a name from the server as text, never as markup', async () => {
      const payload = '<img src=x onerror="window.__pwned=1">Erika';
      await injectFault({ kind: 'rewrite', path: LIST, set: [{ path: ['items', 0, 'name'], value: payload }] });
      const element = await mount(html`<sinn-mentor-search limit="2"></sinn-mentor-search>`);
      await until(() => names(element)[0] === payload, 'the name is shown as text');
      expect(root(element).querySelector('.results img[src="x"]')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('offers no contact to a mentor who takes no requests now', async () => {
      const expected = await fromApi<MentorList>(`${LIST}?availability=unavailable&limit=1`);
      const mentor = expected.items[0]!;
      const element = await mount(html`<sinn-mentor-search q=${mentor.name} limit="1"></sinn-mentor-search>`);
      await shows(element, [mentor.name]);
      const card = root(element).querySelector('.results [part="card"]')!;
      expect(card.querySelector('button[part~="contact"]')).to.equal(null);
      expect(textOf(card.querySelector('[part="unavailable"]'))).to.equal('Nimmt derzeit keine Anfragen an');
    });

    it('tells the page which mentor was chosen, and lets it take over the contact', async () => {
      const element = await mount(html`<sinn-mentor-search availability="available" limit="2"></sinn-mentor-search>`);
      await until(() => root(element).querySelector('button[part~="contact"]'), 'a contact button');
      const chosen: MentorSelectDetail[] = [];
      element.addEventListener('sinn-mentor-select', (event) => {
        chosen.push(event.detail);
        event.preventDefault();
      });
      root(element).querySelector<HTMLButtonElement>('button[part~="contact"]')!.click();
      await until(() => chosen.length === 1, 'the event');
      expect(chosen[0]!.mentor.name).to.equal(names(element)[0]);
      expect(root(element).querySelector('dialog')).to.equal(null);
    });

    it('shows more mentors and puts the focus on the first new one', async () => {
      const all = await fromApi<MentorList>(`${LIST}?limit=6`);
      const element = await mount(html`<sinn-mentor-search limit="3"></sinn-mentor-search>`);
      await shows(element, all.items.slice(0, 3).map((mentor) => mentor.name));
      // Its words say what more it shows, also in a screen reader's list of buttons.
      expect(textOf(root(element).querySelector('button[part~="more"]'))).to.equal('Weitere Mentorinnen und Mentoren laden');
      root(element).querySelector<HTMLButtonElement>('button[part~="more"]')!.click();
      await shows(element, all.items.map((mentor) => mentor.name), 'six mentors');
      expect(textOf(focused(element)?.querySelector('[part="name"]'))).to.equal(all.items[3]!.name);
    });
  });

  describe('searching by keyboard alone', () => {
    it('types, hears the suggestions, picks an area of expertise with the arrows and Enter', async () => {
      const element = await mount(html`<sinn-mentor-search></sinn-mentor-search>`);
      await until(() => names(element).length > 0, 'the first mentors');
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(input(element));
      await sendKeys({ type: 'foerder' });
      await until(() => options(element).length > 0, 'suggestions');
      expect(input(element).getAttribute('aria-expanded')).to.equal('true');
      const index = options(element).findIndex((option) => textOf(option).startsWith('Fördermittel'));
      expect(index, options(element).map((option) => textOf(option)).join(' / ')).to.be.at.least(0);
      for (let i = 0; i <= index; i += 1) await sendKeys({ press: 'ArrowDown' });
      expect(input(element).getAttribute('aria-activedescendant')).to.equal(options(element)[index]!.id);
      expect(options(element)[index]!.getAttribute('aria-selected')).to.equal('true');
      await sendKeys({ press: 'Enter' });
      const expected = await fromApi<MentorList>(`${LIST}?expertise=foerdermittel&limit=10`);
      await shows(element, expected.items.map((mentor) => mentor.name));
      expect(checkbox(element, 'expertise', 'foerdermittel')!.checked).to.equal(true);
      expect(input(element).value).to.equal('');
      expect(input(element).getAttribute('aria-expanded')).to.equal('false');
      expect(focused(element)).to.equal(input(element));
      // What changed is said with the count, in its live region: the box emptied, a filter set elsewhere.
      const label = (await fromApi<{ expertise: { id: string; label: { de: string } }[] }>('/v1/taxonomies')).expertise.find((term) => term.id === 'foerdermittel')!.label.de;
      expect(countLine(element)).to.equal(`Fachgebiet „${label}“ gewählt. ${expected.total} Mentorinnen und Mentoren gefunden`);
      // Said once: the next search says its count alone.
      checkbox(element, 'expertise', 'foerdermittel')!.click();
      await until(() => !countLine(element).startsWith('Fachgebiet') && countLine(element).length > 0, 'the count alone');
    });

    it('suggests areas of expertise in the page\'s language', async () => {
      const terms = await fromApi<{ expertise: { id: string; label: { en: string } }[] }>('/v1/taxonomies');
      const english = terms.expertise.find((term) => term.id === 'foerdermittel')!.label.en;
      const element = await mount(html`<sinn-mentor-search lang="en"></sinn-mentor-search>`);
      await until(() => names(element).length > 0, 'the first mentors');
      await typeText(element, 'foerder');
      await until(() => options(element).some((option) => textOf(option).startsWith(english)), `"${english}" suggested`);
    });

    it('searches what was typed after a pause, with typos and umlauts spelled out', async () => {
      const element = await mount(html`<sinn-mentor-search></sinn-mentor-search>`);
      await until(() => names(element).length > 0, 'the first mentors');
      await typeText(element, 'Crowdfuding');
      const expected = await fromApi<MentorList>(`${LIST}?q=Crowdfuding&limit=10`);
      expect(expected.total).to.be.greaterThan(0);
      await shows(element, expected.items.map((mentor) => mentor.name));
      // One request for the word, not one per letter.
      const asked = (await listGets()).map((request) => paramsOf(request).get('q'));
      expect(asked.filter((q) => q !== null)).to.deep.equal(['Crowdfuding']);
    });

    it('closes the suggestions with Escape, and a second Escape empties the box', async () => {
      const element = await mount(html`<sinn-mentor-search></sinn-mentor-search>`);
      await typeText(element, 'mark');
      await until(() => options(element).length > 0, 'suggestions');
      await sendKeys({ press: 'Escape' });
      expect(input(element).getAttribute('aria-expanded')).to.equal('false');
      expect(input(element).value).to.equal('mark');
      await sendKeys({ press: 'Escape' });
      expect(input(element).value).to.equal('');
    });

    it('ticks a facet with the space bar, and the other values of that facet keep their counts', async () => {
      const all = await fromApi<MentorList>(`${LIST}?limit=10`);
      const region = all.facets!.region[0]!.id;
      const element = await mount(html`<sinn-mentor-search></sinn-mentor-search>`);
      await until(() => checkbox(element, 'region', region), 'the region facet');
      const before = facetValues(element, 'region');
      checkbox(element, 'region', region)!.focus();
      await sendKeys({ press: 'Space' });
      const expected = await fromApi<MentorList>(`${LIST}?region=${region}&limit=10`);
      await shows(element, expected.items.map((mentor) => mentor.name));
      expect(checkbox(element, 'region', region)!.checked).to.equal(true);
      expect(focused(element)).to.equal(checkbox(element, 'region', region));
      // The region counts ignore the region filter: choosing a second region stays possible.
      expect(facetValues(element, 'region')).to.deep.equal(before);
      expect(paramsOf((await listGets()).at(-1)!).get('region')).to.equal(region);
    });

    it('finds a mentor, opens the contact dialog and sends a request, all by keyboard', async () => {
      const { items } = await fromApi<MentorList>(`${LIST}?availability=available&limit=1`);
      const mentor = items[0]!;
      const element = await mount(html`<sinn-mentor-search></sinn-mentor-search>`);
      const sent: MentorRequestSentDetail[] = [];
      element.addEventListener('sinn-mentor-request-sent', (event) => sent.push(event.detail));
      await until(() => names(element).length > 0, 'the first mentors');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: mentor.name });
      // Enter with no suggestion chosen searches for what was typed.
      await sendKeys({ press: 'Enter' });
      await shows(element, [mentor.name]);
      // From the box past its clear and search buttons and the facets to the mentor's contact button.
      const contact = root(element).querySelector<HTMLButtonElement>('.results button[part~="contact"]')!;
      for (let i = 0; i < 80 && focused(element) !== contact; i += 1) await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(contact);
      await sendKeys({ press: 'Enter' });
      // Its consent can be given once its text is there.
      await until(() => root(element).querySelector('dialog[open] #contact-consent:not([inert] *)'), 'the dialog is open and its consent text here');
      await until(() => focused(element)?.closest('dialog'), 'the focus is in the dialog');
      const email = `tastatur.${Date.now().toString(36)}@example.org`;
      const message = `Guten Tag, wir suchen Rat zu Fördermitteln für unser Nachbarschaftscafé (${email}).`;
      for (const [id, text] of [['contact-name', 'Erika Mustermann'], ['contact-email', email], ['contact-message', message]] as const) {
        await sendKeys({ press: 'Tab' });
        expect(focused(element)?.id).to.equal(id);
        await sendKeys({ type: text });
      }
      for (let i = 0; i < 5 && focused(element)?.id !== 'contact-consent'; i += 1) await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await until(() => sent.length === 1, 'the request was accepted', 15_000);
      expect(sent[0]).to.deep.equal({ mentor: { id: mentor.id, slug: mentor.slug, name: mentor.name } });
      await until(async () => (await mailsTo('')).some((mail) => mail.text.includes(message)), 'the mail to the mentor', 15_000);
    });
  });

  describe('when nobody matches', () => {
    it('names the filter to remove, with how many that finds, and removes it', async () => {
      const { items } = await fromApi<MentorList>(`${LIST}?limit=1`);
      const mentor: Mentor = items[0]!;
      const other = mentor.region === 'leipzig' ? 'dresden' : 'leipzig';
      const element = await mount(html`<sinn-mentor-search q=${mentor.name} region=${other}></sinn-mentor-search>`);
      await until(() => emptyBox(element), 'the empty state');
      expect(countLine(element)).to.equal('Keine Mentorinnen und Mentoren gefunden');
      const drop = emptyBox(element)!.querySelector<HTMLButtonElement>('button')!;
      expect(textOf(drop)).to.match(/^„Region: (Leipzig|Dresden)“ entfernen$/);
      // A mentor has one region: the count without it is exact, not "at least".
      expect(textOf(emptyBox(element))).to.match(/Ohne „Region: (Leipzig|Dresden)“ (passt eine Person|passen \d+)\./);
      drop.click();
      await until(() => names(element).includes(mentor.name), 'the mentor after removing the region');
      expect(focused(element)).to.equal(input(element));
    });
  });

  describe('answers that come late or not at all', () => {
    it('never lets a slow answer overwrite a newer one', async () => {
      const slow = await fromApi<MentorList>(`${LIST}?region=dresden&limit=10`);
      const fast = await fromApi<MentorList>(`${LIST}?region=leipzig&limit=10`);
      const element = await mount(html`<sinn-mentor-search></sinn-mentor-search>`);
      await until(() => names(element).length > 0, 'the first mentors');
      await injectFault({ kind: 'delay', ms: 1500, path: LIST });
      element.region = 'dresden';
      await until(async () => (await seenGets(LIST)).some((request) => paramsOf(request).get('region') === 'dresden'), 'the slow request is out');
      element.region = 'leipzig';
      await shows(element, fast.items.map((mentor) => mentor.name), 'the Leipzig mentors');
      await new Promise((resolve) => setTimeout(resolve, 1800));
      expect(names(element)).to.deep.equal(fast.items.map((mentor) => mentor.name));
      expect(slow.items.map((mentor) => mentor.name)).to.not.deep.equal(names(element));
      const dresden = (await seenGets(LIST)).find((request) => paramsOf(request).get('region') === 'dresden');
      expect(dresden?.aborted, 'the outdated request was aborted').to.equal(true);
    });

    it('shows an error with a retry that works', async () => {
      await injectFault({ kind: 'status', status: 503, times: 3, path: LIST });
      const element = await mount(html`<sinn-mentor-search limit="2"></sinn-mentor-search>`);
      await until(() => errorBox(element), 'an error');
      errorBox(element)!.querySelector<HTMLButtonElement>('button')!.click();
      await until(() => names(element).length === 2, 'mentors after the retry');
    });
  });

  describe('offline', () => {
    it('asks again, once the browser is back online, for the photos that could not come while it was offline', async () => {
      const expected = await fromApi<MentorList>(`${LIST}?limit=10`);
      const show = async () => {
        const element = await mount(html`<sinn-mentor-search></sinn-mentor-search>`);
        await shows(element, expected.items.map((mentor) => mentor.name));
        return element;
      };
      await picturesComeBackOnline(show, 'img.photo', 'photos');
    });
  });

  describe('answers that do not fit the contract', () => {
    const watch = watchThePage();

    /** The error state in place of the whole search, said once, and the mentors after "Erneut versuchen". */
    async function showsErrorThenRecovers(element: SinnMentorSearch, count: number): Promise<void> {
      await until(() => errorStateOf(element), 'the error state');
      expect(errorStateOf(element)!.text).to.equal(
        'Die Daten konnten nicht geladen werden. Die Antwort des SINN-Servers ließ sich nicht darstellen. Erneut versuchen',
      );
      expect(names(element), 'not one mentor, not even those that fit').to.have.length(0);
      expect(root(element).querySelector('#search-input'), 'no search box either').to.equal(null);
      expect(unshowableSaid(watch, 'sinn-mentor-search')).to.have.length(1);
      const asked = (await listGets()).length;
      errorStateOf(element)!.retry.click();
      await until(() => names(element).length === count, 'the mentors after the retry');
      expect(errorStateOf(element)).to.equal(null);
      expect((await listGets()).length, 'the retry asked the server again').to.be.greaterThan(asked);
      expect(watch.uncaught).to.deep.equal([]);
    }

    it('shows its error state, not half a card, when a mentor has no languages, and the mentors after "Erneut versuchen"', async () => {
      await injectFault({ kind: 'rewrite', path: LIST, set: [{ path: ['items', 1, 'languages'] }] });
      await showsErrorThenRecovers(await mount(html`<sinn-mentor-search limit="2"></sinn-mentor-search>`), 2);
    });

    it('draws no date of its answers: one that is none leaves the mentors shown, also where the next page fails', async () => {
      await injectFault({ kind: 'rewrite', path: LIST, set: [{ path: ['generatedAt'], value: 'not a date' }] });
      const element = await mount(html`<sinn-mentor-search limit="2"></sinn-mentor-search>`);
      await until(() => names(element).length === 2, 'two mentors');
      await injectFault({ kind: 'status', status: 503, times: 3, path: LIST });
      root(element).querySelector<HTMLButtonElement>('button[part~="more"]')!.click();
      await until(() => root(element).querySelector('[part~="more"] + [role="alert"]'), 'why the next page did not come');
      expect(names(element)).to.have.length(2);
      expect(errorStateOf(element)).to.equal(null);
      expect(unshowableSaid(watch, 'sinn-mentor-search')).to.have.length(0);
      expect(watch.uncaught).to.deep.equal([]);
    });

    it('shows its error state when the counts of a facet are no list, and the mentors after "Erneut versuchen"', async () => {
      await injectFault({ kind: 'rewrite', path: LIST, set: [{ path: ['facets', 'region'], value: { dresden: 3 } }] });
      await showsErrorThenRecovers(await mount(html`<sinn-mentor-search limit="2"></sinn-mentor-search>`), 2);
    });

    it('shows an expertise and an availability newer than the widget as "Sonstiges", says so once each, and is no error', async () => {
      await injectFault({
        kind: 'rewrite',
        path: LIST,
        set: [
          { path: ['items', 0, 'expertise'], value: ['quantum-coaching', 'crowdfunding'] },
          { path: ['items', 0, 'availability'], value: 'on-leave' },
          { path: ['facets', 'expertise', 0, 'id'], value: 'quantum-coaching' },
        ],
      });
      const element = await mount(html`<sinn-mentor-search limit="2"></sinn-mentor-search>`);
      await until(() => names(element).length === 2, 'two mentors');
      const card = root(element).querySelector('.results [part="card"]')!;
      expect([...card.querySelectorAll('[part="badge"]')].map(textOf)).to.deep.equal(['Sonstiges', 'Crowdfunding']);
      expect(textOf(card.querySelector('.limited'))).to.equal('Sonstiges');
      expect(card.querySelector('button[part~="contact"]'), 'listed, so a request may be made').to.not.equal(null);
      expect(textOf(root(element).querySelector('label[for="facet-expertise-quantum-coaching"]'))).to.match(/^Sonstiges \(\d+\)$/);
      expect(root(element).textContent).to.not.contain('quantum-coaching').and.to.not.contain('on-leave');
      expect(unknownSaid(watch, 'sinn-mentor-search', 'quantum-coaching'), 'said once, though drawn twice').to.have.length(1);
      expect(unknownSaid(watch, 'sinn-mentor-search', 'on-leave')).to.have.length(1);
      expect(errorStateOf(element)).to.equal(null);
      expect(watch.errors).to.deep.equal([]);
      expect(watch.uncaught).to.deep.equal([]);
    });

    it('says what a suggestion of a kind newer than the widget is with "Sonstiges"', async () => {
      await injectFault({ kind: 'rewrite', path: '/v1/mentors/suggest', times: 20, set: [{ path: ['items', 0, 'kind'], value: 'organisation' }] });
      const element = await mount(html`<sinn-mentor-search limit="2"></sinn-mentor-search>`);
      await until(() => names(element).length === 2, 'two mentors');
      await typeText(element, 'foerder');
      await until(() => options(element).length > 0, 'suggestions');
      expect(textOf(options(element)[0]!.querySelector('.kind'))).to.equal('Sonstiges');
      expect(unknownSaid(watch, 'sinn-mentor-search', 'organisation')).to.have.length(1);
      expect(watch.uncaught).to.deep.equal([]);
    });
  });

  describe('the page address (sync-url)', () => {
    const start = location.href;
    afterEach(() => history.replaceState(null, '', start));

    it('keeps query and facets in parameters named after the id, and follows back and forward', async () => {
      const all = await fromApi<MentorList>(`${LIST}?limit=10`);
      const region = all.facets!.region[0]!.id;
      const element = await mount(html`<sinn-mentor-search id="finder" sync-url></sinn-mentor-search>`);
      await until(() => checkbox(element, 'region', region), 'the region facet');
      checkbox(element, 'region', region)!.click();
      await until(() => new URL(location.href).searchParams.get('finder-region') === region, 'the region in the address');
      await typeText(element, 'Marketing');
      await until(() => new URL(location.href).searchParams.get('finder-q') === 'Marketing', 'the text in the address');
      const both = await fromApi<MentorList>(`${LIST}?q=Marketing&region=${region}&limit=10`);
      await shows(element, both.items.map((mentor) => mentor.name));

      history.back();
      const regionOnly = await fromApi<MentorList>(`${LIST}?region=${region}&limit=10`);
      await shows(element, regionOnly.items.map((mentor) => mentor.name), 'the search before typing');
      expect(input(element).value).to.equal('');
      expect(checkbox(element, 'region', region)!.checked).to.equal(true);

      history.back();
      await shows(element, all.items.map((mentor) => mentor.name), 'the first search');
      expect(checkbox(element, 'region', region)!.checked).to.equal(false);

      history.forward();
      await shows(element, regionOnly.items.map((mentor) => mentor.name), 'the region again');
      history.forward();
      await shows(element, both.items.map((mentor) => mentor.name), 'the typed search again');
      expect(input(element).value).to.equal('Marketing');
    });

    it('Back after a suggestion chosen while typing leads to the search before the typing, not to the half-typed one', async () => {
      const all = await fromApi<MentorList>(`${LIST}?limit=10`);
      const element = await mount(html`<sinn-mentor-search id="finder" sync-url></sinn-mentor-search>`);
      await shows(element, all.items.map((mentor) => mentor.name), 'the first search');
      await typeText(element, 'Foerder');
      // The pause after typing searches, and the address says so (an entry of the page's history of its own).
      await until(() => new URL(location.href).searchParams.get('finder-q') === 'Foerder', 'the typed text in the address');
      await until(() => options(element).some((option) => textOf(option).includes('Fördermittel')), 'the suggestion');
      while (!textOf(root(element).querySelector('[role="option"][aria-selected="true"]')).includes('Fördermittel')) await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await until(() => new URL(location.href).searchParams.get('finder-expertise') === 'foerdermittel', 'the expertise in the address');
      expect(new URL(location.href).searchParams.has('finder-q')).to.equal(false);
      history.back();
      await shows(element, all.items.map((mentor) => mentor.name), 'the search before the typing');
      expect(new URL(location.href).searchParams.has('finder-q'), location.href).to.equal(false);
      expect(input(element).value).to.equal('');
    });

    it('starts from a shared address, and two searches on a page keep to their own parameters', async () => {
      history.replaceState(null, '', `${start.split('?')[0]}?finder-expertise=crowdfunding&other=1`);
      const page = await fixture<HTMLElement>(html`<div>
        <sinn-mentor-search id="finder" sync-url></sinn-mentor-search>
        <sinn-mentor-search id="second" sync-url></sinn-mentor-search>
      </div>`);
      const [first, second] = [...page.querySelectorAll('sinn-mentor-search')] as SinnMentorSearch[];
      const expected = await fromApi<MentorList>(`${LIST}?expertise=crowdfunding&limit=10`);
      await shows(first!, expected.items.map((mentor) => mentor.name));
      const all = await fromApi<MentorList>(`${LIST}?limit=10`);
      const region = all.facets!.region[0]!.id;
      await shows(second!, all.items.map((mentor) => mentor.name), 'the second search, unfiltered');
      checkbox(second!, 'region', region)!.click();
      await until(() => new URL(location.href).searchParams.get('second-region') === region, 'the second search in the address');
      const params = new URL(location.href).searchParams;
      expect(params.get('finder-expertise')).to.equal('crowdfunding');
      expect(params.get('other')).to.equal('1');
    });
  });

  describe('wrong attribute values', () => {
    const caught = catchWarnings();

    it('says when two searches with sync-url would keep their searches in the same parameters of the address', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <sinn-mentor-search sync-url limit="1"></sinn-mentor-search>
        <sinn-mentor-search sync-url limit="1"></sinn-mentor-search>
        <sinn-mentor-search id="other" sync-url limit="1"></sinn-mentor-search>
      </div>`);
      const searches = [...page.querySelectorAll('sinn-mentor-search')];
      await until(() => searches.every((search) => names(search).length > 0), 'the three searches');
      const said = caught.warnings.filter(([message]) => String(message).includes('same parameters'));
      expect(said.map(([message]) => message)).to.deep.equal([
        '<sinn-mentor-search>: an earlier search on this page keeps its search in the same parameters of the address (mentors-q, …): give each search with sync-url an id of its own.',
      ]);
      expect(said[0]![1]).to.equal(searches[1]);
    });

    it('are reported once on the console and ignored', async () => {
      const element = await mount(html`<sinn-mentor-search region="atlantis,dresden" limit="-3"></sinn-mentor-search>`);
      await until(() => names(element).length > 0, 'mentors');
      const params = paramsOf((await listGets())[0]!);
      expect(params.get('region')).to.equal('dresden');
      expect(params.get('limit')).to.equal('10');
      const said = caught.warnings.map((args) => args.map(String).join(' '));
      expect(said.filter((line) => line.includes('atlantis'))).to.have.length(1);
      expect(said.filter((line) => line.includes('-3'))).to.have.length(1);
    });
  });

  describe('accessibility (axe-core finds nothing)', () => {
    it('while loading', async () => {
      await injectFault({ kind: 'delay', ms: 3000, path: LIST });
      const element = await mount(html`<sinn-mentor-search></sinn-mentor-search>`);
      await until(() => root(element).querySelector('.skeleton-card'), 'the skeleton');
      await expect(element).to.be.accessible();
    });

    it('with results and facets', async () => {
      const element = await mount(html`<sinn-mentor-search q="Finanzierung"></sinn-mentor-search>`);
      await until(() => root(element).querySelector('.results mark'), 'marked results');
      await expect(element).to.be.accessible();
    });

    it('with the suggestions open and one active', async () => {
      const element = await mount(html`<sinn-mentor-search></sinn-mentor-search>`);
      await typeText(element, 'finanz');
      await until(() => options(element).length > 0, 'suggestions');
      await sendKeys({ press: 'ArrowDown' });
      await expect(element).to.be.accessible();
    });

    it('when nobody matches', async () => {
      const element = await mount(html`<sinn-mentor-search q="zzzqqq" region="dresden"></sinn-mentor-search>`);
      await until(() => emptyBox(element), 'the empty state');
      await expect(element).to.be.accessible();
    });

    it('with an error', async () => {
      await injectFault({ kind: 'status', status: 500, times: 3, path: LIST });
      const element = await mount(html`<sinn-mentor-search></sinn-mentor-search>`);
      await until(() => errorBox(element), 'an error');
      await expect(element).to.be.accessible();
    });

    it('with an answer it cannot show', async () => {
      await injectFault({ kind: 'rewrite', path: LIST, set: [{ path: ['items', 0, 'expertise'], value: null }] });
      await keepingErrors(async () => {
        const element = await mount(html`<sinn-mentor-search limit="2"></sinn-mentor-search>`);
        await until(() => errorStateOf(element), 'the error state');
        await expect(element).to.be.accessible();
      });
    });

    it('when the next page could not be loaded (what is shown stays, why beside the button)', async () => {
      const element = await mount(html`<sinn-mentor-search limit="2"></sinn-mentor-search>`);
      await until(() => names(element).length === 2, 'two mentors');
      await injectFault({ kind: 'status', status: 503, times: 3, path: LIST });
      root(element).querySelector<HTMLButtonElement>('button[part~="more"]')!.click();
      await until(() => root(element).querySelector('[part~="more"] + [role="alert"]'), 'why the next page did not come');
      expect(names(element)).to.have.length(2);
      await expect(element).to.be.accessible();
    });

    it('in the dark theme, in English', async () => {
      const element = await mount(html`<sinn-mentor-search theme="dark" lang="en" q="Marketing"></sinn-mentor-search>`);
      await until(() => names(element).length > 0, 'mentors');
      await expect(element).to.be.accessible();
    });
  });
});
