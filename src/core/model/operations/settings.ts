import type { DocumentSettings, GenogramDocument, NotationOptions } from '../types';
import { applyPatch, type Patch } from './shared';

export type SettingsPatch = Patch<Omit<DocumentSettings, 'notation'>> & { notation?: Partial<NotationOptions> };

/** Notation options are merged one by one, so a patch can switch a single option. */
export function updateSettings(doc: GenogramDocument, patch: SettingsPatch): GenogramDocument {
  const { notation, ...rest } = patch;
  let settings = applyPatch(doc.settings, rest as Patch<DocumentSettings>);
  if (notation) {
    const merged = applyPatch(settings.notation, notation);
    if (merged !== settings.notation) settings = { ...settings, notation: merged };
  }
  return settings === doc.settings ? doc : { ...doc, settings };
}
