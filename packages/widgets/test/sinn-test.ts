// What the element tests share: the addresses the test page names (the real API and the fault proxy in front of
// it; see web-test-runner.config.mjs), the proxy's control endpoint, and waiting for what a person would see.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';
import { afterEach, beforeEach } from './mocha.js';

function meta(name: string): string {
  const content = document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
  if (!content) throw new Error(`the test page has no <meta name="${name}">: run the tests with web-test-runner.config.mjs`);
  return content;
}

/** The fault proxy: the page's SINN API (`<meta name="sinn:api">`), so every element talks to it. */
export const PROXY = meta('sinn-test:proxy');
/** The real API behind the proxy, for a test to learn what the server says without touching the proxy. */
export const API = meta('sinn-test:api');
/** What lets a test look behind the API: the mails it sent, the sign-ups it stored (scripts/lib/widget-test-api.ts). */
export const INSPECT = meta('sinn-test:inspect');

interface Scope {
  /** Only requests whose path starts with this, e.g. `/v1/initiatives`. */
  path?: string;
  /** Only this method; GET unless given (a CORS preflight is not the request under test). */
  method?: string;
  /** How many requests the fault applies to; default 1. */
  times?: number;
}

export type Fault =
  | ({ kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown } & Scope)
  | ({ kind: 'drop' } & Scope)
  /** The request reaches the server, its answer is lost on the way back. */
  | ({ kind: 'lose' } & Scope)
  | ({ kind: 'delay'; ms: number } & Scope)
  /** The request waits, unanswered, until `releaseHeld()`. */
  | ({ kind: 'hold' } & Scope)
  /** Values set in the answer's body by their path; an entry without `value` removes what is there. After `ms`, if given. */
  | ({ kind: 'rewrite'; set: { path: (string | number)[]; value?: unknown }[]; ms?: number } & Scope);

export interface SeenRequest {
  method: string;
  /** Path and query, as the proxy received them. */
  url: string;
  /** The browser went away before the answer was complete. */
  aborted: boolean;
  status: number | null;
  ifNoneMatch: string | null;
  idempotencyKey: string | null;
  /** The Referer the browser sent: none, whatever the page's policy (the API needs no page address). */
  referer: string | null;
}

async function control(path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${PROXY}/__proxy/${path}`, {
    method: body === undefined && path === 'seen' ? 'GET' : 'POST',
    cache: 'no-store',
    ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`proxy control ${path}: ${response.status} ${await response.text()}`);
  return response;
}

/** Queues faults for the next matching requests, in order. */
export async function injectFault(...faults: Fault[]): Promise<void> {
  await control('faults', faults.map((fault) => ({ times: 1, ...fault })));
}

/** Lets the requests a `hold` fault keeps waiting go on to the server. */
export async function releaseHeld(): Promise<void> {
  await control('release', {});
}

/** Forgets queued faults and the requests seen, and lets held requests go on. */
export async function resetProxy(): Promise<void> {
  await control('reset', {});
}

/** The requests the proxy has seen since the last reset. */
export async function seen(): Promise<SeenRequest[]> {
  return (await control('seen')).json() as Promise<SeenRequest[]>;
}

/** The GETs the proxy has seen to a path (`/v1/initiatives` matches neither `/v1/initiatives/x` nor preflights). */
export async function seenGets(path: string): Promise<SeenRequest[]> {
  return (await seen()).filter((request) => request.method === 'GET' && new URL(request.url, PROXY).pathname === path);
}

/** The requests of one method to a path the proxy has seen (`POST`, `/v1/memberships`). */
export async function seenRequests(method: string, path: string): Promise<SeenRequest[]> {
  return (await seen()).filter((request) => request.method === method && new URL(request.url, PROXY).pathname === path);
}

/** The search params of a request the proxy saw. */
export function paramsOf(request: SeenRequest): URLSearchParams {
  return new URL(request.url, PROXY).searchParams;
}

/** Asks the real API directly (not through the proxy), to know what the element should show. */
export async function fromApi<T>(path: string): Promise<T> {
  const response = await fetch(`${API}${path}`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json() as Promise<T>;
}

export interface ReceivedMail {
  to: string[];
  subject: string;
  /** The plain text, transfer encoding undone. */
  text: string;
}

/** The mails the SINN server sent to an address, as its SMTP server received them. */
export async function mailsTo(address: string): Promise<ReceivedMail[]> {
  const response = await fetch(`${INSPECT}/mails?to=${encodeURIComponent(address)}`, { cache: 'no-store' });
  return response.json() as Promise<ReceivedMail[]>;
}

export interface StoredSignup {
  email: string;
  name: string;
  organisation: string | null;
  organisationKind: string;
  region: string;
  interests: string[];
  offers: string[];
  newsletter: boolean;
  language: string;
  status: 'pending' | 'confirmed';
  confirmed: boolean;
}

/** The sign-ups the SINN server stored for an address. */
export async function signupsOf(email: string): Promise<StoredSignup[]> {
  const response = await fetch(`${INSPECT}/signups?email=${encodeURIComponent(email)}`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`signups: ${response.status} ${await response.text()}`);
  return response.json() as Promise<StoredSignup[]>;
}

/** Waits until the predicate holds (default up to 8 s). */
export function until(predicate: () => unknown, message: string, timeout = 8000): Promise<void> {
  return waitUntil(predicate, message, { interval: 20, timeout });
}

/** Where a pointer points at the middle of an element, in whole CSS pixels (as `sendMouse` takes it). */
export function centreOf(target: Element): [number, number] {
  const box = target.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

/** The element's shadow root. */
export function shadowOf(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

/** Text as a person reads it: whitespace collapsed. */
export function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits for the requests already under way to settle, so that one test's answers never reach the next. */
export async function settle(ms = 50): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * An element put on the page (in a fixture) with `attributes`, then given `later` as a page script would, in the
 * few microtasks after the element asked its first requests and before its first render (which waits at least
 * for the next frame): the element has not rendered when this returns.
 */
export async function setWhileAsking<T extends HTMLElement>(tag: string, attributes: Record<string, string>, later: Record<string, string>): Promise<T> {
  const box = await fixture<HTMLElement>(html`<div></div>`);
  const element = document.createElement(tag) as T & { hasUpdated: boolean };
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  box.append(element);
  // Its first update is scheduled in a microtask of the append, and asks the first requests at once.
  await Promise.resolve();
  for (const [name, value] of Object.entries(later)) element.setAttribute(name, value);
  if (element.hasUpdated) throw new Error(`<${tag}> rendered before its attributes were set`);
  return element;
}

/** Gives each test of the surrounding block a fresh proxy and takes its fixtures away afterwards. */
export function freshPageEachTest(): void {
  beforeEach(async () => {
    await resetProxy();
  });
  afterEach(async () => {
    fixtureCleanup();
    await settle();
    await resetProxy();
  });
}

interface AxNode {
  role?: string;
  name?: string;
  children?: AxNode[];
}

/**
 * The names Chromium's accessibility tree gives the page's nodes of `role` (a screen reader's words, with the
 * spaces as it hears them), in document order.
 */
export async function namesHeard(role: string): Promise<string[]> {
  const names: string[] = [];
  const walk = (node: AxNode | null | undefined): void => {
    if (!node) return;
    if (node.role === role && node.name) names.push(node.name);
    for (const child of node.children ?? []) walk(child);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return names;
}

/**
 * Shows an element (`show`) while no picture can come, and checks that none of its pictures (`selector` in its
 * shadow root) came; then puts the browser back online and waits until every one of them has come.
 */
export async function picturesComeBackOnline(show: () => Promise<Element>, selector: string, what: string): Promise<void> {
  await executeServerCommand('sinn-unreachable', { urls: ['*/media/*'] });
  let element: Element;
  const pictures = () => [...shadowOf(element).querySelectorAll<HTMLImageElement>(selector)];
  try {
    element = await show();
    await until(() => pictures().length > 0 && pictures().every((picture) => picture.complete), `the ${what}, failed`);
    expect(pictures().every((picture) => picture.naturalWidth === 0), 'offline, none came').to.equal(true);
  } finally {
    await executeServerCommand('sinn-unreachable', { urls: [] });
  }
  window.dispatchEvent(new Event('online'));
  await until(() => pictures().every((picture) => picture.complete && picture.naturalWidth > 0), `the ${what}, online`);
}
