import { OperationError } from '../model/operationError';
import { addHousehold, updateHousehold } from '../model/operations/households';
import { setMultipleBirth } from '../model/operations/multipleBirths';
import type { GenogramDocument, Id } from '../model/types';
import type { HouseholdSuggestion, MultipleBirthSuggestion } from './importTypes';

export interface ImportSuggestions {
  multipleBirths: MultipleBirthSuggestion[];
  households: HouseholdSuggestion[];
}

/**
 * Which suggestions to take: `true` all, `false` none, or a list. A multiple birth is named by
 * any one of its members (a person is in at most one suggestion); a household by the id of the
 * suggested household (`suggestion.household.id`).
 */
export interface SuggestionChoice {
  multipleBirths: boolean | Id[];
  households: boolean | string[];
}

/**
 * What a user accepting the defaults takes: every suggestion, since the summary dialog shows
 * them all ticked (households read from the file's own residences, twins from equal birth
 * dates). The command line takes the same, so its output is what the editor would show.
 */
export const DEFAULT_SUGGESTION_CHOICE: SuggestionChoice = { multipleBirths: true, households: true };

/**
 * The imported document with the chosen suggestions made real: each multiple birth as a
 * group (fraternal, since GEDCOM cannot say whether twins are identical) and each household
 * with its members' periods and address. A choice naming no suggestion is refused by name,
 * so a stale selection cannot silently apply nothing.
 */
export function applyImportSuggestions(
  doc: GenogramDocument,
  suggestions: ImportSuggestions,
  choice: SuggestionChoice,
): GenogramDocument {
  const births = chosenMultipleBirths(suggestions.multipleBirths, choice.multipleBirths);
  const households = chosenHouseholds(suggestions.households, choice.households);
  let next = doc;
  for (const birth of births) next = setMultipleBirth(next, birth.members, 'fraternal').doc;
  for (const { household } of households) {
    const added = addHousehold(next, household.label, []);
    next = updateHousehold(added.doc, added.id, {
      members: household.members.map((m) => ({ ...m })),
      ...(household.address !== undefined ? { address: household.address } : {}),
    });
  }
  return next;
}

function chosenMultipleBirths(all: MultipleBirthSuggestion[], choice: boolean | Id[]): MultipleBirthSuggestion[] {
  if (typeof choice === 'boolean') return choice ? all : [];
  const chosen = new Set<MultipleBirthSuggestion>();
  for (const id of choice) {
    const found = all.find((s) => s.members.includes(id));
    if (!found) throw new OperationError(`No suggested multiple birth includes the person "${id}"`);
    chosen.add(found);
  }
  return all.filter((s) => chosen.has(s));
}

function chosenHouseholds(all: HouseholdSuggestion[], choice: boolean | string[]): HouseholdSuggestion[] {
  if (typeof choice === 'boolean') return choice ? all : [];
  for (const id of choice) {
    if (!all.some((s) => s.household.id === id)) throw new OperationError(`No suggested household has the id "${id}"`);
  }
  const wanted = new Set(choice);
  return all.filter((s) => wanted.has(s.household.id));
}
