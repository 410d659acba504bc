import nodemailer from 'nodemailer';

// The one place mail leaves the server: SMTP through nodemailer, with timeouts short enough that a mail server
// that hangs delays the next attempt instead of blocking the worker.

export interface Mail {
  to: string;
  /** Where answers go (the Reply-To header), when not to the sender. */
  replyTo?: string | null;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, ...(mail.replyTo ? { replyTo: mail.replyTo } : {}) });
    },
    close() {
      transport.close();
    },
  };
}

/**
 * What of a failed send may be stored and logged: the error's code and message with every address in it
 * replaced (a mail server's "550 <someone@example.org>: user unknown" names the recipient).
 */
export function describeSendError(error: unknown): string {
  const { code, responseCode, message } = (error ?? {}) as { code?: unknown; responseCode?: unknown; message?: unknown };
  const text = [code, responseCode, typeof message === 'string' ? message : String(error)]
    .filter((part) => part !== undefined && part !== null && part !== '')
    .join(' ');
  return text.replace(/[^\s<>"'@]+@[^\s<>"']+/g, '[address]').slice(0, 500);
}
