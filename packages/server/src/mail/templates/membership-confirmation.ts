import { berlinDateTime } from '../../time/berlin.js';

// The double opt-in mail. Plain text, and nothing in it that the sign-up typed: whoever enters someone else's
// address cannot make this mail carry their words or links to that person.

export interface ConfirmationMail {
  subject: string;
  body: string;
}

export function membershipConfirmationMail(language: 'de' | 'en', link: string, confirmBy: Date): ConfirmationMail {
  if (language === 'en') {
    return {
      subject: 'Please confirm your sign-up to the SINN network',
      body: [
        'Hello,',
        '',
        'this address was signed up to the network of SINN, the platform for social innovation in Saxony.',
        'Please confirm the sign-up by opening this link and pressing the button there:',
        '',
        link,
        '',
        `The link works until ${berlinDateTime(confirmBy, 'en')} (Berlin time). Only once you confirm do we add you to the network.`,
        '',
        'If you did not sign up, you need not do anything: we delete unconfirmed sign-ups after 30 days.',
        '',
        'The SINN team',
        '',
      ].join('\n'),
    };
  }
  return {
    subject: 'Bitte bestätigen Sie Ihre Anmeldung im SINN-Netzwerk',
    body: [
      'Guten Tag,',
      '',
      'diese Adresse wurde im Netzwerk von SINN, der Zukunftsplattform für soziale Innovationen in Sachsen, angemeldet.',
      'Bitte bestätigen Sie die Anmeldung: Öffnen Sie diesen Link und drücken Sie dort die Schaltfläche.',
      '',
      link,
      '',
      `Der Link gilt bis ${berlinDateTime(confirmBy, 'de')} Uhr. Erst mit Ihrer Bestätigung nehmen wir Sie in das Netzwerk auf.`,
      '',
      'Wenn Sie sich nicht angemeldet haben, müssen Sie nichts tun: Unbestätigte Anmeldungen löschen wir nach 30 Tagen.',
      '',
      'Ihr SINN-Team',
      '',
    ].join('\n'),
  };
}

/** The mail to an address that signs up again once it is a member: nothing to confirm, nothing changed. */
export function alreadyMemberMail(language: 'de' | 'en'): ConfirmationMail {
  if (language === 'en') {
    return {
      subject: 'You are already part of the SINN network',
      body: [
        'Hello,',
        '',
        'this address was signed up to the network of SINN, the platform for social innovation in Saxony, again.',
        'It is confirmed already, so there is nothing to do, and nothing was changed.',
        '',
        'To change your details or leave the network, write to datenschutz@sinn-sachsen.de.',
        '',
        'The SINN team',
        '',
      ].join('\n'),
    };
  }
  return {
    subject: 'Sie sind bereits im SINN-Netzwerk',
    body: [
      'Guten Tag,',
      '',
      'diese Adresse wurde erneut im Netzwerk von SINN, der Zukunftsplattform für soziale Innovationen in Sachsen, angemeldet.',
      'Sie ist bereits bestätigt: Sie müssen nichts tun, und es wurde nichts geändert.',
      '',
      'Wenn Sie Ihre Angaben ändern oder das Netzwerk verlassen möchten, schreiben Sie an datenschutz@sinn-sachsen.de.',
      '',
      'Ihr SINN-Team',
      '',
    ].join('\n'),
  };
}
