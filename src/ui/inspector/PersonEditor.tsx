import { useState } from 'react';
import { updatePerson } from '../../core/model/operations/persons';
import type { Patch } from '../../core/model/operations/shared';
import { KNOWN_BADGES, type Conditions, type Person } from '../../core/model/types';
import { CheckboxField, DateField, Section, SelectField, TextField, textOrUndefined } from './fields';
import {
  DISABILITY_OPTIONS,
  ETHNICITY_OPTIONS,
  GENDER_OPTIONS,
  PREGNANCY_OPTIONS,
  SUBSTANCE_OPTIONS,
  parseBadges,
} from './personOptions';
import { PersonRelations } from './PersonRelations';
import { SignificantOtherEditor } from './SignificantOtherEditor';
import type { DocEdit } from './useDocEdit';

const KNOWN_BADGE_KEYS = Object.keys(KNOWN_BADGES) as (keyof typeof KNOWN_BADGES)[];

/** Every attribute of one person, each change one undo step per typing burst. */
export function PersonEditor({ person, edit }: { person: Person; edit: DocEdit }) {
  const set = (field: string, patch: Patch<Person>, label = 'Edit person') =>
    edit(label, (doc) => updatePerson(doc, person.id, patch), `person:${person.id}:${field}`);
  const conditions = person.conditions ?? {};
  const setCondition = (patch: Partial<Conditions>) => {
    const next: Conditions = { ...conditions, ...patch };
    for (const k of Object.keys(next) as (keyof Conditions)[]) if (next[k] === undefined || next[k] === false) delete next[k];
    set('conditions', { conditions: Object.keys(next).length ? next : undefined }, 'Edit conditions');
  };
  const badges = person.badges ?? [];
  const freeBadges = badges.filter((b) => !(KNOWN_BADGE_KEYS as string[]).includes(b));
  const [freeBadgeText, setFreeBadgeText] = useState(freeBadges.join(', '));
  if (parseBadges(freeBadgeText).join('\u0000') !== freeBadges.join('\u0000')) {
    // The badges changed elsewhere (undo): show them as they now are.
    setFreeBadgeText(freeBadges.join(', '));
  }
  const setBadges = (list: string[]) => set('badges', { badges: list.length ? list : undefined }, 'Edit badges');

  return (
    <div className="inspector__editor" data-testid="person-editor">
      <Section title="Person">
        <TextField label="Given names" value={person.givenNames} nameField testId="inspector-given-names" onChange={(v) => set('givenNames', { givenNames: textOrUndefined(v) }, 'Edit name')} />
        <TextField label="Family name" value={person.familyName} testId="inspector-family-name" onChange={(v) => set('familyName', { familyName: textOrUndefined(v) }, 'Edit name')} />
        <TextField label="Label on the figure (instead of the name)" value={person.label} testId="inspector-label" onChange={(v) => set('label', { label: textOrUndefined(v) })} />
        <TextField label="Second line" value={person.secondLine} onChange={(v) => set('secondLine', { secondLine: textOrUndefined(v) })} />
        <SelectField label="Gender" value={person.gender} options={GENDER_OPTIONS} testId="inspector-gender" onChange={(gender) => set('gender', { gender })} />
        <TextField label="Sex assigned at birth (note)" value={person.sexAtBirthNote} onChange={(v) => set('sexAtBirthNote', { sexAtBirthNote: textOrUndefined(v) })} />
        <DateField label="Born" value={person.birth} testId="inspector-birth" onChange={(birth) => set('birth', { birth }, 'Edit birth date')} />
        <DateField label="Died" value={person.death} testId="inspector-death" onChange={(death) => set('death', { death }, 'Edit death date')} />
        <CheckboxField
          label={person.death ? 'Deceased (clear the date of death to change)' : 'Deceased'}
          checked={!!person.deceased || !!person.death}
          disabled={!!person.death}
          onChange={(deceased) => set('deceased', { deceased: deceased || undefined }, 'Edit deceased')}
        />
        <CheckboxField label="Unknown person (drawn with ?)" checked={!!person.placeholder} onChange={(v) => set('placeholder', { placeholder: v || undefined })} />
        <CheckboxField label="Subject of the review" checked={!!person.subject} testId="inspector-subject" onChange={(v) => set('subject', { subject: v || undefined })} />
      </Section>

      <SignificantOtherEditor person={person} set={set} />

      <Section title="Pregnancy">
        <SelectField
          label="Pregnancy or loss"
          value={person.pregnancy?.outcome ?? 'none'}
          options={PREGNANCY_OPTIONS}
          testId="inspector-pregnancy"
          onChange={(outcome) =>
            set('pregnancy', { pregnancy: outcome === 'none' ? undefined : { ...person.pregnancy, outcome } }, 'Edit pregnancy')
          }
        />
        {person.pregnancy ? (
          <DateField
            label="Expected (or ended)"
            value={person.pregnancy.expected}
            onChange={(expected) => {
              const { expected: _old, ...rest } = person.pregnancy!;
              set('pregnancyExpected', { pregnancy: expected ? { ...rest, expected } : rest }, 'Edit pregnancy');
            }}
          />
        ) : null}
      </Section>

      <Section title="Ethnicity and disability">
        <SelectField
          label="Ethnicity"
          value={person.ethnicity?.status ?? 'unset'}
          options={ETHNICITY_OPTIONS}
          onChange={(status) =>
            set(
              'ethnicity',
              {
                ethnicity:
                  status === 'unset'
                    ? undefined
                    : status === 'not-recorded'
                      ? { status }
                      : { status, text: person.ethnicity?.status === 'recorded' ? person.ethnicity.text : '' },
              },
              'Edit ethnicity',
            )
          }
        />
        {person.ethnicity?.status === 'recorded' ? (
          <TextField label="Ethnicity as recorded" value={person.ethnicity.text} onChange={(text) => set('ethnicityText', { ethnicity: { status: 'recorded', text } }, 'Edit ethnicity')} />
        ) : null}
        <SelectField
          label="Disability"
          value={person.disability?.status ?? 'unset'}
          options={DISABILITY_OPTIONS}
          onChange={(status) =>
            set('disability', { disability: status === 'unset' ? undefined : { ...person.disability, status } }, 'Edit disability')
          }
        />
        {person.disability ? (
          <TextField
            label="Disability details"
            value={person.disability.text}
            onChange={(text) => set('disabilityText', { disability: { ...person.disability!, text: textOrUndefined(text) } }, 'Edit disability')}
          />
        ) : null}
      </Section>

      <Section title="Conditions">
        <CheckboxField label="Mental ill-health" checked={!!conditions.mentalIllHealth} onChange={(v) => setCondition({ mentalIllHealth: v })} />
        <SelectField
          label="Substance misuse"
          value={conditions.substanceMisuse ?? 'none'}
          options={SUBSTANCE_OPTIONS}
          onChange={(v) => setCondition({ substanceMisuse: v === 'none' ? undefined : v })}
        />
        <CheckboxField label="Serious physical illness" checked={!!conditions.seriousPhysicalIllness} onChange={(v) => setCondition({ seriousPhysicalIllness: v })} />
        <CheckboxField label="Learning disability" checked={!!conditions.learningDisability} onChange={(v) => setCondition({ learningDisability: v })} />
      </Section>

      <Section title="Badges">
        {KNOWN_BADGE_KEYS.map((key) => (
          <CheckboxField
            key={key}
            label={`${key}: ${KNOWN_BADGES[key]}`}
            checked={badges.includes(key)}
            onChange={(on) => setBadges(on ? [...badges, key] : badges.filter((b) => b !== key))}
          />
        ))}
        <TextField
          label="Other badges (comma-separated)"
          value={freeBadgeText}
          onChange={(text) => {
            setFreeBadgeText(text);
            setBadges([...badges.filter((b) => (KNOWN_BADGE_KEYS as string[]).includes(b)), ...parseBadges(text)]);
          }}
        />
      </Section>

      <Section title="Notes">
        <TextField label="Notes" multiline value={person.notes} onChange={(v) => set('notes', { notes: textOrUndefined(v) }, 'Edit notes')} />
      </Section>

      <PersonRelations person={person} edit={edit} />
    </div>
  );
}
