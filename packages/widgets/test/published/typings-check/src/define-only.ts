// A plain TypeScript page that imports one define entry and nothing else from @sinn/widgets: the tag and its
// events are known all the same (checked by tsc -p tsconfig.define.json, a program of this file alone).
import '@sinn/widgets/define/initiative-cards';

const cards = document.querySelector('sinn-initiative-cards')!;
cards.limit = '3';
cards.addEventListener('sinn-initiative-select', (event) => event.detail.initiative.title.toUpperCase());
// @ts-expect-error: the detail of sinn-initiative-select is typed
cards.addEventListener('sinn-initiative-select', (event) => event.detail.noSuchField);

export const created: number = document.createElement('sinn-event-calendar') ? 1 : 0;
