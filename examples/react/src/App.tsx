import { useState } from 'react';
// Registers <sinn-initiative-cards> and <sinn-join-form> (only these elements' code is bundled; the form's
// proof-of-work worker becomes a file of this app's own, which its page may start).
import '@sinn/widgets/define/initiative-cards';
import '@sinn/widgets/define/join-form';
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
        heading-level="2"
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
      <sinn-join-form api={API} heading-level="2">
        <a href="https://www.sinn-sachsen.de/">Dem SINN-Netzwerk beitreten</a>
      </sinn-join-form>
    </main>
  );
}
