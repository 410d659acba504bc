import { AVAILABILITY_IDS, type Mentor } from '@sinn/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { contentLang } from '../base/content-lang.js';
import { heading } from '../base/heading.js';
import { againWhenOnline } from '../base/image-retry.js';
import { safeUrl } from '../base/safe-url.js';
import type { LabelLookup } from '../base/taxonomies.js';
import type { Lang } from '../i18n/i18n.js';
import { highlighted } from './highlight.js';
import { mentorText } from './messages/messages.js';

// One mentor as a result card. API text goes through Lit's text bindings; the photo only from an http(s) address.

export interface MentorCardContext {
  lang: Lang;
  label: LabelLookup;
  headingLevel: number;
  contact: (mentor: Mentor, opener: HTMLElement) => void;
}

function photo(mentor: Mentor): TemplateResult {
  const url = safeUrl(mentor.photo?.url);
  // The name stands beside the photo: the photo adds nothing a screen reader needs (alt="").
  return url
    ? html`<img class="photo" part="photo" src=${url} width=${mentor.photo!.width} height=${mentor.photo!.height} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer" @error=${againWhenOnline} />`
    : html`<span class="photo initials" part="photo" aria-hidden="true">${initials(mentor.name)}</span>`;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .slice(0, 2)
    .map((word) => word[0])
    .join('');
}

export function mentorCard(mentor: Mentor, context: MentorCardContext): TemplateResult {
  const { lang, label } = context;
  const t = (key: Parameters<typeof mentorText>[1], vars?: Record<string, string>) => mentorText(lang, key, vars);
  const marks = mentor.highlights;
  // An availability newer than the widget: the mentor is listed, so a request may be made; its word is shown.
  const availability = label.known('availability', mentor.availability, AVAILABILITY_IDS);
  const available = availability !== 'unavailable';
  return html`<article class="mentor" part="card" tabindex="-1">
    ${photo(mentor)}
    <div class="body">
      ${heading(context.headingLevel, highlighted(mentor.name, marks?.name), 'name')}
      <p class="role" part="role" lang=${contentLang(lang)}>${highlighted(mentor.role, marks?.role)}</p>
      <p class="meta" part="meta">
        <span part="region">${label('regions', mentor.region)}</span>
        · <span>${mentor.formats.map((format) => label('mentorFormats', format)).join(', ')}</span>
        · <span><span class="visually-hidden">${t('mentor.languages')}: </span>${mentor.languages.map((code) => label('languages', code)).join(', ')}</span>
      </p>
      <ul class="topics" part="badges" aria-label=${t('mentor.expertise')}>
        ${mentor.expertise.map((id) => html`<li class="topic" part="badge">${label('expertise', id)}</li>`)}
      </ul>
      <p class="bio" part="bio" lang=${contentLang(lang)}>${highlighted(mentor.bio, marks?.bio)}</p>
      <p class="actions">
        ${available
          ? html`<button
              class="button"
              part="button contact"
              aria-label=${`${t('mentor.contact')}: ${mentor.name}`}
              @click=${(event: Event) => context.contact(mentor, event.currentTarget as HTMLElement)}
            >
              ${t('mentor.contact')}
            </button>`
          : html`<span class="unavailable" part="unavailable">${t('mentor.unavailable')}</span>`}
        ${availability === 'limited' || availability === 'other' ? html`<span class="limited">${label('availability', mentor.availability)}</span>` : nothing}
      </p>
    </div>
  </article>`;
}
