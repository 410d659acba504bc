import { html, type TemplateResult } from 'lit';

// What the survey shows until its answer comes: the shape of an open survey's form, in the form's own boxes
// (head, progress, fieldset, rows of choices, consent, buttons) and so with their heights, whatever the page's
// font. A line of text is held by filler text of the length a real one is likely to have, in the line's own font
// but transparent (survey.styles.ts): it wraps where the real text would, on a phone as on a wide screen. The
// filler is generated content (an attribute read by `::before`), so a page search does not find it; the whole
// placeholder is hidden from assistive technology, which hears the status line instead.

/** Filler words: their letters are wider than a text's on average, so `text` takes 0.88 of a count in them. */
const WORDS = 'nnnnn '.repeat(40);

/** Text to come, as long as `chars` characters of a text: a line, or as many as it wraps to. */
const text = (chars: number) => html`<span class="skeleton text" data-filler=${WORDS.slice(0, Math.round(chars * 0.88))}></span>`;

/** The lengths, in characters, assumed of a survey's title and its organiser's name, which some lines hold. */
const TITLE = 55;
const ORGANISER = 35;

/**
 * An open survey's form, as it will stand: its heading, organiser, introduction and closing date; the progress;
 * the first question, as a choice among four; then the other questions, whose number and kinds only the answer
 * tells, as a block of two questions' room (a scale's and a free text's: 19.5em, survey.styles.ts); the consent,
 * which names the survey and its organiser in its heading and its sentence, with the site's privacy policy where
 * `privacy-url` is set; the send button. A narrow layout shows only the first step, the first question with the
 * button on: the placeholder is as tall as that step will be, give or take the length of its texts.
 */
export function surveyPlaceholder(privacyLink: boolean): TemplateResult {
  return html`<div class="placeholder" aria-hidden="true" inert>
    <header class="head">
      <h2>${text(TITLE)}</h2>
      <p class="by">${text(17 + ORGANISER)}</p>
      <p class="intro">${text(110)}</p>
    </header>
    <p class="until">${text(28)}</p>
    <div class="form">
      <div class="progress"><p>${text(26)}</p><progress value="0"></progress></div>
      <div class="step current">
        <fieldset>
          <legend>${text(34)}</legend>
          <div class="choices">${[1, 2, 3, 4].map(() => html`<div class="check"><input type="radio" /> <label>${text(24)}</label></div>`)}</div>
        </fieldset>
      </div>
      <div class="step">
        <div class="skeleton block"></div>
        <fieldset class="consent">
          <legend>${text(33 + TITLE)}</legend>
          <details><summary>${text(24)}</summary></details>
          <p class="privacy" ?hidden=${!privacyLink}>${text(36)}</p>
          <div class="check">
            <input type="checkbox" /> <label>${text(120 + TITLE + ORGANISER)}</label>
          </div>
        </fieldset>
        <p class="actions"><span class="button">${text(16)}</span></p>
      </div>
      <p class="stepper"><span class="button">${text(6)}</span></p>
    </div>
  </div>`;
}
