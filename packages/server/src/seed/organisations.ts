// The organisation rows, and lookups the other generators use to attach initiatives and events to them.
import type { RegionId } from '@sinn/sdk';
import type { Random } from './random.js';
import { SlugRegistry } from './slug.js';
import { CONSORTIUM, FICTIONAL_ORGANISATIONS, type OrganisationText } from './texts/organisations.js';
import type { OrganisationRow } from './types.js';

export interface Organisation {
  row: OrganisationRow;
  text: OrganisationText;
}

export interface OrganisationDirectory {
  rows: OrganisationRow[];
  consortium: Organisation[];
  fictional: Organisation[];
  /** A consortium member by its short name ("Impact Hub Leipzig"). */
  member(short: string): Organisation;
  /** Fictional organisations working in a region, falling back to those active across Saxony. */
  local(region: RegionId): Organisation[];
}

export function generateOrganisations(random: Random): OrganisationDirectory {
  const slugs = new SlugRegistry();
  const make = (text: OrganisationText): Organisation => ({
    text,
    row: {
      id: random.uuid(),
      slug: slugs.take(text.name.replace(/ (e\. V\.|eG|gGmbH|GmbH)$/, '')),
      name: text.name,
      kind: text.kind,
      url: text.host ? `https://${text.host}/` : null,
    },
  });
  const consortium = CONSORTIUM.map(make);
  const fictional = FICTIONAL_ORGANISATIONS.map(make);
  const statewide = fictional.filter((org) => org.text.region === null);
  return {
    rows: [...consortium, ...fictional].map((org) => org.row),
    consortium,
    fictional,
    member(short) {
      const found = consortium.find((org) => org.text.short === short);
      if (!found) throw new Error(`No consortium member ${short}`);
      return found;
    },
    local(region) {
      const here = fictional.filter((org) => org.text.region === region);
      return here.length > 0 ? here : statewide;
    },
  };
}
