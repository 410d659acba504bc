import { bundles } from './bundle.js';
import { firstGets, type FirstGet } from './host.js';

// An element's first GETs and the GETs that follow from their answers (the survey a region's list names, then
// its results): asked step by step, as the element would, but here, where each step costs no round trip.

/** How many steps follow the first GETs at most: a survey's region, the survey, its results. */
const STEPS = 3;

export interface Asked {
  url: string;
  response: Response;
}

/** What follows from an answer: nothing for one that is not a 200 of JSON, nor where reading it fails. */
async function following({ response, next }: FirstGet & { response: Response }): Promise<FirstGet[]> {
  if (!next || !bundles(response)) return [];
  try {
    return firstGets(next(await response.clone().json()));
  } catch {
    return [];
  }
}

/** Asks `gets` with `ask`, then what follows from their answers, each URL once, in the order asked. */
export async function askFollowing(gets: readonly FirstGet[], ask: (url: string) => Promise<Response>): Promise<Asked[]> {
  const seen = new Set<string>();
  const asked: Asked[] = [];
  let step = gets;
  for (let depth = 0; step.length > 0; depth += 1) {
    const fresh = step.filter(({ url }) => !seen.has(url) && seen.add(url));
    const answered = await Promise.all(fresh.map(async (get) => ({ ...get, response: await ask(get.url) })));
    asked.push(...answered.map(({ url, response }) => ({ url, response })));
    step = depth < STEPS ? (await Promise.all(answered.map(following))).flat() : [];
  }
  return asked;
}
