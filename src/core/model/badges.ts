import { KNOWN_BADGES, type Person } from './types';

const DERIVED_BADGE_LABELS: Record<string, string> = {
  D: 'Disability',
  LD: 'Learning disability',
};

/** The short badges shown beside a person: D and LD from the record, then the person's own badges. */
export function badgesOf(p: Person): string[] {
  const out: string[] = [];
  if (p.disability?.status === 'yes') out.push('D');
  if (p.conditions?.learningDisability) out.push('LD');
  for (const b of p.badges ?? []) {
    const text = b.trim();
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}

export function badgeMeaning(badge: string): string {
  return DERIVED_BADGE_LABELS[badge] ?? (KNOWN_BADGES as Record<string, string>)[badge] ?? 'Status noted by the author';
}
