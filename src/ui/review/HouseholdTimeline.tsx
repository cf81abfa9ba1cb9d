import { useMemo, useState, type MouseEvent } from 'react';
import { formatDate } from '../../core/dates/partialDate';
import { householdTimeline, type TimelineMark } from '../../core/households/timeline';
import { fromYearFraction } from '../../core/households/timePosition';
import { displayName, indexDocument } from '../../core/model/documentIndex';
import type { Id } from '../../core/model/types';
import { SubjectPicker } from './SubjectPicker';
import { subjectsOf, useAsAt, useSetAsAt, useShownDoc } from './useReviewDoc';
import './review.css';

const NAME_W = 170;
const PLOT_W = 420;
const VIEW_W = NAME_W + PLOT_W + 10;
const AXIS_H = 24;
const ROW_H = 26;
const BAR_H = 12;
const PALETTE_SIZE = 6;

function ticks(start: number, end: number): number[] {
  const span = end - start;
  const step = Math.max(1, Math.ceil(span / 8));
  const out: number[] = [];
  for (let year = Math.ceil(start); year <= end; year += step) out.push(year);
  return out;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const EVENT_WORDS: Record<string, string> = {
  'civil-partnership': 'civil partnership',
  cohabiting: 'started living together',
};

function markTitle(mark: TimelineMark, nameOf: (id: Id) => string): string {
  const when = formatDate(mark.date);
  if (mark.kind === 'birth') return `Born ${when}`;
  if (mark.kind === 'death') return `Died ${when}`;
  const what = EVENT_WORDS[mark.event ?? ''] ?? mark.event ?? 'event';
  return `${capitalise(what)} ${when}${mark.partnerId ? ` (with ${nameOf(mark.partnerId)})` : ''}`;
}

/**
 * One row per person who ever lived with the subject child, a bar for each stretch in each
 * household, marks for births, deaths and partnership events, and a line at the reference
 * date. Clicking the plot sets the reference date.
 */
export function HouseholdTimeline({ publication = false }: { publication?: boolean }) {
  const asAt = useAsAt();
  const setAsAt = useSetAsAt();
  const doc = useShownDoc(publication, asAt);
  const subjects = subjectsOf(doc);
  const [picked, setPicked] = useState<Id | undefined>(undefined);
  const subject = picked && subjects.includes(picked) ? picked : subjects[0];
  const timeline = useMemo(() => (subject ? householdTimeline(doc, subject, asAt) : undefined), [doc, subject, asAt]);

  if (!subject || !timeline) return <p className="review-muted">Mark a subject child to see the household timeline.</p>;

  const index = indexDocument(doc);
  const nameOf = (id: Id) => {
    const p = index.person.get(id);
    return (p && displayName(p)) || 'Unnamed';
  };
  const householdIndex = new Map(timeline.householdIds.map((id, i) => [id, i]));
  const householdLabel = (id: Id) => doc.households.find((h) => h.id === id)?.label ?? id;
  const span = timeline.end - timeline.start;
  const x = (t: number) => NAME_W + ((t - timeline.start) / span) * PLOT_W;
  const height = AXIS_H + timeline.rows.length * ROW_H + 6;

  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    if (box.width === 0) return;
    const viewX = ((e.clientX - box.left) / box.width) * VIEW_W;
    if (viewX < NAME_W || viewX > NAME_W + PLOT_W) return;
    setAsAt(fromYearFraction(timeline.start + ((viewX - NAME_W) / PLOT_W) * span));
  };

  return (
    <section className="household-timeline" aria-label="Household timeline">
      <SubjectPicker doc={doc} subjects={subjects} value={subject} onChange={setPicked} />
      <svg
        className="household-timeline__svg"
        viewBox={`0 0 ${VIEW_W} ${height}`}
        role="img"
        aria-label={`Household timeline for ${nameOf(subject)}: ${timeline.rows.length} people. Click to set the reference date.`}
        data-testid="household-timeline"
        onClick={onClick}
      >
        <g className="household-timeline__axis">
          {ticks(timeline.start, timeline.end).map((year) => (
            <g key={year}>
              <line x1={x(year)} x2={x(year)} y1={AXIS_H - 6} y2={height} className="household-timeline__grid" />
              <text x={x(year)} y={AXIS_H - 9} textAnchor="middle">
                {year}
              </text>
            </g>
          ))}
        </g>
        {timeline.rows.map((row, r) => {
          const top = AXIS_H + r * ROW_H;
          const mid = top + ROW_H / 2;
          const relation = row.personId === subject ? 'Subject child' : capitalise(row.relation);
          const name = nameOf(row.personId);
          // In publication mode the name is already the role ("Mother"): say it once.
          const title = name === relation ? name : `${name}: ${relation}`;
          return (
            <g key={row.personId} className="household-timeline__row" data-person={row.personId}>
              <text x={4} y={mid + 4} className="household-timeline__name">
                <title>{title}</title>
                {title.length > 30 ? `${title.slice(0, 29)}…` : title}
              </text>
              {row.bars.map((bar, b) => (
                <rect
                  key={b}
                  x={x(bar.start)}
                  y={mid - BAR_H / 2}
                  width={Math.max(1, x(bar.end) - x(bar.start))}
                  height={BAR_H}
                  className={`household-timeline__bar household-timeline__bar--${(householdIndex.get(bar.householdId) ?? 0) % PALETTE_SIZE}`}
                >
                  <title>
                    {`${householdLabel(bar.householdId)}: ${bar.from ? formatDate(bar.from) : 'from before'} – ${bar.to ? formatDate(bar.to) : 'onwards'}`}
                  </title>
                </rect>
              ))}
              {row.marks.map((mark, m) => (
                <Mark key={m} mark={mark} cx={x(mark.at)} cy={mid} title={markTitle(mark, nameOf)} />
              ))}
            </g>
          );
        })}
        <line x1={x(timeline.asAt)} x2={x(timeline.asAt)} y1={AXIS_H - 4} y2={height} className="household-timeline__asat" data-testid="timeline-asat-line">
          <title>{`As at ${formatDate(asAt)}`}</title>
        </line>
      </svg>
      <ul className="household-timeline__legend">
        {timeline.householdIds.map((id, i) => (
          <li key={id}>
            <span className={`household-timeline__swatch household-timeline__bar--${i % PALETTE_SIZE}`} aria-hidden="true" />
            {householdLabel(id)}
          </li>
        ))}
        <li>○ birth · ✕ death · ◇ partnership event · | reference date</li>
      </ul>
    </section>
  );
}

function Mark({ mark, cx, cy, title }: { mark: TimelineMark; cx: number; cy: number; title: string }) {
  const r = 4;
  if (mark.kind === 'birth') {
    return (
      <circle cx={cx} cy={cy} r={r} className="household-timeline__mark">
        <title>{title}</title>
      </circle>
    );
  }
  if (mark.kind === 'death') {
    return (
      <path d={`M${cx - r} ${cy - r}L${cx + r} ${cy + r}M${cx - r} ${cy + r}L${cx + r} ${cy - r}`} className="household-timeline__mark household-timeline__mark--death">
        <title>{title}</title>
      </path>
    );
  }
  return (
    <path d={`M${cx} ${cy - r - 1}L${cx + r} ${cy}L${cx} ${cy + r + 1}L${cx - r} ${cy}Z`} className="household-timeline__mark">
      <title>{title}</title>
    </path>
  );
}
