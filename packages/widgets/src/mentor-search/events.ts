import type { Mentor } from '@sinn/sdk';

/** `sinn-mentor-select`: a person chose to contact a mentor. Cancel it to offer your own way of contact. */
export interface MentorSelectDetail {
  mentor: Mentor;
}

/** `sinn-mentor-request-sent`: a contact request was accepted and goes to the mentor by mail. Nothing typed is in it. */
export interface MentorRequestSentDetail {
  mentor: Pick<Mentor, 'id' | 'slug' | 'name'>;
}
