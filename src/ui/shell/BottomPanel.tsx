import { useState } from 'react';
import { AsAtControl } from '../review/AsAtControl';
import { HouseholdTimeline } from '../review/HouseholdTimeline';
import { useView } from '../viewState';

/** Under the canvas: the reference-date control, and the household timeline on demand. */
export function BottomPanel() {
  const [timelineOpen, setTimelineOpen] = useState(true);
  const publication = useView((s) => s.publication);
  return (
    <section className="bottompanel" aria-label="Reference date and household timeline">
      <div className="bottompanel__bar">
        <AsAtControl />
        <button type="button" aria-expanded={timelineOpen} onClick={() => setTimelineOpen((o) => !o)}>
          {timelineOpen ? 'Hide timeline' : 'Show timeline'}
        </button>
      </div>
      {timelineOpen ? <HouseholdTimeline publication={publication} /> : null}
    </section>
  );
}
