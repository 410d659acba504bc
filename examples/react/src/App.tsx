import { useState } from 'react';
// Registers <sinn-initiative-cards> (only this element's code is bundled).
import '@sinn/widgets/define/initiative-cards';
// The elements' attributes and events in JSX, typed from custom-elements.json.
import type {} from '@sinn/widgets/jsx';
import type { Initiative } from '@sinn/sdk';

// The SINN API: given at build time (VITE_SINN_API=https://… npm run build), else a local `npm start`.
const API = import.meta.env.VITE_SINN_API ?? 'http://localhost:8787';

export function App() {
  const [chosen, setChosen] = useState<Initiative | null>(null);

  return (
    <main style={{ maxWidth: '60rem', margin: '0 auto', padding: '1rem', fontFamily: 'system-ui, sans-serif' }}>
      <h1>Soziale Innovationen in Sachsen</h1>
      <sinn-initiative-cards
        api={API}
        limit="3"
        view="list"
        onsinn-initiative-select={(event) => {
          // Our own detail view instead of the element's dialog.
          event.preventDefault();
          setChosen(event.detail.initiative);
        }}
      >
        <a href="https://www.sinn-sachsen.de/">Initiativen auf der SINN-Plattform</a>
      </sinn-initiative-cards>
      {chosen && (
        <section aria-live="polite" className="chosen">
          <h2>{chosen.title}</h2>
          <p>{chosen.teaser}</p>
        </section>
      )}
    </main>
  );
}
