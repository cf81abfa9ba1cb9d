import type { Disability, Gender, PregnancyOutcome, SignificantOtherRole, SubstanceMisuse } from '../../core/model/types';

export const GENDER_OPTIONS: { value: Gender; label: string }[] = [
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
  { value: 'nonbinary', label: 'Non-binary' },
  { value: 'unknown', label: 'Not known' },
];

export const PREGNANCY_OPTIONS: { value: PregnancyOutcome | 'none'; label: string }[] = [
  { value: 'none', label: 'Not a pregnancy' },
  { value: 'ongoing', label: 'Ongoing pregnancy' },
  { value: 'miscarriage', label: 'Miscarriage' },
  { value: 'termination', label: 'Termination' },
  { value: 'stillbirth', label: 'Stillbirth' },
];

export const ETHNICITY_OPTIONS = [
  { value: 'unset', label: 'Not entered' },
  { value: 'recorded', label: 'Recorded' },
  { value: 'not-recorded', label: 'Not recorded in the records' },
] as const;

export const DISABILITY_OPTIONS: { value: Disability['status'] | 'unset'; label: string }[] = [
  { value: 'unset', label: 'Not entered' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'not-recorded', label: 'Not recorded in the records' },
];

export const SUBSTANCE_OPTIONS: { value: SubstanceMisuse | 'none'; label: string }[] = [
  { value: 'none', label: 'None recorded' },
  { value: 'yes', label: 'Yes' },
  { value: 'suspected', label: 'Suspected' },
  { value: 'in-recovery', label: 'In recovery' },
];

/** Badges typed as "CPP, LAC, my badge": trimmed, empty parts dropped, duplicates removed. */
export function parseBadges(text: string): string[] {
  return [...new Set(text.split(',').map((s) => s.trim()).filter(Boolean))];
}

export const SIGNIFICANT_OTHER_OPTIONS: { value: SignificantOtherRole | 'none'; label: string }[] = [
  { value: 'none', label: 'None (family, or not known)' },
  { value: 'partner', label: 'Partner of someone in the family (e.g. visits)' },
  { value: 'friend', label: 'Friend' },
  { value: 'lodger', label: 'Lodger' },
  { value: 'household-member', label: 'Household member' },
  { value: 'other', label: 'Other' },
];
