import type { GenogramDocument, NotationOptions } from '../../core/model/types';
import { CheckboxField, DateField, Section, SelectField, TextField, textOrUndefined } from './fields';
import { updateSettings } from '../../core/model/operations';
import type { DocEdit } from './useDocEdit';

const NOTATION_LABELS: Record<keyof NotationOptions, string> = {
  showAges: 'Show ages',
  showYears: 'Show years of birth and death',
  showPartnershipLabels: 'Show partnership dates',
  showHouseholds: 'Show households',
  showRelationshipLines: 'Show relationship lines',
  showLegend: 'Show the legend',
};

// Generations, partner order and sibling order are the same either way; only the spacing along each row differs.
const LAYOUT_ENGINES: { value: 'standard' | 'elk'; label: string }[] = [
  { value: 'elk', label: 'ELK layered (default)' },
  { value: 'standard', label: 'Own placement (for very large families)' },
];

// Services differ in how their reports name an ended partnership; the terms follow the author's choice everywhere.
const ENDED_PARTNER_WORDS: { value: 'former' | 'ex'; label: string }[] = [
  { value: 'former', label: '"Former husband", "mother\'s former partner" (default)' },
  { value: 'ex', label: '"Ex-husband", "mother\'s ex-partner"' },
];

/** Shown when nothing is selected: the document's title, caption, reference date and notation. */
export function DocumentSettingsEditor({ doc, edit }: { doc: GenogramDocument; edit: DocEdit }) {
  const s = doc.settings;
  return (
    <div className="inspector__editor" data-testid="document-settings">
      <Section title="Document">
        <TextField label="Title" value={s.title} testId="document-title" onChange={(title) => edit('Edit title', (d) => updateSettings(d, { title }), 'settings:title')} />
        <TextField label="Caption" multiline value={s.caption} onChange={(v) => edit('Edit caption', (d) => updateSettings(d, { caption: textOrUndefined(v) }), 'settings:caption')} />
        <DateField label="Reference date (empty means today)" value={s.asAt} testId="document-as-at" onChange={(asAt) => edit('Set reference date', (d) => updateSettings(d, { asAt }), 'settings:asAt')} />
      </Section>
      <Section title="Notation">
        {(Object.keys(NOTATION_LABELS) as (keyof NotationOptions)[]).map((k) => (
          <CheckboxField key={k} label={NOTATION_LABELS[k]} checked={s.notation[k]} onChange={(v) => edit('Edit notation', (d) => updateSettings(d, { notation: { [k]: v } }))} />
        ))}
      </Section>
      <Section title="Relationship terms">
        <SelectField
          label="A partner whose partnership ended"
          value={s.endedPartnerWord ?? 'former'}
          options={ENDED_PARTNER_WORDS}
          testId="ended-partner-word"
          onChange={(word) => edit('Choose relationship terms', (d) => updateSettings(d, { endedPartnerWord: word === 'former' ? undefined : word }))}
        />
      </Section>
      <Section title="Layout">
        <SelectField
          label="Placement and routing"
          value={s.layoutEngine ?? 'elk'}
          options={LAYOUT_ENGINES}
          testId="layout-engine"
          onChange={(engine) => edit('Choose layout', (d) => updateSettings(d, { layoutEngine: engine === 'elk' ? undefined : engine }))}
        />
      </Section>
      <p className="inspector__hint">Select a person to edit them, or press N to add one. Press ? for all shortcuts.</p>
    </div>
  );
}
