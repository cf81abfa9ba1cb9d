import { useState } from 'react';

type Tab = 'details';

/** The right-hand panel: details of the selection, and the reviewer's panels. */
export function SidePanel() {
  const [tab] = useState<Tab>('details');
  return (
    <aside className="sidepanel" aria-label="Side panel">
      {tab === 'details' ? <p className="sidepanel__empty">Select a person to see their details.</p> : null}
    </aside>
  );
}
