import type { WidgetElement } from '@sinn/sdk';
import type { AttributeHost, FirstRequest } from './base/first-request.js';
import { firstRequests as calendar } from './event-calendar/first-requests.js';
import { firstRequests as cards } from './initiative-cards/first-requests.js';
import { firstRequests as map } from './initiative-map/first-requests.js';
import { firstRequests as joinForm } from './join-form/first-requests.js';
import { firstRequests as mentorSearch } from './mentor-search/first-requests.js';
import { firstRequests as survey } from './survey/first-requests.js';

// Each element's first GETs, by its tag, read from its attributes: what GET /v1/first-answers answers on the SINN
// server (packages/server/src/routes/first-answers.ts), which imports this from the widgets' source. The elements
// ask by the same code, so the answers are found under the URLs they ask for; where they are not (an attribute
// changed since), an element asks for itself.

export const FIRST_REQUESTS: Record<WidgetElement, (element: AttributeHost) => FirstRequest[]> = {
  'sinn-initiative-cards': cards,
  'sinn-initiative-map': map,
  'sinn-event-calendar': calendar,
  'sinn-join-form': joinForm,
  'sinn-mentor-search': mentorSearch,
  'sinn-survey': survey,
};

export type { AttributeHost, FirstRequest };
