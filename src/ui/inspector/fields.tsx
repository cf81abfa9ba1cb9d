import { useId, useState, type ReactNode } from 'react';
import { formatDate, parsePartialDate } from '../../core/dates/partialDate';
import { deepEqual } from '../../core/model/deepEqual';
import type { PartialDate } from '../../core/model/types';
import { describeRemoved, removeControls } from '../../core/model/textHygiene';
import { useDraftText } from './draftText';

/** Empty text clears an optional field rather than storing "". */
export function textOrUndefined(value: string): string | undefined {
  return value === '' ? undefined : value;
}

export function TextField({
  label,
  value,
  onChange,
  multiline,
  testId,
  nameField,
  placeholder,
}: {
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
  multiline?: boolean;
  testId?: string;
  /** The field focused when a new person is created. */
  nameField?: boolean;
  placeholder?: string;
}) {
  const id = useId();
  const text = useDraftText(value ?? '', onChange);
  // Control characters (pasted with the text, or typed) are removed, and the field says so.
  const [removed, setRemoved] = useState<string | undefined>(undefined);
  const common = {
    id,
    value: text.draft,
    'data-testid': testId,
    'data-inspector-name': nameField ? '' : undefined,
    placeholder,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const cleaned = removeControls(e.target.value);
      setRemoved(cleaned.removed > 0 ? `${describeRemoved(cleaned)} removed from ${label}: they are not text.` : undefined);
      text.change(cleaned.text);
    },
    onBlur: text.flush,
  };
  return (
    <div className="inspector__field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" autoComplete="off" {...common} />}
      {removed ? (
        <span className="inspector__field-note" role="status" data-testid="control-characters-removed">
          {removed}
        </span>
      ) : null}
    </div>
  );
}

/**
 * A partial date typed naturally ("1998", "Mar 1998", "3/3/1998", "c. 1998"). Checked as it
 * is typed: a readable date is stored at once; otherwise the message shows beside the field
 * and the document keeps its last good value.
 */
export function DateField({
  label,
  value,
  onChange,
  testId,
  commitOnBlur,
  hint,
}: {
  label: string;
  /** A note under the field, e.g. where an empty date's meaning comes from. */
  hint?: string | undefined;
  value: PartialDate | undefined;
  onChange: (value: PartialDate | undefined) => void;
  testId?: string;
  /**
   * Store the date when the field is left (or Enter is pressed) rather than as typed: for dates
   * that re-sort their list (partnership events), so the row does not move while being typed in.
   */
  commitOnBlur?: boolean;
}) {
  const id = useId();
  const messageId = useId();
  const [draft, setDraft] = useState(value ? formatDate(value) : '');
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [shownValue, setShownValue] = useState(value);
  if (!deepEqual(shownValue, value)) {
    // The document changed (typing, undo, another control): follow it unless the draft already means this.
    setShownValue(value);
    const parsed = parsePartialDate(draft);
    if (!(parsed.ok && deepEqual(parsed.date, value))) {
      setDraft(value ? formatDate(value) : '');
      setMessage(undefined);
    }
  }
  return (
    <div className="inspector__field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        inputMode="text"
        placeholder="e.g. 1998, Mar 1998, 3/3/1998, c. 1998"
        data-testid={testId}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? messageId : hint ? `${messageId}-hint` : undefined}
        value={draft}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          const parsed = parsePartialDate(text);
          if (parsed.ok) {
            setMessage(undefined);
            if (!commitOnBlur && !deepEqual(parsed.date, value)) onChange(parsed.date);
          } else {
            setMessage(parsed.message);
          }
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || !commitOnBlur) return;
          const parsed = parsePartialDate(draft);
          if (parsed.ok && !deepEqual(parsed.date, value)) onChange(parsed.date);
        }}
        onBlur={() => {
          const parsed = parsePartialDate(draft);
          if (parsed.ok && commitOnBlur && !deepEqual(parsed.date, value)) onChange(parsed.date);
          if (parsed.ok && parsed.date) setDraft(formatDate(parsed.date));
        }}
      />
      {message ? (
        <span id={messageId} className="inspector__message" role="alert">
          {message}
        </span>
      ) : hint ? (
        <span id={`${messageId}-hint`} className="inspector__hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  testId,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  testId?: string;
}) {
  const id = useId();
  return (
    <div className="inspector__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} data-testid={testId} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField({
  label,
  checked,
  onChange,
  testId,
  disabled,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId?: string;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="inspector__field inspector__field--check">
      <input id={id} type="checkbox" checked={checked} disabled={disabled} data-testid={testId} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const id = useId();
  return (
    <section className="inspector__section" aria-labelledby={id} data-testid={testId}>
      <h3 id={id} className="inspector__heading">
        {title}
      </h3>
      {children}
    </section>
  );
}
