import type { LayoutResult } from '../core/layout/types';
import type { GenogramDocument } from '../core/model/types';
import { createEditor } from '../editor/createEditor';
import { createInProcessLayoutRunner } from '../editor/inProcessLayout';

/** The layout the app would show for the document: the headless editor's pipeline, run in this process. */
export async function layOutHeadless(doc: GenogramDocument): Promise<LayoutResult> {
  const editor = createEditor({ document: doc, layout: createInProcessLayoutRunner() });
  try {
    return (await editor.whenLaidOut()).layout;
  } finally {
    editor.dispose();
  }
}
