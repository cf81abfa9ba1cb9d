import { patchSettings } from '../inspector/listEdits';
import { DateField } from '../inspector/fields';
import { useDocEdit } from '../inspector/useDocEdit';
import { useEditor } from '../../store/EditorStoreContext';

/** The reference ("as at") date in the toolbar: ages, households and lines are shown as at this date. */
export function AsAtField() {
  const asAt = useEditor((s) => s.doc.settings.asAt);
  const edit = useDocEdit();
  return (
    <div className="authoring-toolbar__as-at">
      <DateField
        label="As at (empty: today)"
        value={asAt}
        testId="toolbar-as-at"
        onChange={(date) => edit('Set reference date', (d) => patchSettings(d, { asAt: date }), 'settings:asAt')}
      />
    </div>
  );
}
