import { useId, useMemo, useState, type MouseEvent, type ReactNode } from 'react';
import { formatDate, formatMonthYear, today } from '../../core/dates/partialDate';
import { householdTimeline, timelineRange, type TimelineMark } from '../../core/households/timeline';
import { axisTicks } from '../../core/households/timelineAxis';
import { documentDates } from '../../core/households/documentDates';
import { fromYearFraction, toYearFraction } from '../../core/households/timePosition';
import { displayName, indexDocument } from '../../core/model/documentIndex';
import type { Id } from '../../core/model/types';
import { SubjectPicker } from './SubjectPicker';
import { TimelineEventMarks } from '../chronology/TimelineEventMarks';
import { subjectsOf, useAsAt, useSetAsAt, useShownDoc } from './useReviewDoc';
import './review.css';

// A fixed pixel scale (the SVG is never stretched to the panel): rows stay compact and text
// stays at the panel's size however wide the screen; a long history scrolls sideways.
/** The name column fits the longest "name: relation" up to a limit; 11 px text averages under 6 px a character. */
const CHAR_W = 6;
const NAME_W_MIN = 120;
const NAME_W_MAX = 280;
const PX_PER_YEAR = 64;
const MIN_PLOT_W = 320;
const AXIS_H = 18;
const ROW_H = 22;
/** A wrapped name takes this much more height per extra line. */
const LINE_H = 12;
const BAR_H = 12;
/** A visit is drawn as a thinner bar than living together. */
const VISIT_H = 6;
const MARK_R = 4;
/** Households are told apart by fill pattern as well as colour, so a greyscale print still reads. */
const PATTERN_COUNT = 6;

/** Words greedily filled into lines of at most `width` characters (a longer word gets its own line). */
function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
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
  // useId gives characters that are awkward inside url(#…); keep letters and digits only.
  const patternPrefix = `hh${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const subject = picked && subjects.includes(picked) ? picked : subjects[0];
  const timeline = useMemo(() => (subject ? householdTimeline(doc, subject, asAt) : undefined), [doc, subject, asAt]);
  const lastDate = useMemo(() => documentDates(doc).at(-1), [doc]);

  if (!subject || !timeline) return <p className="review-muted">Mark a subject child to see the household timeline.</p>;

  const index = indexDocument(doc);
  const nameOf = (id: Id) => {
    const p = index.person.get(id);
    return (p && displayName(p)) || 'Unnamed';
  };
  const householdIndex = new Map(timeline.householdIds.map((id, i) => [id, i]));
  const householdLabel = (id: Id) => doc.households.find((h) => h.id === id)?.label ?? id;
  // The range follows the span shown: the subject's life, up to today (or the document's last
  // date) for a living child, whatever the reference date, so a click on the timeline moves
  // the red line, not the axis under the pointer. Open-ended bars run to the edge of that range.
  const { start, end } = timelineRange(timeline, toYearFraction(today()), lastDate ? toYearFraction(lastDate) : undefined);
  const span = end - start;
  const rowTitles = timeline.rows.map((row) => {
    const relation = row.personId === subject ? 'Subject child' : capitalise(row.relation);
    const name = nameOf(row.personId);
    // In publication mode the name is already the role ("Mother", "Mother's partner 1"): say it once.
    return name.toLowerCase().startsWith(relation.toLowerCase()) ? name : `${name}: ${relation}`;
  });
  const longest = Math.max(0, ...rowTitles.map((t) => t.length));
  const nameWidth = Math.min(NAME_W_MAX, Math.max(NAME_W_MIN, longest * CHAR_W + 12));
  const maxChars = Math.floor((nameWidth - 12) / CHAR_W);
  // Long names and relations wrap onto more lines (the row grows); nothing is cut off.
  const titleLines = rowTitles.map((t) => wrapWords(t, maxChars));
  const rowHeights = titleLines.map((lines) => Math.max(ROW_H, 8 + lines.length * LINE_H));
  const rowTops = rowHeights.map((_, r) => AXIS_H + rowHeights.slice(0, r).reduce((a, b) => a + b, 0));
  const plotWidth = Math.max(MIN_PLOT_W, Math.round(span * PX_PER_YEAR));
  const width = nameWidth + plotWidth + 12;
  const height = AXIS_H + rowHeights.reduce((a, b) => a + b, 0) + 4;
  const x = (t: number) => nameWidth + ((t - start) / span) * plotWidth;

  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    if (box.width === 0) return;
    const viewX = ((e.clientX - box.left) / box.width) * width;
    if (viewX < nameWidth || viewX > nameWidth + plotWidth) return;
    setAsAt(fromYearFraction(start + ((viewX - nameWidth) / plotWidth) * span));
  };
  const patternOf = (householdId: Id) => `${patternPrefix}-${(householdIndex.get(householdId) ?? 0) % PATTERN_COUNT}`;

  return (
    <section className="household-timeline" aria-label="Household timeline">
      <SubjectPicker doc={doc} subjects={subjects} value={subject} onChange={setPicked} />
      <div className="household-timeline__scroll">
        <svg
          className="household-timeline__svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={`Household timeline for ${nameOf(subject)}: ${timeline.rows.length} people. Click to set the reference date.`}
          data-testid="household-timeline"
          onClick={onClick}
        >
          <HouseholdPatterns prefix={patternPrefix} />
          <g className="household-timeline__axis">
            {axisTicks(start, end, plotWidth).map((tick) => (
              <g key={tick.at}>
                <line x1={x(tick.at)} x2={x(tick.at)} y1={AXIS_H - 4} y2={height} className="household-timeline__grid" />
                <text x={x(tick.at)} y={AXIS_H - 6} textAnchor="middle">
                  {tick.label}
                </text>
              </g>
            ))}
          </g>
          {timeline.rows.map((row, r) => {
            const top = rowTops[r]!;
            const rowHeight = rowHeights[r]!;
            const mid = top + rowHeight / 2;
            const title = rowTitles[r] ?? '';
            const lines = titleLines[r]!;
            return (
              <g key={row.personId} className="household-timeline__row" data-person={row.personId} data-testid="timeline-row">
                {/* Every other row shaded, to lead the eye from a name to its bars. */}
                {r % 2 === 1 ? <rect x={0} y={top} width={width} height={rowHeight} className="household-timeline__stripe" /> : null}
                <text x={4} y={mid + 4 - ((lines.length - 1) * LINE_H) / 2} className="household-timeline__name">
                  <title>{title}</title>
                  {lines.map((line, i) => (
                    <tspan key={i} x={4} dy={i === 0 ? 0 : LINE_H}>
                      {line}
                    </tspan>
                  ))}
                </text>
                {row.bars.map((bar, b) => {
                  const barHeight = bar.visiting ? VISIT_H : BAR_H;
                  return (
                    <rect
                      key={b}
                      x={x(bar.start)}
                      y={mid - barHeight / 2}
                      width={Math.max(1, x(bar.openEnd ? end : bar.end) - x(bar.start))}
                      height={barHeight}
                      className="household-timeline__bar"
                      fill={`url(#${patternOf(bar.householdId)})`}
                      data-household={bar.householdId}
                      data-visiting={bar.visiting ? 'true' : undefined}
                    >
                      <title>
                        {`${householdLabel(bar.householdId)}${bar.visiting ? ' (visiting)' : ''}: ${bar.from ? formatDate(bar.from) : 'from before'} – ${bar.to ? formatDate(bar.to) : 'onwards'}`}
                      </title>
                    </rect>
                  );
                })}
                {row.marks.map((mark, m) => (
                  <Mark key={m} mark={mark} cx={x(mark.at)} cy={mid} title={markTitle(mark, nameOf)} />
                ))}
                <TimelineEventMarks personId={row.personId} x={x} cy={mid} publication={publication} />
              </g>
            );
          })}
          {/* What lies after the reference date is faded: the figure shows the family as at that date. */}
          {timeline.asAt < end ? (
            <rect x={x(timeline.asAt)} y={AXIS_H - 4} width={x(end) - x(timeline.asAt)} height={height - AXIS_H + 4} className="household-timeline__after" />
          ) : null}
          <line x1={x(timeline.asAt)} x2={x(timeline.asAt)} y1={AXIS_H - 4} y2={height} className="household-timeline__asat" data-testid="timeline-asat-line">
            <title>{`As at ${publication ? formatMonthYear(asAt) : formatDate(asAt)}`}</title>
          </line>
        </svg>
      </div>
      <ul className="household-timeline__legend">
        {timeline.householdIds.map((id) => (
          <li key={id}>
            <svg width={22} height={12} className="household-timeline__swatch" aria-hidden="true">
              <rect x={0.5} y={0.5} width={21} height={11} fill={`url(#${patternOf(id)})`} className="household-timeline__bar" />
            </svg>
            {householdLabel(id)}
          </li>
        ))}
        <li>○ birth · ✕ death · ◇ partnership event · | chronology event · thin bar: visiting · red line: reference date (later years faded)</li>
      </ul>
    </section>
  );
}

/**
 * One fill per household slot: a light colour with a distinct texture (plain, diagonal, dots,
 * cross-hatch, horizontal, vertical), so households stay apart without colour.
 */
function HouseholdPatterns({ prefix }: { prefix: string }) {
  const tile = (i: number, colour: string, texture: ReactNode) => (
    <pattern key={i} id={`${prefix}-${i}`} width={6} height={6} patternUnits="userSpaceOnUse">
      <rect width={6} height={6} fill={colour} />
      {texture}
    </pattern>
  );
  const ink = { stroke: '#333', strokeWidth: 1 };
  return (
    <defs>
      {tile(0, '#c6dbef', null)}
      {tile(1, '#fdd0a2', <path d="M-1 1L1 -1M0 6L6 0M5 7L7 5" {...ink} />)}
      {tile(2, '#c7e9c0', <circle cx={3} cy={3} r={1.1} fill="#333" />)}
      {tile(3, '#dadaeb', <path d="M0 0L6 6M6 0L0 6" {...ink} strokeWidth={0.7} />)}
      {tile(4, '#fee391', <path d="M0 3H6" {...ink} />)}
      {tile(5, '#e0e0e0', <path d="M3 0V6" {...ink} />)}
    </defs>
  );
}

function Mark({ mark, cx, cy, title }: { mark: TimelineMark; cx: number; cy: number; title: string }) {
  const r = MARK_R;
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
