// The SINN server as partners meet it, for the cold-load benchmarks: `npm start`'s server in production mode (its
// built files read once and kept in memory, as deployed), with the demo data, and with the calendar benchmark's
// events of November 2026 in place of whatever the demo data has around that month, put in through the staff
// API as staff would.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Event, EventInput } from '@sinn/sdk';
import { startServerProcess, stopProcess, type ServerProcess } from '../../packages/server/test/helpers/process.js';

export interface SinnServer {
  /** `http://127.0.0.1:PORT`, where the bench talks to it. */
  url: string;
  port: number;
  /** Replaces every event from October to December 2026 with `events`. */
  setEvents(events: Event[]): Promise<void>;
  stop(): Promise<void>;
}

/** The months the calendar benchmark's events are in, with room on both sides (a month grid shows six weeks). */
const CLEARED = { from: '2026-10-01', to: '2027-01-01' };

/** `env`: more of the server's environment (SINN_WIDGETS_DIR: another build of the widgets to serve). */
export async function startSinnServer(env: Record<string, string> = {}): Promise<SinnServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sinn-cold-server-'));
  const token = randomBytes(24).toString('hex');
  let server: ServerProcess;
  try {
    server = await startServerProcess({
      SINN_DATA_DIR: dataDir,
      SINN_LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      ADMIN_TOKEN: token,
      // Production wants a mail server; nothing here sends mail.
      SMTP_URL: 'smtp://127.0.0.1:9',
      // The example pages, which production leaves out, are the pages the benchmarks load; the demo data, which
      // production leaves out too, is what they show.
      SINN_DEMO_PAGES: '1',
      SINN_DEMO_DATA: '1',
      ...env,
    });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const { url } = server;
  const staff = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response;
  };
  const eventsIn = async (): Promise<Event[]> => {
    const events: Event[] = [];
    let cursor: string | null = null;
    do {
      const query = new URLSearchParams({ ...CLEARED, limit: '100', ...(cursor ? { cursor } : {}) });
      const page = (await (await fetch(`${url}/v1/events?${query}`)).json()) as { items: Event[]; nextCursor: string | null };
      events.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return events;
  };
  // Whose events these are: an organisation of the demo data.
  const organiser = ((await (await fetch(`${url}/v1/events?limit=1`)).json()) as { items: Event[] }).items[0]?.organiser.slug;
  if (!organiser) {
    // The server started: stopped here, or it would outlive the bench.
    await stopProcess(server.child);
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error('the demo data has no event to take an organiser from');
  }

  /** A few requests at a time: the database takes one write after the other anyway. */
  const inTurns = async <T>(items: T[], work: (item: T) => Promise<unknown>) => {
    const queue = [...items];
    await Promise.all(Array.from({ length: 4 }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }));
  };

  return {
    url,
    port: Number(new URL(url).port),
    async setEvents(events) {
      // A series is deleted once, with all its dates.
      const slugs = [...new Set((await eventsIn()).map((event) => event.slug))];
      await inTurns(slugs, (slug) => staff('DELETE', `/v1/admin/events/${slug}`));
      await inTurns(events, (event) => {
        const input: EventInput = {
          slug: event.slug,
          title: event.title,
          summary: event.summary,
          description: event.description,
          category: event.category,
          topics: event.topics,
          region: event.region,
          format: event.format,
          status: event.status,
          start: event.start,
          end: event.end,
          allDay: event.allDay,
          location: event.location,
          organiser,
        };
        return staff('POST', '/v1/admin/events', input);
      });
      const stored = await eventsIn();
      if (stored.length !== events.length) throw new Error(`the server holds ${stored.length} events from October to December 2026, not ${events.length}`);
    },
    async stop() {
      await stopProcess(server.child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
