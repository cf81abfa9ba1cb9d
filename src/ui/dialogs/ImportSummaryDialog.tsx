import { useMemo, useState, type CSSProperties } from 'react';
import type { HouseholdSuggestion, ImportIssue, MultipleBirthSuggestion } from '../../core/gedcom/importTypes';
import { formatDate } from '../../core/dates/partialDate';
import { displayName } from '../../core/model/documentIndex';
import type { Id, Person } from '../../core/model/types';
import { openGedcomImport } from '../actions/openFile';
import type { GedcomImportReview } from '../../platform/files/interpretFile';
import type { ActionContext } from '../actions/context';
import { Modal } from './Modal';

/** Issues shown before "Show all": enough to see the pattern, few enough to keep the dialog short. */
const ISSUES_SHOWN = 8;
/** Household members named before "and N more". */
const MEMBERS_NAMED = 6;

const styles = {
  counts: { display: 'grid', gridTemplateColumns: 'auto auto', gap: '0.1rem 1rem', margin: '0.4rem 0', justifyContent: 'start' },
  issues: { maxHeight: '11rem', overflowY: 'auto', margin: '0.2rem 0', paddingLeft: '1.2rem', fontSize: '0.9em' },
  section: { border: '1px solid #ccc', borderRadius: 4, padding: '0.4rem 0.7rem', margin: '0.6rem 0' },
  suggestions: { maxHeight: '12rem', overflowY: 'auto', listStyle: 'none', padding: 0, margin: '0.2rem 0' },
  hint: { fontSize: '0.9em', color: '#555', margin: '0.2rem 0' },
  // The modal's stylesheet makes inputs full-width block fields; a checkbox sits beside its text.
  tick: { display: 'flex', alignItems: 'baseline', gap: '0.4rem', color: 'inherit', fontSize: '0.9rem', margin: '0.2rem 0' },
  checkbox: { width: 'auto', padding: 0, margin: 0, flex: 'none' },
} satisfies Record<string, CSSProperties>;

/**
 * What a GEDCOM file gave: version, encoding, counts, what was skipped and why, warnings, and
 * the suggested multiple births and households as checkboxes, all ticked (what the file says,
 * taken unless the user unticks it; the command line takes the same). The open document is
 * replaced only by "Open with the ticked" or "Open without them"; Cancel leaves it as it was.
 */
export function ImportSummaryDialog({ ctx, review, onClose }: { ctx: ActionContext; review: GedcomImportReview; onClose: () => void }) {
  const { summary, suggestions, document: imported } = review;
  const [births, setBirths] = useState<ReadonlySet<number>>(() => new Set(suggestions.multipleBirths.map((_, i) => i)));
  const [households, setHouseholds] = useState<ReadonlySet<number>>(() => new Set(suggestions.households.map((_, i) => i)));
  const [problem, setProblem] = useState<string | null>(null);
  const persons = useMemo(() => new Map(imported.persons.map((p) => [p.id, p])), [imported]);
  const hasSuggestions = suggestions.multipleBirths.length + suggestions.households.length > 0;
  const ticked = births.size + households.size;

  const open = (withChosen: boolean) => {
    try {
      openGedcomImport(
        review,
        {
          multipleBirths: withChosen ? [...births].map((i) => suggestions.multipleBirths[i]!.members[0]!) : false,
          households: withChosen ? [...households].map((i) => suggestions.households[i]!.household.id) : false,
        },
        ctx,
      );
    } catch (error) {
      setProblem(`The import could not be opened: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const read = summary.read;
  return (
    <Modal title={`Import "${review.fileName}"`} onClose={onClose} testId="gedcom-import-dialog" wide>
      <p style={styles.hint}>
        GEDCOM {summary.version ?? '(version not given)'}, {summary.encoding}, {summary.lines.toLocaleString('en-GB')} lines. The open
        document is not changed until you choose to open this import.
      </p>
      <dl style={styles.counts} aria-label="Read from the file">
        <Count label="Persons" name="persons" value={read.persons} />
        <Count label="Families" name="families" value={read.families} />
        <Count label="Partnerships" name="partnerships" value={read.partnerships} />
        <Count label="Parent links" name="parent-links" value={read.parentLinks} />
        <Count label="Events" name="events" value={read.events} />
        <Count label="Notes" name="notes" value={read.notes} />
      </dl>
      <IssueList title="Skipped" why="left out, and why" issues={summary.skipped} testId="gedcom-import-skipped" />
      <IssueList title="Warnings" why="taken in, but changed or approximated" issues={summary.warnings} testId="gedcom-import-warnings" />
      {hasSuggestions ? (
        <fieldset style={styles.section} data-testid="gedcom-import-suggestions">
          <legend>Suggestions (all ticked: untick any you do not want)</legend>
          {suggestions.multipleBirths.length ? (
            <>
              <p style={styles.hint}>Twins and other multiple births, suggested from equal birth dates in one family (added as fraternal):</p>
              <ul style={styles.suggestions}>
                {suggestions.multipleBirths.map((s, i) => (
                  <Tick key={i} checked={births.has(i)} onChange={(on) => setBirths(toggled(births, i, on))} testId="suggested-multiple-birth">
                    {multipleBirthText(s, persons)}
                  </Tick>
                ))}
              </ul>
            </>
          ) : null}
          {suggestions.households.length ? (
            <>
              <p style={styles.hint}>Households, from the residences (RESI) at the same address or place, dated or not:</p>
              <ul style={styles.suggestions}>
                {suggestions.households.map((s, i) => (
                  <Tick key={i} checked={households.has(i)} onChange={(on) => setHouseholds(toggled(households, i, on))} testId="suggested-household">
                    {householdText(s, persons)}
                  </Tick>
                ))}
              </ul>
            </>
          ) : null}
        </fieldset>
      ) : null}
      {problem ? (
        <p className="authoring-problem__list" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="authoring-modal__actions">
        {hasSuggestions ? (
          <>
            <button type="button" disabled={ticked === 0} onClick={() => open(true)}>
              Open with the ticked{ticked ? ` (${ticked})` : ''}
            </button>
            <button type="button" onClick={() => open(false)}>
              Open without them
            </button>
          </>
        ) : (
          <button type="button" onClick={() => open(false)}>
            Open
          </button>
        )}
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}

function Count({ label, name, value }: { label: string; name: string; value: number }) {
  return (
    <>
      <dt>{label}</dt>
      <dd style={{ margin: 0, fontVariantNumeric: 'tabular-nums' }} data-testid={`gedcom-import-count-${name}`} data-value={value}>
        {value.toLocaleString('en-GB')}
      </dd>
    </>
  );
}

function IssueList({ title, why, issues, testId }: { title: string; why: string; issues: ImportIssue[]; testId: string }) {
  const [all, setAll] = useState(false);
  if (!issues.length) {
    return (
      <p style={styles.hint} data-testid={testId} data-count={0}>
        {title}: none.
      </p>
    );
  }
  const shown = all ? issues : issues.slice(0, ISSUES_SHOWN);
  return (
    <section data-testid={testId} data-count={issues.length}>
      <h3 style={{ fontSize: '1em', margin: '0.6rem 0 0.1rem' }}>
        {title}: {issues.length.toLocaleString('en-GB')} ({why})
      </h3>
      <ul style={styles.issues}>
        {shown.map((issue, i) => (
          <li key={i}>{issue.line !== undefined ? `Line ${issue.line}: ${issue.message}` : issue.message}</li>
        ))}
      </ul>
      {issues.length > ISSUES_SHOWN ? (
        <button type="button" onClick={() => setAll(!all)}>
          {all ? `Show the first ${ISSUES_SHOWN} only` : `Show all ${issues.length.toLocaleString('en-GB')}`}
        </button>
      ) : null}
    </section>
  );
}

function Tick({ checked, onChange, testId, children }: { checked: boolean; onChange: (on: boolean) => void; testId: string; children: string }) {
  return (
    <li>
      <label data-testid={testId} style={styles.tick}>
        <input type="checkbox" style={styles.checkbox} checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
        <span>{children}</span>
      </label>
    </li>
  );
}

function toggled(set: ReadonlySet<number>, index: number, on: boolean): ReadonlySet<number> {
  const next = new Set(set);
  if (on) next.add(index);
  else next.delete(index);
  return next;
}

function nameOf(id: Id, persons: Map<Id, Person>): string {
  const person = persons.get(id);
  return (person && displayName(person)) || 'unnamed person';
}

function listOfNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function multipleBirthText(s: MultipleBirthSuggestion, persons: Map<Id, Person>): string {
  return `${listOfNames(s.members.map((id) => nameOf(id, persons)))}, born ${formatDate(s.birth)} (family ${s.family})`;
}

function householdText(s: HouseholdSuggestion, persons: Map<Id, Person>): string {
  const { household } = s;
  const members = household.members.map((m) => {
    const period = m.from && m.to ? `${formatDate(m.from)} to ${formatDate(m.to)}` : m.from ? `from ${formatDate(m.from)}` : m.to ? `until ${formatDate(m.to)}` : 'dates not known';
    return `${nameOf(m.person, persons)} (${period})`;
  });
  const named = members.slice(0, MEMBERS_NAMED);
  const more = members.length - named.length;
  const lines =
    s.lines.length === 1 ? `line ${s.lines[0]}` : `lines ${s.lines.slice(0, 4).join(', ')}${s.lines.length > 4 ? ` and ${s.lines.length - 4} more` : ''}`;
  return `${household.label}: ${named.join('; ')}${more ? `; and ${more} more` : ''} (${lines})`;
}
