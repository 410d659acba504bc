import { SDG_IDS, type Crowdfunding, type Initiative } from '@sinn/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatEuro, formatNumber } from '../base/format.js';
import { contentLang } from '../base/content-lang.js';
import { heading } from '../base/heading.js';
import { againWhenOnline } from '../base/image-retry.js';
import { safeUrl } from '../base/safe-url.js';
import type { LabelLookup } from '../base/taxonomies.js';
import type { Lang } from '../i18n/i18n.js';
import type { CardInitiative, CompactCardInitiative } from './fields.js';
import { cardsText } from './messages/messages.js';
import { newWindowText } from '../base/new-window.js';

// The pieces of an initiative as cards show them, and the detail too (initiative-detail.ts). API text goes
// through Lit's text bindings, never into markup, and only http(s) links are rendered.

export interface CardContext {
  lang: Lang;
  label: LabelLookup;
  headingLevel: number;
  compact: boolean;
  open: (initiative: CompactCardInitiative, opener: HTMLElement) => void;
}

/** German as it is set: "e. V." stays with the name it ends, where a narrow card would break them apart. */
export function keptTogether(text: string): string {
  return text.replace(/ e\. ?V\./g, '\u00a0e.\u00a0V.');
}

/** A goal's badge's classes: its colour where the widget knows the goal. */
export function sdgClass(sdg: number, context: Pick<CardContext, 'label'>): string {
  return `badge sdg sdg-${context.label.known('sdgs', sdg, SDG_IDS)}`;
}

export function sdgBadges(initiative: Pick<Initiative, 'sdgs'>, context: Pick<CardContext, 'lang' | 'label'>): TemplateResult {
  return html`<ul class="badges" part="badges" aria-label=${cardsText(context.lang, 'initiatives.sdgs')}>
    ${initiative.sdgs.map(
      (sdg) => html`<li class=${sdgClass(sdg, context)} part="badge sdg" title=${context.label('sdgs', sdg)}>
        <span aria-hidden="true">${sdg}</span>
        <span class="visually-hidden">${cardsText(context.lang, 'sdg', { number: sdg, title: context.label('sdgs', sdg) })}</span>
      </li>`,
    )}
  </ul>`;
}

/**
 * The topics as badges. A card has room for `room` of them (its detail for all): where there are more, the last
 * one it shows carries how many more there are, in the same item, so that the count is never the badge that wraps
 * out of sight.
 */
export function topicList(initiative: Pick<Initiative, 'topics'>, context: Pick<CardContext, 'lang' | 'label'>, room = Infinity): TemplateResult {
  const labels = initiative.topics.map((topic) => context.label('topics', topic));
  const more = labels.length - room;
  const badge = (label: string) => html`<li class="topic" part="badge topic">${label}</li>`;
  return html`<ul class="topics" part="topics" aria-label=${cardsText(context.lang, 'initiatives.topics')}>
    ${more > 0
      ? html`${labels.slice(0, room - 1).map(badge)}<li class="topic-last">
            <span class="topic" part="badge topic">${labels[room - 1]}</span>
            <span class="topic more-topics" part="badge more-topics"
              ><span aria-hidden="true">+${more}</span
              ><span class="visually-hidden">${cardsText(context.lang, more === 1 ? 'initiatives.topics.more.one' : 'initiatives.topics.more', { count: more })}</span></span
            >
          </li>`
      : labels.map(badge)}
  </ul>`;
}

/** A running campaign with a link that may be followed, and the sentence that says how far it is. */
export function campaignOf(initiative: Pick<Initiative, 'crowdfunding'>, lang: Lang): { campaign: Crowdfunding; url: string; text: string } | null {
  const campaign = initiative.crowdfunding;
  const url = safeUrl(campaign?.url);
  if (!campaign || !url) return null;
  const text = cardsText(lang, 'initiatives.crowdfunding', {
    raised: formatEuro(lang, campaign.raised),
    goal: formatEuro(lang, campaign.goal),
    supporters: formatNumber(lang, campaign.supporters),
    date: formatDate(lang, campaign.endsAt),
  });
  return { campaign, url, text };
}

export function image(initiative: Pick<Initiative, 'image'>, lang: Lang, placeholder = false): TemplateResult | typeof nothing {
  const source = initiative.image && safeUrl(initiative.image.url);
  if (!initiative.image || !source) {
    // Cards keep one shape whether or not an initiative has an image.
    return placeholder ? html`<div class="media empty" part="image" aria-hidden="true"></div>` : nothing;
  }
  return html`<img
    class="media"
    part="image"
    src=${source}
    alt=${initiative.image.alt}
    lang=${contentLang(lang)}
    width=${initiative.image.width}
    height=${initiative.image.height}
    loading="lazy"
    decoding="async"
    referrerpolicy="no-referrer"
    @error=${againWhenOnline}
  />`;
}

/** A campaign in one line of a card: how far it is, linked to the campaign; the detail says it in full. */
function fundingBadge(initiative: Pick<Initiative, 'crowdfunding'>, lang: Lang): TemplateResult | typeof nothing {
  const found = campaignOf(initiative, lang);
  if (!found) return nothing;
  const { campaign, url, text } = found;
  const percent = Math.round((campaign.raised / campaign.goal) * 100);
  return html`<p class="funding" part="crowdfunding">
    <progress part="progress" max="100" value=${Math.min(percent, 100)} aria-hidden="true"></progress>
    <a part="link" href=${url} target="_blank" rel="noopener noreferrer" aria-label=${`${percent} %: ${text}. ${cardsText(lang, 'initiatives.crowdfunding.link')}${newWindowText(lang)}`}
      >${percent} %</a
    >
  </p>`;
}

/** How many topics a card has room for: two rows of badges in the grid, one in a wide list row. */
const CARD_TOPICS = 2;

/**
 * A card: compact, or with what CARD_FIELDS asks for, which the element asks for in the other views.
 */
export function card(initiative: CompactCardInitiative, context: CardContext): TemplateResult {
  const open = (event: Event) => context.open(initiative, event.currentTarget as HTMLElement);
  const full = context.compact ? undefined : (initiative as CardInitiative);
  // Every part has a fixed height (styles: .title-slot, .meta, .teaser, .topics, .badges), so all cards of a
  // view have one height and the loading skeleton can hold exactly their place.
  return html`<article class="card" part="card" data-slug=${initiative.slug}>
    ${full ? image(full, context.lang, true) : nothing}
    <div class="body">
      <div class="title-slot">
        ${heading(
          context.headingLevel,
          html`<button class="open" part="title-button" lang=${contentLang(context.lang)} @click=${open}>${initiative.title}</button>`,
          'title',
        )}
      </div>
      <p class="meta" part="meta">
        <span part="region">${context.label('regions', initiative.region)}</span> ·
        <span part="organisation">${keptTogether(initiative.organisation.name)}</span>
      </p>
      ${full
        ? html`<p class="teaser" part="teaser" lang=${contentLang(context.lang)}>${full.teaser}</p>
            ${topicList(full, context, CARD_TOPICS)} <div class="badges-row">${sdgBadges(full, context)} ${fundingBadge(full, context.lang)}</div>`
        : nothing}
    </div>
  </article>`;
}
