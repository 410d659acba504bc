import { MentorInput, type AdminMentor } from '@sinn/sdk';
import type * as z from 'zod/mini';
import type { Queryable } from '../db/database.js';
import { mentorFields } from '../queries/mentors.js';
import { checkMedia, mediaRef, unique, type ContentKind } from './content.js';

type Input = z.output<typeof MentorInput>;
type Row = Record<string, unknown>;

// Unlike the public API, the staff API reads and writes a mentor's e-mail address and phone number: staff keep
// them, the public lists never show them.
export const mentorKind: ContentKind<Input, AdminMentor> = {
  table: 'mentors',
  noun: 'mentor',
  slugIsPersonal: true,
  slugSource: (input) => input.name,
  async columns(tx, input) {
    await checkMedia(tx, input.photo, 'photo');
    return {
      name: [input.name],
      role: [input.role],
      bio: [input.bio],
      expertise: [unique(input.expertise), 'text[]'],
      region: [input.region],
      languages: [unique(input.languages), 'text[]'],
      formats: [unique(input.formats), 'text[]'],
      availability: [input.availability],
      organisation: [input.organisation ?? null],
      email: [input.email],
      phone: [input.phone ?? null],
      photo_id: [input.photo?.id ?? null],
      photo_alt: [input.photo?.alt ?? null],
    };
  },
  read: readMentor,
};

async function readMentor(db: Queryable, slug: string): Promise<AdminMentor | null> {
  const [row] = await db.query<Row>('select * from mentors where slug = $1', [slug]);
  if (!row) return null;
  return {
    ...mentorFields(row),
    email: row.email as string,
    phone: (row.phone as string | null) ?? null,
    photo: mediaRef(row, 'photo'),
  };
}
