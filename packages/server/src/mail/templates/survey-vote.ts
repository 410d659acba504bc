import { closingWords } from '../../surveys/closing.js';
import { berlinDateTime } from '../../time/berlin.js';
import type { TemplateMail } from './mentor-request.js';

// The mails of a vote in a `verified` survey. Plain text, and nothing in them that the voter typed (no answer):
// whoever enters someone else's address cannot make these mails carry their words. They name the survey (staff's
// text, public anyway).

/**
 * The link that makes a vote count. `expires` is when the link expires and the pending vote is deleted; where the
 * survey closes before that, the close is the last moment to confirm, and the mail names it as such, as the
 * element's thank-you does (the answer's `confirmBy`). `showsResults`: the survey shows its results after an answer,
 * which for a vote is the page its confirmation leads to (the element on the partner's page cannot: it forgets).
 */
export function voteConfirmationMail(language: 'de' | 'en', survey: string, link: string, expires: Date, closesAt: Date, showsResults = false): TemplateMail {
  const closesFirst = closesAt.getTime() < expires.getTime();
  if (language === 'en') {
    return {
      subject: `Please confirm your vote: ${survey}`,
      body: [
        'Hello,',
        '',
        `this address was used to vote in “${survey}” on SINN, the platform for social innovation in Saxony.`,
        'The vote counts only once you confirm it: open this link and press the button there.',
        ...(showsResults ? ['Once it is confirmed, that page shows you the results so far.'] : []),
        '',
        link,
        '',
        closesFirst
          ? `Please confirm by ${closingWords(closesAt, 'en')} (Berlin time), when the vote closes. A vote confirmed after that does not count.`
          : `The link works until ${berlinDateTime(expires, 'en')} (Berlin time); the vote is open until ${closingWords(closesAt, 'en')}. A vote confirmed after that does not count.`,
        'If you vote again before confirming, only the newest vote and its link count.',
        '',
        closesFirst
          ? `If you did not vote, you need not do anything: the vote and this address are deleted when the link expires on ${berlinDateTime(expires, 'en')} (Berlin time).`
          : 'If you did not vote, you need not do anything: the vote and this address are deleted when the link expires.',
        '',
        'The SINN team',
        '',
      ].join('\n'),
    };
  }
  return {
    subject: `Bitte bestätigen Sie Ihre Stimme: ${survey}`,
    body: [
      'Guten Tag,',
      '',
      `mit dieser Adresse wurde bei „${survey}“ auf SINN, der Zukunftsplattform für soziale Innovationen in Sachsen, abgestimmt.`,
      'Die Stimme zählt erst, wenn Sie sie bestätigen: Öffnen Sie diesen Link und drücken Sie dort die Schaltfläche.',
      ...(showsResults ? ['Nach der Bestätigung zeigt Ihnen die Seite den bisherigen Stand der Abstimmung.'] : []),
      '',
      link,
      '',
      closesFirst
        ? `Bitte bestätigen Sie bis ${closingWords(closesAt, 'de')}: So lange läuft die Abstimmung. Eine danach bestätigte Stimme zählt nicht.`
        : `Der Link gilt bis ${berlinDateTime(expires, 'de')} Uhr; die Abstimmung läuft bis ${closingWords(closesAt, 'de')}. Eine danach bestätigte Stimme zählt nicht.`,
      'Wenn Sie vor der Bestätigung noch einmal abstimmen, zählen nur die neueste Stimme und ihr Link.',
      '',
      closesFirst
        ? `Wenn Sie nicht abgestimmt haben, müssen Sie nichts tun: Die Stimme und diese Adresse werden gelöscht, wenn der Link am ${berlinDateTime(expires, 'de')} Uhr abläuft.`
        : 'Wenn Sie nicht abgestimmt haben, müssen Sie nichts tun: Die Stimme und diese Adresse werden gelöscht, wenn der Link abläuft.',
      '',
      'Ihr SINN-Team',
      '',
    ].join('\n'),
  };
}

/** To an address whose vote was confirmed already: nothing to confirm, nothing changed. */
export function alreadyVotedMail(language: 'de' | 'en', survey: string): TemplateMail {
  if (language === 'en') {
    return {
      subject: `You have voted already: ${survey}`,
      body: [
        'Hello,',
        '',
        `this address was used to vote in “${survey}” on SINN again. Its vote was confirmed before and counts;`,
        'each address votes once, so the new vote was not stored, and nothing was changed.',
        '',
        'The SINN team',
        '',
      ].join('\n'),
    };
  }
  return {
    subject: `Sie haben bereits abgestimmt: ${survey}`,
    body: [
      'Guten Tag,',
      '',
      `mit dieser Adresse wurde bei „${survey}“ auf SINN erneut abgestimmt. Ihre Stimme war bereits bestätigt und zählt;`,
      'jede Adresse stimmt einmal ab. Die neue Stimme wurde darum nicht gespeichert, und es wurde nichts geändert.',
      '',
      'Ihr SINN-Team',
      '',
    ].join('\n'),
  };
}
