import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../src/core/model/emptyDocument';
import { createEditor } from '../../src/editor/createEditor';
import { createInProcessLayoutRunner } from '../../src/editor/inProcessLayout';
import { EditorProvider, useEditor, useView } from '../../src/ui/EditorStoreContext';

function Title() {
  const title = useEditor((s) => s.doc.settings.title);
  const publication = useView((s) => s.publication);
  return <h1>{publication ? 'Genogram' : title}</h1>;
}

describe('EditorStoreContext', () => {
  it('gives each provider its own editor', () => {
    const a = createEditor({ document: emptyDocument('First'), layout: createInProcessLayoutRunner() });
    const b = createEditor({ document: emptyDocument('Second'), layout: createInProcessLayoutRunner() });
    const html = renderToString(
      <>
        <EditorProvider editor={a}>
          <Title />
        </EditorProvider>
        <EditorProvider editor={b}>
          <Title />
        </EditorProvider>
      </>,
    );
    expect(html).toContain('<h1>First</h1>');
    expect(html).toContain('<h1>Second</h1>');
    a.dispose();
    b.dispose();
  });

  it('says clearly when a component is used outside a provider', () => {
    expect(() => renderToString(<Title />)).toThrow(/no editor here/);
  });
});
