import { useCallback, useEffect, useState } from 'react';
import { readPicked } from '../../platform/files/fileService';
import { openFileInto, reportUnreadable } from '../actions/openFile';
import { useActionContext, useUi } from '../actions/useActionContext';
import { ChoosePartnershipDialog } from './ChoosePartnershipDialog';
import { FindDialog } from './FindDialog';
import { HelpDialog } from './HelpDialog';
import { ImportSummaryDialog } from './ImportSummaryDialog';
import { PersonContextMenu } from './PersonContextMenu';
import { ProblemDialog } from './ProblemDialog';
import { RecentDialog } from './RecentDialog';
import { RelationshipKindDialog } from './RelationshipKindDialog';
import { installTestHooksIfAsked } from './testFixture';

/**
 * Everything the authoring tools show over the app: the open dialog, the right-click menu on
 * persons, notices, and opening a file dropped onto the window. Mount once at the app root.
 */
export function AuthoringDialogs() {
  const ctx = useActionContext();
  const dialog = useUi((s) => s.dialog);
  const menu = useUi((s) => s.contextMenu);
  const notice = useUi((s) => s.notice);
  const [dropping, setDropping] = useState(false);
  const close = useCallback(() => ctx.ui.getState().closeDialog(), [ctx]);
  const closeMenu = useCallback(() => ctx.ui.getState().closeContextMenu(), [ctx]);

  useEffect(() => {
    void installTestHooksIfAsked(ctx, window.location.search);
  }, [ctx]);

  useEffect(() => {
    const onContextMenu = (event: MouseEvent) => {
      const node = event.target instanceof Element ? event.target.closest<HTMLElement>('.react-flow__node[data-id]') : null;
      const id = node?.dataset.id;
      if (!id) return;
      event.preventDefault();
      const state = ctx.store.getState();
      if (!state.selection.includes(id)) state.select([id], 'replace');
      ctx.ui.getState().openContextMenu(event.clientX, event.clientY);
    };
    document.addEventListener('contextmenu', onContextMenu);
    return () => document.removeEventListener('contextmenu', onContextMenu);
  }, [ctx]);

  useEffect(() => {
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    const onDragOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      setDropping(true);
    };
    const onDragLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDropping(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDropping(false);
      const file = e.dataTransfer?.files[0];
      if (file) readPicked(file).then((picked) => openFileInto(picked, ctx)).catch((error: unknown) => reportUnreadable(ctx, error));
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [ctx]);

  useEffect(() => {
    if (!notice || notice.tone === 'error') return;
    const timer = setTimeout(() => ctx.ui.getState().clearNotice(), 4000);
    return () => clearTimeout(timer);
  }, [notice, ctx]);

  return (
    <>
      {dialog?.kind === 'help' ? <HelpDialog onClose={close} /> : null}
      {dialog?.kind === 'find' ? <FindDialog ctx={ctx} onClose={close} /> : null}
      {dialog?.kind === 'recent' ? <RecentDialog ctx={ctx} onClose={close} /> : null}
      {dialog?.kind === 'choose-partnership' ? (
        <ChoosePartnershipDialog ctx={ctx} personId={dialog.personId} purpose={dialog.purpose} onClose={close} />
      ) : null}
      {dialog?.kind === 'relationship-kind' ? <RelationshipKindDialog ctx={ctx} from={dialog.from} to={dialog.to} onClose={close} /> : null}
      {dialog?.kind === 'problem' ? <ProblemDialog title={dialog.title} lines={dialog.lines} onClose={close} /> : null}
      {dialog?.kind === 'gedcom-import' ? <ImportSummaryDialog ctx={ctx} review={dialog.review} onClose={close} /> : null}
      {menu ? <PersonContextMenu ctx={ctx} x={menu.x} y={menu.y} onClose={closeMenu} /> : null}
      {dropping ? (
        <div className="authoring-drop" aria-hidden="true">
          Drop a .genogram.json or .ged file to open it
        </div>
      ) : null}
      <div className="authoring-notice-region" aria-live="polite">
        {notice ? (
          <div
            className={notice.tone === 'error' ? 'authoring-notice authoring-notice--error' : 'authoring-notice'}
            role={notice.tone === 'error' ? 'alert' : 'status'}
            data-testid="authoring-notice"
          >
            {notice.text}
            <button type="button" aria-label="Dismiss message" onClick={() => ctx.ui.getState().clearNotice()}>
              ×
            </button>
          </div>
        ) : null}
      </div>
    </>
  );
}
