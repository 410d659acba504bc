import { SDG_IDS, type Crowdfunding, type Initiative } from '@sinn/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { easyLanguage } from '../base/easy-language.js';
import { formatDate, formatEuro, formatNumber } from '../base/format.js';
import { heading } from '../base/heading.js';
import { safeUrl } from '../base/safe-url.js';
import type { LabelLookup } from '../base/taxonomies.js';
import type { Lang } from '../i18n/i18n.js';
import { cardsText } from './messages/messages.js';

// The pieces of an initiative as cards and the detail show them. API text goes through Lit's text bindings,
// never into markup, and only http(s) links are rendered.

export interface CardContext {
  lang: Lang;
  label: LabelLookup;
  headingLevel: number;
  compact: boolean;
  open: (initiative: Initiative, opener: HTMLElement) => void;
}

export function sdgBadges(
  initiative: Initiative,
  context: Pick<CardContext, 'lang' | 'label'>,
  extra: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  return html`<ul class="badges" part="badges" aria-label=${cardsText(context.lang, 'initiatives.sdgs')}>
    ${initiative.sdgs.map(
      (sdg) => html`<li class="badge sdg sdg-${context.label.known('sdgs', sdg, SDG_IDS)}" part="badge sdg" title=${context.label('sdgs', sdg)}>
        <span aria-hidden="true">${sdg}</span>
        <span class="visually-hidden">${cardsText(context.lang, 'sdg', { number: sdg, title: context.label('sdgs', sdg) })}</span>
      </li>`,
    )}
    ${extra}
  </ul>`;
}

export function topicList(initiative: Initiative, context: Pick<CardContext, 'lang' | 'label'>): TemplateResult {
  return html`<ul class="topics" part="topics" aria-label=${cardsText(context.lang, 'initiatives.topics')}>
    ${initiative.topics.map((topic) => html`<li class="topic" part="badge topic">${context.label('topics', topic)}</li>`)}
  </ul>`;
}

/** A running campaign with a link that may be followed, and the sentence that says how far it is. */
function campaignOf(initiative: Initiative, lang: Lang): { campaign: Crowdfunding; url: string; text: string } | null {
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

export function crowdfunding(initiative: Initiative, lang: Lang): TemplateResult | typeof nothing {
  const found = campaignOf(initiative, lang);
  if (!found) return nothing;
  const { campaign, url, text } = found;
  return html`<div class="crowdfunding" part="crowdfunding">
    <progress part="progress" max=${campaign.goal} value=${Math.min(campaign.raised, campaign.goal)} aria-label=${text}></progress>
    <p>${text}</p>
    <a part="link" href=${url} target="_blank" rel="noopener noreferrer">${cardsText(lang, 'initiatives.crowdfunding.link')}</a>
  </div>`;
}

export function image(initiative: Initiative, placeholder = false): TemplateResult | typeof nothing {
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
    width=${initiative.image.width}
    height=${initiative.image.height}
    loading="lazy"
    decoding="async"
  />`;
}

/** A campaign in one line of a card: how far it is, linked to the campaign; the detail says it in full. */
function fundingBadge(initiative: Initiative, lang: Lang): TemplateResult | typeof nothing {
  const found = campaignOf(initiative, lang);
  if (!found) return nothing;
  const { campaign, url, text } = found;
  const percent = Math.round((campaign.raised / campaign.goal) * 100);
  return html`<li class="funding" part="crowdfunding">
    <progress part="progress" max="100" value=${Math.min(percent, 100)} aria-hidden="true"></progress>
    <a part="link" href=${url} target="_blank" rel="noopener noreferrer"
      >${percent} %<span class="visually-hidden">: ${text}. ${cardsText(lang, 'initiatives.crowdfunding.link')}</span></a
    >
  </li>`;
}

export function card(initiative: Initiative, context: CardContext): TemplateResult {
  const open = (event: Event) => context.open(initiative, event.currentTarget as HTMLElement);
  // Every part has a fixed height (styles: .title-slot, .meta, .teaser, .topics, .badges), so all cards of a
  // view have one height and the loading skeleton can hold exactly their place.
  return html`<article class="card" part="card" data-slug=${initiative.slug}>
    ${context.compact ? nothing : image(initiative, true)}
    <div class="body">
      <div class="title-slot">
        ${heading(
          context.headingLevel,
          html`<button class="open" part="title-button" @click=${open}>${initiative.title}</button>`,
          'title',
        )}
      </div>
      <p class="meta" part="meta">
        <span part="region">${context.label('regions', initiative.region)}</span> ·
        <span part="organisation">${initiative.organisation.name}</span>
      </p>
      ${context.compact
        ? nothing
        : html`<p class="teaser" part="teaser">${initiative.teaser}</p>
            ${topicList(initiative, context)} ${sdgBadges(initiative, context, fundingBadge(initiative, context.lang))}`}
    </div>
  </article>`;
}

export function detail(initiative: Initiative, context: Pick<CardContext, 'lang' | 'label'>, headingId: string): TemplateResult {
  const website = safeUrl(initiative.website);
  const organisationUrl = safeUrl(initiative.organisation.url);
  return html`${image(initiative)}
    <h2 id=${headingId} part="detail-title">${initiative.title}</h2>
    <p class="meta" part="meta">
      ${context.label('regions', initiative.region)} · ${context.label('stages', initiative.stage)} ·
      ${cardsText(context.lang, 'initiatives.by', { name: initiative.organisation.name })}
    </p>
    ${initiative.description.split(/\n{2,}/).map((paragraph) => html`<p>${paragraph}</p>`)}
    ${easyLanguage(context.lang, initiative.easyLanguage)}
    ${topicList(initiative, context)} ${sdgBadges(initiative, context)} ${crowdfunding(initiative, context.lang)}
    <p class="links">
      ${website
        ? html`<a part="link" href=${website} target="_blank" rel="noopener noreferrer">${cardsText(context.lang, 'initiatives.website')}</a>`
        : nothing}
      ${organisationUrl
        ? html`<a part="link" href=${organisationUrl} target="_blank" rel="noopener noreferrer">${initiative.organisation.name}</a>`
        : nothing}
    </p>`;
}
