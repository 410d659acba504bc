import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
  /** When the mail had fully arrived (Date.now()). */
  at: number;
}

export interface TestSmtp {
  url: string;
  mails: ReceivedMail[];
  /** Resolves once `count` mails have arrived (fails after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** How many mails have fully arrived and wait for the server's answer (the sender has not heard it's kept). */
  readonly answering: number;
  /** Makes the server refuse the next mails with a temporary error while `true`. */
  refuse: boolean;
  close(): Promise<void>;
}

export interface TestSmtpOptions {
  /** How long the server takes to answer each mail it got, as a slow mail server does. */
  answerDelayMs?: number;
}

/** A real SMTP server on a free port of 127.0.0.1 that keeps every mail it gets. No TLS, no login needed. */
export async function startTestSmtp(options: TestSmtpOptions = {}): Promise<TestSmtp> {
  const mails: ReceivedMail[] = [];
  const waiters: (() => void)[] = [];
  const state = { refuse: false, answering: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        if (state.refuse) {
          callback(Object.assign(new Error(`451 try again later, <${session.envelope.rcptTo[0]?.address}>`), { responseCode: 451 }));
          return;
        }
        // Kept once it is all here, as a real server would keep it even if the sender is gone before the answer.
        mails.push({ to: session.envelope.rcptTo.map((address) => address.address), raw, at: Date.now() });
        for (const wake of waiters.splice(0)) wake();
        if (options.answerDelayMs) {
          state.answering += 1;
          setTimeout(() => {
            state.answering -= 1;
            callback();
          }, options.answerDelayMs);
        } else callback();
      });
    },
  });
  // A sender killed in the middle of a mail (the crash tests) resets its connection: its failure, not the
  // server's, and no reason to throw in the test process.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    get answering() {
      return state.answering;
    },
    get refuse() {
      return state.refuse;
    },
    set refuse(value: boolean) {
      state.refuse = value;
    },
    async waitFor(count, timeoutMs = 15_000) {
      const started = Date.now();
      while (mails.length < count) {
        if (Date.now() - started > timeoutMs) throw new Error(`only ${mails.length} of ${count} mails arrived`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
      return mails;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The body of a received mail without its headers, quoted-printable undone. */
export function mailText(mail: ReceivedMail): string {
  const body = mail.raw.slice(mail.raw.indexOf('\r\n\r\n') + 4);
  if (!/Content-Transfer-Encoding: quoted-printable/i.test(mail.raw)) return body;
  return Buffer.from(
    body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}
