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
};
