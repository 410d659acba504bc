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
 * What is kept of a voter once the vote is confirmed: an HMAC of the normalised address under the server's secret,
 * so that the one-vote check works without the address, and a copy of the database alone cannot test addresses.
 */
export function voterHash(secret: string, email: string): string {
  return createHmac('sha256', secret).update(`sinn-survey-voter-v1\n${normaliseVoterAddress(email)}`).digest('hex');
}
