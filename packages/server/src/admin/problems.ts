import type { Problem } from '@sinn/sdk';

// The problems only the staff API gives; a wrong body is the public write path's 422 (write/problems.ts).

export const adminProblems = {
  unauthorized: (detail: string): Problem => ({
    type: 'about:blank',
    title: 'Unauthorized',
    status: 401,
    detail,
  }),
  conflict: (detail: string): Problem => ({
    type: 'about:blank',
    title: 'Conflict',
    status: 409,
    detail,
  }),
  /** A PUT or DELETE whose If-Match no longer names the record: someone changed it since this editor read it. */
  preconditionFailed: (noun: string): Problem => ({
    type: 'about:blank',
    title: 'Precondition Failed',
    status: 412,
    detail: `This ${noun} was changed after it was read: If-Match does not name its ETag any more. Read it again, make the change there and send it with the new ETag.`,
  }),
};
