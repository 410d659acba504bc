// What the element typings promise, checked by `tsc` (this file is not part of the app): were an attribute or
// an event typed as `any`, or a tag unknown, the `@ts-expect-error` lines below would stop being errors and tsc
// would fail.
import type {} from '@sinn/widgets/jsx';

export const known = (
  <>
    <sinn-event-calendar region="chemnitz" view="agenda" onsinn-event-select={(event) => event.detail.event.title.toUpperCase()} />
    <sinn-mentor-search sync-url onsinn-mentor-select={(event) => event.detail.mentor.name} />
    <sinn-join-form privacy-url="/datenschutz" onsinn-join-success={(event) => event.detail.confirmBy.slice(0, 10)} />
  </>
);

export const wrong = (
  <>
    {/* @ts-expect-error: a view is grid, list or compact */}
    <sinn-initiative-cards view="carousel" />
    {/* @ts-expect-error: limit is an attribute, a string */}
    <sinn-initiative-cards limit={3} />
    {/* @ts-expect-error: the detail of sinn-initiative-select is typed */}
    <sinn-initiative-cards onsinn-initiative-select={(event) => event.detail.noSuchField} />
    {/* @ts-expect-error: no such element */}
    <sinn-no-such-element />
  </>
);

// The DOM's own typings know the tags and their events too.
const cards = document.createElement('sinn-initiative-cards');
cards.limit = '3';
cards.addEventListener('sinn-initiative-select', (event) => event.detail.initiative.slug.toLowerCase());
// @ts-expect-error: the detail of sinn-initiative-select is typed
cards.addEventListener('sinn-initiative-select', (event) => event.detail.noSuchField);
