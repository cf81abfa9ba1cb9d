import { today } from '../dates/partialDate';
import type { GenogramDocument, PartialDate } from '../model/types';
import { birthAfterDeath } from './birthAfterDeath';
import { fatherNotKnown } from './fatherNotKnown';
import { householdAdults, householdUnexplained } from './householdAdults';
import { householdWithoutAdult } from './householdWithoutAdult';
import { marriageUnder18 } from './marriageUnder18';
import { olderMother } from './olderMother';
import { partnershipDateOrder } from './partnershipDateOrder';
import { partnershipUnder16 } from './partnershipUnder16';
import { significantOtherDetails } from './significantOthers';
import { youngParent } from './youngParent';
import { birthAfterParentDeath } from './birthAfterParentDeath';
import { equalityData } from './equalityData';
import type { Check, Finding, Severity } from './finding';
import { householdMemberPresence } from './householdMemberPresence';
import { householdPeriodOrder } from './householdPeriodOrder';
import { noSubject } from './noSubject';
import { ownAncestor } from './ownAncestor';
import { parentTooYoung } from './parentTooYoung';
import { partnershipBeforeBirth } from './partnershipBeforeBirth';
import { tooManyBirthParents } from './tooManyBirthParents';
import { twoHouseholds } from './twoHouseholds';
import { unconnected } from './unconnected';
import { childNotSeen } from './childNotSeen';
import { eventsAfterDeath, eventsBeforeBirth, householdEventAdults, namedNotOnGenogram } from './chronologyPersons';

/** In the order a reviewer should read them within one severity. */
export const CHECKS: readonly Check[] = [
  noSubject,
  ownAncestor,
  tooManyBirthParents,
  birthAfterDeath,
  parentTooYoung,
  birthAfterParentDeath,
  partnershipBeforeBirth,
  partnershipDateOrder,
  householdPeriodOrder,
  householdMemberPresence,
  householdWithoutAdult,
  youngParent,
  olderMother,
  partnershipUnder16,
  marriageUnder18,
  twoHouseholds,
  fatherNotKnown,
  householdAdults,
  householdUnexplained,
  significantOtherDetails,
  equalityData,
  unconnected,
  // Across the chronology and the family.
  eventsBeforeBirth,
  eventsAfterDeath,
  childNotSeen,
  householdEventAdults,
  namedNotOnGenogram,
];

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Every finding at the date (the document's reference date, or today): errors first. Never changes the document. */
export function runChecks(doc: GenogramDocument, asAt?: PartialDate): Finding[] {
  const at = asAt ?? doc.settings.asAt ?? today();
  const all = CHECKS.flatMap((check) => check(doc, at));
  return all.map((f, i) => ({ f, i })).sort((x, y) => RANK[x.f.severity] - RANK[y.f.severity] || x.i - y.i).map(({ f }) => f);
}
