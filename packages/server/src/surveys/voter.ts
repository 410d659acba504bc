import { createHmac } from 'node:crypto';

// One address is one voter. Mail providers route `anna+vote2@example.org` to anna, and treat the domain (and,
// in practice, the local part) without regard to case, so those differences make no second voter. Dots are kept:
// only some providers ignore them, and on others `a.nna` and `anna` are two people.

/** The voter an address stands for: lowercased, and a `+tag` removed from the local part. */
export function normaliseVoterAddress(email: string): string {
  const address = email.trim();
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1).toLowerCase();
  const plus = local.indexOf('+');
  // A local part that is nothing but a tag (`+x@…`) is kept whole: there is no mailbox left without it.
  const mailbox = plus > 0 ? local.slice(0, plus) : local;
  return `${mailbox.toLowerCase()}@${domain}`;
}

/**
 * Whose keyed hashes a survey's votes carry. `survey`: the survey's id is in the hash, so one person's votes in two
 * surveys carry two unrelated values and cannot be linked. `shared`: one value per address for every survey, as
 * before migration 012; kept by the surveys that had votes then, whose one-vote check rests on those values.
 */
export type VoterScope = 'shared' | 'survey';

/**
 * What is kept of a voter once the vote is confirmed, until the survey's voters are forgotten (jobs/cleanup.ts): an
 * HMAC of the normalised address under the server's secret, so that the one-vote check works without the address,
 * and a copy of the database alone cannot test addresses.
 */
export function voterHash(secret: string, email: string, survey: { id: string; voter_scope: VoterScope }): string {
  const subject =
    survey.voter_scope === 'shared' ? `sinn-survey-voter-v1\n${normaliseVoterAddress(email)}` : `sinn-survey-voter-v2\n${survey.id}\n${normaliseVoterAddress(email)}`;
  return createHmac('sha256', secret).update(subject).digest('hex');
}
