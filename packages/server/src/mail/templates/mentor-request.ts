import { MENTOR_REQUEST_DAYS } from '../../jobs/cleanup.js';

// The two mails of a contact request to a mentor. Plain text.
//
// The mentor's mail carries what the person typed (name, message) and their address, as Reply-To and in the
// text: the mentor answers by replying. The receipt goes to an address nobody has verified, so it carries nothing
// the form's sender typed (not the name, not the message): whoever enters someone else's address cannot make it
// carry their words to that person, and the form is no spam relay. It names only the mentor (public anyway).

export interface TemplateMail {
  subject: string;
  body: string;
}

/** To the mentor, in German (the staff's and mentors' working language), whatever language the sender wrote in. */
export function mentorRequestMail(request: { mentorName: string; name: string; email: string; message: string; language: 'de' | 'en' }): TemplateMail {
  return {
    subject: 'Neue Kontaktanfrage über SINN',
    body: [
      `Guten Tag ${request.mentorName},`,
      '',
      'über Ihr Mentoring-Profil auf SINN, der Zukunftsplattform für soziale Innovationen in Sachsen, hat Sie jemand angeschrieben:',
      '',
      `Name: ${request.name}`,
      `E-Mail: ${request.email}`,
      `Sprache: ${request.language === 'en' ? 'Englisch' : 'Deutsch'}`,
      '',
      'Nachricht:',
      '',
      ...request.message.split('\n').map((line) => `> ${line}`),
      '',
      `Antworten Sie einfach auf diese E-Mail: Die Antwort geht an ${request.email}. Die Adresse ist nicht geprüft;`,
      'wenn Ihnen die Anfrage seltsam vorkommt, antworten Sie nicht und schreiben Sie uns an datenschutz@sinn-sachsen.de.',
      '',
      `Wir speichern die Anfrage ${MENTOR_REQUEST_DAYS} Tage und löschen sie dann.`,
      '',
      'Ihr SINN-Team',
      '',
    ].join('\n'),
  };
}

/** To the sender: that a request was forwarded, to whom; nothing they typed. */
export function mentorRequestReceiptMail(language: 'de' | 'en', mentorName: string): TemplateMail {
  if (language === 'en') {
    return {
      subject: 'Your request to a SINN mentor has been forwarded',
      body: [
        'Hello,',
        '',
        `a contact request from this address was forwarded to ${mentorName}, a mentor on SINN, the platform for social innovation in Saxony.`,
        'The answer comes straight from the mentor, by e-mail to this address.',
        '',
        'If you did not send a request, you need not do anything; please tell us at datenschutz@sinn-sachsen.de.',
        `We keep the request for ${MENTOR_REQUEST_DAYS} days and then delete it. To have it deleted sooner, write to datenschutz@sinn-sachsen.de.`,
        '',
        'The SINN team',
        '',
      ].join('\n'),
    };
  }
  return {
    subject: 'Ihre Anfrage an eine SINN-Mentorin oder einen SINN-Mentor wurde weitergeleitet',
    body: [
      'Guten Tag,',
      '',
      `eine Kontaktanfrage von dieser Adresse wurde an ${mentorName} weitergeleitet, Mentorin oder Mentor auf SINN, der Zukunftsplattform für soziale Innovationen in Sachsen.`,
      'Die Antwort kommt direkt von dort, per E-Mail an diese Adresse.',
      '',
      'Wenn Sie keine Anfrage gesendet haben, müssen Sie nichts tun; sagen Sie uns gern Bescheid: datenschutz@sinn-sachsen.de.',
      `Wir speichern die Anfrage ${MENTOR_REQUEST_DAYS} Tage und löschen sie dann. Wenn Sie sie früher gelöscht haben möchten, schreiben Sie an datenschutz@sinn-sachsen.de.`,
      '',
      'Ihr SINN-Team',
      '',
    ].join('\n'),
  };
}
