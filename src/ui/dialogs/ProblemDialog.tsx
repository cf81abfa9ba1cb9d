import { Modal } from './Modal';

/** What went wrong and where (e.g. a file that could not be opened). */
export function ProblemDialog({ title, lines, onClose }: { title: string; lines: string[]; onClose: () => void }) {
  return (
    <Modal title={title} onClose={onClose} testId="problem-dialog" wide>
      <ul className="authoring-problem__list" role="alert">
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <p>Nothing has been changed: the open document is as it was.</p>
      <div className="authoring-modal__actions">
        <button type="button" onClick={onClose}>
          OK
        </button>
      </div>
    </Modal>
  );
}
