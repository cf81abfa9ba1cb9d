import { useEffect, useId, useRef, type ReactNode } from 'react';

const FOCUSABLE = 'input, select, textarea, button, [href], [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog: labelled by its title, focus moved inside on opening and given back on
 * closing, Tab kept inside, Escape closes.
 */
export function Modal({
  title,
  onClose,
  children,
  testId,
  wide,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  wide?: boolean;
}) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = ref.current;
    const first =
      root?.querySelector<HTMLElement>('[data-autofocus]') ??
      root?.querySelector<HTMLElement>('.authoring-modal__body ' + FOCUSABLE.split(', ').join(', .authoring-modal__body ')) ??
      root?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => {
      // Focus goes back where it was, unless what the dialog did has put it somewhere (a new person's name field).
      const now = document.activeElement;
      const moved = now instanceof HTMLElement && now !== document.body && !root?.contains(now);
      if (!moved && before && before.isConnected) before.focus();
    };
  }, []);
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.hasAttribute('disabled'));
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
  return (
    <div className="authoring-modal__backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={ref}
        className={wide ? 'authoring-modal authoring-modal--wide' : 'authoring-modal'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        onKeyDown={onKeyDown}
      >
        <div className="authoring-modal__header">
          <h2 id={titleId} className="authoring-modal__title">
            {title}
          </h2>
          <button type="button" className="authoring-modal__close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </div>
        <div className="authoring-modal__body">{children}</div>
      </div>
    </div>
  );
}
