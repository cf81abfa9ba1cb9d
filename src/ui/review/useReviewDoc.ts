import { useMemo } from 'react';
import { referenceDate } from '../../core/model/referenceDate';
import type { GenogramDocument, Id, PartialDate } from '../../core/model/types';
import { anonymise } from '../../core/publication/anonymise';
import { setAsAtCommand } from '../../editor/commands';
import { useEditor, useEditorStore } from '../EditorStoreContext';

/** The reference date: the document's, or today when it has none. */
export function useAsAt(): PartialDate {
  const settings = useEditor((s) => s.doc.settings);
  return useMemo(() => referenceDate({ settings }), [settings]);
}

/** Sets (or with undefined clears) the reference date; a burst of slider moves is one undo step. */
export function useSetAsAt(): (asAt: PartialDate | undefined) => void {
  const store = useEditorStore();
  return (asAt) => void setAsAtCommand(store, asAt);
}

/** The document as a reviewer panel should show it: the anonymised copy in publication mode. */
export function useShownDoc(publication: boolean, asAt: PartialDate): GenogramDocument {
  const doc = useEditor((s) => s.doc);
  return useMemo(() => (publication ? anonymise(doc, { asAt }) : doc), [doc, publication, asAt]);
}

/** The subjects to choose between, and the one chosen (the first unless another is picked). */
export function subjectsOf(doc: GenogramDocument): Id[] {
  return doc.persons.filter((p) => p.subject).map((p) => p.id);
}
