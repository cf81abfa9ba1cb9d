import { useView } from '../EditorStoreContext';
import { useState } from 'react';
import { AsAtControl } from '../review/AsAtControl';
import { HouseholdTimeline } from '../review/HouseholdTimeline';

/**
 * Under the canvas: the reference-date control on one line, and the household timeline on
 * demand. The timeline area has its own height limit and scrolls, so the genogram keeps most
 * of the screen however many people lived with the child.
 */
export function BottomPanel() {
  const [timelineOpen, setTimelineOpen] = useState(true);
  const publication = useView((s) => s.publication);
  return (
    <section className="bottompanel" aria-label="Reference date and household timeline">
      <div className="bottompanel__bar">
        <AsAtControl />
        <button type="button" aria-expanded={timelineOpen} onClick={() => setTimelineOpen((o) => !o)} data-testid="timeline-toggle">
          {timelineOpen ? 'Hide timeline' : 'Show timeline'}
        </button>
      </div>
      {timelineOpen ? (
        <div className="review-bottom__timeline">
          <HouseholdTimeline publication={publication} />
        </div>
      ) : null}
    </section>
  );
}
