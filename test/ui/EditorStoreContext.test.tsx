import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../src/core/model/emptyDocument';
import { createEditorStore } from '../../src/editor/editorStore';
import { EditorStoreProvider, useEditor } from '../../src/ui/EditorStoreContext';

function Title() {
  const title = useEditor((s) => s.doc.settings.title);
  return <h1>{title}</h1>;
}

describe('EditorStoreContext', () => {
  it('gives each provider its own store', () => {
    const a = createEditorStore(emptyDocument('First'));
    const b = createEditorStore(emptyDocument('Second'));
    const html = renderToString(
      <>
        <EditorStoreProvider store={a}>
          <Title />
        </EditorStoreProvider>
        <EditorStoreProvider store={b}>
          <Title />
        </EditorStoreProvider>
      </>,
    );
    expect(html).toContain('<h1>First</h1>');
    expect(html).toContain('<h1>Second</h1>');
  });

  it('says clearly when a component is used outside a provider', () => {
    expect(() => renderToString(<Title />)).toThrow(/no editor store here/);
  });
});
