import type { Initiative } from '@sinn/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { contentLang } from '../base/content-lang.js';
import { easyLanguage } from '../base/easy-language.js';
import { safeUrl } from '../base/safe-url.js';
import type { Lang } from '../i18n/i18n.js';
import { campaignOf, image, sdgClass, topicList, type CardContext } from './card.js';
import { cardsText } from './messages/messages.js';
import { newWindow } from '../base/new-window.js';
import { prose } from '../base/prose.js';

// The detail of one initiative, in the cards' dialog or alone (`slug`). Its code and styles come with the first
// initiative opened, in parallel with its whole record, or with the one initiative a page shows: a page of cards
// nobody opens downloads none of it.

/** Adopted by the cards (or the map) when this code came. */
export { initiativeDetailStyles } from './initiative-detail.styles.js';

export function crowdfunding(initiative: Pick<Initiative, 'crowdfunding'>, lang: Lang): TemplateResult | typeof nothing {
  const found = campaignOf(initiative, lang);
  if (!found) return nothing;
  const { campaign, url, text } = found;
  return html`<div class="crowdfunding" part="crowdfunding">
    <progress part="progress" max=${campaign.goal} value=${Math.min(campaign.raised, campaign.goal)} aria-label=${text}></progress>
    <p>${text}</p>
    <a part="link" href=${url} target="_blank" rel="noopener noreferrer">${cardsText(lang, 'initiatives.crowdfunding.link')}${newWindow(lang)}</a>
  </div>`;
}

/** The goals with their names beside their numbers: a card has room for the numbers only, and not everyone knows the seventeen by heart. */
function goals(initiative: Pick<Initiative, 'sdgs'>, context: Pick<CardContext, 'lang' | 'label'>): TemplateResult | typeof nothing {
  if (!initiative.sdgs.length) return nothing;
  return html`<ul class="goals" part="badges" aria-label=${cardsText(context.lang, 'initiatives.sdgs')}>
    ${initiative.sdgs.map((sdg) => html`<li><span class=${sdgClass(sdg, context)} part="badge sdg">${sdg}</span> ${context.label('sdgs', sdg)}</li>`)}
  </ul>`;
}

/** Where it is: its municipality in its district ("Niesky, Landkreis Görlitz"); a city that is its own district alone. */
function place(initiative: Initiative, context: Pick<CardContext, 'label'>, lang: ReturnType<typeof contentLang>): TemplateResult | string {
  const region = context.label('regions', initiative.region);
  const municipality = initiative.municipality?.name;
  return municipality && municipality !== region ? html`<span lang=${lang}>${municipality}</span>, ${region}` : region;
}

export function detail(initiative: Initiative, context: Pick<CardContext, 'lang' | 'label'>, headingId: string): TemplateResult {
  const website = safeUrl(initiative.website);
  const organisationUrl = safeUrl(initiative.organisation.url);
  const lang = contentLang(context.lang);
  return html`${image(initiative, context.lang)}
    <h2 id=${headingId} part="detail-title" lang=${lang}>${initiative.title}</h2>
    <p class="meta" part="meta">
      ${place(initiative, context, lang)} · ${context.label('stages', initiative.stage)} ·
      ${cardsText(context.lang, 'initiatives.by', { name: initiative.organisation.name })}
    </p>
    ${prose(initiative.description, lang)}
    ${easyLanguage(context.lang, initiative.easyLanguage)}
    ${topicList(initiative, context)} ${goals(initiative, context)} ${crowdfunding(initiative, context.lang)}
    <p class="links">
      ${website
        ? html`<a part="link" href=${website} target="_blank" rel="noopener noreferrer">${cardsText(context.lang, 'initiatives.website')}${newWindow(context.lang)}</a>`
        : nothing}
      ${organisationUrl
        ? html`<a part="link" href=${organisationUrl} target="_blank" rel="noopener noreferrer">${initiative.organisation.name}${newWindow(context.lang)}</a>`
        : nothing}
    </p>`;
}
