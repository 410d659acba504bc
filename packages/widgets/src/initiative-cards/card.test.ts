// The pieces of a card rendered alone (a pure unit test, no client): whatever an answer carries, API text stays
// text and only http(s) links and images are rendered. The data is one real initiative from the server, altered.
import { expect } from '@open-wc/testing';
import type { Initiative, InitiativeList } from '@sinn/sdk';
import { render } from 'lit';
import { fromApi, namesHeard } from '../../test/sinn-test.js';
import { newWindowText } from '../base/new-window.js';
import { labels } from '../base/taxonomies.js';
import { card, type CardContext } from './card.js';
import type { CompactCardInitiative } from './fields.js';
import { detail } from './initiative-detail.js';
import { before, describe, it } from '../../test/mocha.js';

let real: Initiative;

const context = (opened: CompactCardInitiative[] = []): CardContext => ({
  lang: 'de',
  label: labels(undefined, Object.assign(document.createElement('div'), { language: 'de' as const, t: () => 'Sonstiges' })),
  headingLevel: 3,
  compact: false,
  open: (initiative) => void opened.push(initiative),
});

function shown(template: ReturnType<typeof card>): HTMLElement {
  const container = document.createElement('div');
  render(template, container);
  return container;
}

const hostile: Partial<Initiative> = {
  title: '<script>window.__sinnXss = 1</script><b>fett</b>',
  teaser: '<img src=x onerror="window.__sinnXss = 2">',
  description: 'Erster Absatz <em>mit Markup</em>.\n\n<iframe src="javascript:alert(3)"></iframe>',
  website: 'javascript:alert(1)',
};

describe('a card and its detail', () => {
  before(async () => {
    const list = await fromApi<InitiativeList>('/v1/initiatives?limit=100');
    real = list.items.find((item) => item.crowdfunding && item.image)!;
    expect(real, 'the demo data has an initiative with a campaign and an image').to.not.equal(undefined);
  });

  it('shows markup in a title, teaser and description as text', () => {
    const initiative = { ...real, ...hostile };
    const container = cardAndDetail(initiative);
    expect(container.querySelector('script, b, iframe, em')).to.equal(null);
    expect(container.querySelector('img[src="x"]')).to.equal(null);
    expect(container.querySelector('.open')!.textContent).to.equal(hostile.title);
    expect(container.textContent).to.contain('<iframe src="javascript:alert(3)"></iframe>');
    expect((window as { __sinnXss?: number }).__sinnXss).to.equal(undefined);
  });

  it('keeps "e. V." with the name it ends, which a narrow card broke apart', () => {
    const initiative = { ...real, organisation: { ...real.organisation, name: 'Muldentaler Landfrauen e. V.' } };
    const organisation = shown(card(initiative, context())).querySelector('[part="organisation"]')!;
    expect(organisation.textContent).to.equal('Muldentaler Landfrauen\u00a0e.\u00a0V.');
  });

  it('renders no javascript: link for a website, an organisation or a campaign', () => {
    const initiative: Initiative = {
      ...real,
      website: 'javascript:alert(1)',
      organisation: { ...real.organisation, url: 'javascript:alert(2)' },
      crowdfunding: { ...real.crowdfunding!, url: 'javascript:alert(3)' },
    };
    const container = cardAndDetail(initiative);
    expect(container.querySelectorAll('a')).to.have.length(0);
    expect(container.querySelector('progress'), 'no campaign box without a safe link').to.equal(null);
  });

  it("lists only the goals in the goals' list, which a screen reader counts; the campaign's link stands beside it", () => {
    const row = shown(card(real, context())).querySelector('.badges-row')!;
    const goals = row.querySelector('ul[part="badges"]')!;
    expect(goals.children).to.have.length(real.sdgs.length);
    expect([...goals.children].every((item) => item.matches('li[part~="sdg"]'))).to.equal(true);
    expect(goals.querySelector('a'), 'no link among the goals').to.equal(null);
    expect(row.querySelector(':scope > [part="crowdfunding"] a')!.getAttribute('href')).to.equal(new URL(real.crowdfunding!.url).href);
  });

  it('renders the http(s) links of the same initiative', () => {
    const container = cardAndDetail(real);
    const hrefs = [...container.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(hrefs).to.include(new URL(real.crowdfunding!.url).href);
    for (const link of container.querySelectorAll('a')) {
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
    }
  });

  it("names a campaign's link with its share raised and what it leads to, and each link that it opens a new window", async () => {
    const container = cardAndDetail(real);
    document.body.append(container);
    try {
      const heard = await namesHeard('link');
      const campaign = heard.filter((name) => / %/.test(name));
      expect(campaign.length).to.be.greaterThan(0);
      for (const name of campaign) expect(name).to.match(/^\d+ %: \S.*\. \S/);
      // Every link of the card and its detail opens a new window, and says so.
      const blank = container.querySelectorAll('a[target="_blank"]').length;
      expect(blank).to.be.at.least(2);
      expect(heard.filter((name) => name.endsWith(newWindowText('de'))), heard.join(' / ')).to.have.length(blank);
    } finally {
      container.remove();
    }
  });

  it('renders no image from a data: or javascript: address', () => {
    const initiative: Initiative = { ...real, image: { ...real.image!, url: 'javascript:alert(1)' } };
    expect(shown(card(initiative, context())).querySelector('img')).to.equal(null);
    const data: Initiative = { ...real, image: { ...real.image!, url: 'data:image/svg+xml,<svg onload="alert(1)"/>' } };
    expect(shown(card(data, context())).querySelector('img')).to.equal(null);
  });

  it('reserves the image\'s space and loads it lazily, with its alt text', () => {
    // The demo's pictures are decoration (alt ""); a photo staff describe has its words.
    const described = { ...real, image: { ...real.image!, alt: 'Ein Lötkolben auf einem Werktisch' } };
    const image = shown(card(described, context())).querySelector('img')!;
    expect(image.getAttribute('width')).to.equal(String(real.image!.width));
    expect(image.getAttribute('height')).to.equal(String(real.image!.height));
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect(image.alt).to.equal('Ein Lötkolben auf einem Werktisch');
  });

  it('opens from its title button with the initiative', () => {
    const opened: CompactCardInitiative[] = [];
    const container = shown(card(real, context(opened)));
    container.querySelector<HTMLButtonElement>('.open')!.click();
    expect(opened).to.deep.equal([real]);
  });
});

/** A card and the detail of the same initiative, side by side. */
function cardAndDetail(initiative: Initiative): HTMLElement {
  const container = shown(card(initiative, context()));
  container.append(shown(detail(initiative, context(), 'detail-title')));
  return container;
}
