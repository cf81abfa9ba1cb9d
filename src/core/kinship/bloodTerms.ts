import type { Gender } from '../model/types';

/** Which side of the family a relative is on, from the subject's parent on the path. */
export type Side = 'maternal' | 'paternal' | undefined;

function gendered(gender: Gender, female: string, male: string, neutral: string): string {
  return gender === 'female' ? female : gender === 'male' ? male : neutral;
}

function greats(count: number): string {
  return 'great-'.repeat(Math.max(0, count));
}

export function sided(side: Side, term: string): string {
  return side ? `${side} ${term}` : term;
}

function ordinal(n: number): string {
  const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  return words[n - 1] ?? `${n}th`;
}

function removed(n: number): string {
  if (n === 0) return '';
  if (n === 1) return ' once removed';
  if (n === 2) return ' twice removed';
  return ` ${n} times removed`;
}

/** parent, grandparent, great-grandparent: for gender-neutral terms built from an ancestor. */
function ancestorWord(up: number): string {
  if (up === 1) return 'parent';
  if (up === 2) return 'grandparent';
  return `${greats(up - 2)}grandparent`;
}

/**
 * The English word a reviewer writes for a blood relative who shares an ancestor `up`
 * generations above the subject and `down` generations above the relative.
 * `half` marks a line through a half-sibling pair; `side` is maternal or paternal, the
 * parent the relation runs through. Every relative reached through one parent only carries
 * the side (grandparents, aunts, cousins, half-siblings and their children); full siblings
 * and their children, reached through both parents, and the subject's own descendants do not.
 */
export function bloodTerm(up: number, down: number, gender: Gender, side: Side, half: boolean): string {
  const halfPrefix = half ? 'half-' : '';
  const ownSide: Side = half ? side : undefined;
  if (up === 0 && down === 0) return 'self';
  if (up === 0) {
    if (down === 1) return gendered(gender, 'daughter', 'son', 'child');
    return greats(down - 2) + gendered(gender, 'granddaughter', 'grandson', 'grandchild');
  }
  if (down === 0) {
    if (up === 1) return gendered(gender, 'mother', 'father', 'parent');
    return sided(side, greats(up - 2) + gendered(gender, 'grandmother', 'grandfather', 'grandparent'));
  }
  if (up === 1 && down === 1) return sided(ownSide, halfPrefix + gendered(gender, 'sister', 'brother', 'sibling'));
  if (up === 1) {
    if (gender !== 'female' && gender !== 'male') {
      return sided(ownSide, halfPrefix + (down === 2 ? "sibling's child" : `sibling's ${greats(down - 3)}grandchild`));
    }
    return sided(ownSide, halfPrefix + greats(down - 2) + gendered(gender, 'niece', 'nephew', ''));
  }
  if (down === 1) {
    if (gender !== 'female' && gender !== 'male') return sided(side, `${halfPrefix}${ancestorWord(up - 1)}'s sibling`);
    return sided(side, halfPrefix + greats(up - 2) + gendered(gender, 'aunt', 'uncle', ''));
  }
  const degree = Math.min(up, down) - 1;
  return sided(side, (degree === 1 ? 'cousin' : `${ordinal(degree)} cousin`) + removed(Math.abs(up - down)));
}
