import { useEffect, useRef, useState } from 'react';

/**
 * Text typed in the inspector is stored after a short pause (or when the field is left), not on
 * every key: each stored change redraws the whole figure, which in a large family takes far
 * longer than the gap between two key presses. The store still merges the pauses of one burst
 * into one undo step (same coalescing key).
 */
export const TYPING_PAUSE_MS = 250;

const pending = new Set<() => void>();

/** Stores every draft still waiting for its pause: called before undo, save and other actions. */
export function flushPendingEdits(): void {
  for (const flush of [...pending]) flush();
}

export function useDraftText(value: string, commit: (text: string) => void): {
  draft: string;
  change: (text: string) => void;
  flush: () => void;
} {
  const [draft, setDraft] = useState(value);
  const [shownValue, setShownValue] = useState(value);
  const waiting = useRef(false);
  const latest = useRef({ draft, commit });
  latest.current.commit = commit;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const flushRef = useRef<() => void>(() => {});

  if (shownValue !== value) {
    // The document changed (our own commit, undo, another control). A draft still being typed wins.
    setShownValue(value);
    if (!waiting.current) setDraft(value);
  }

  flushRef.current = () => {
    if (!waiting.current) return;
    waiting.current = false;
    clearTimeout(timer.current);
    pending.delete(flushRef.current);
    latest.current.commit(latest.current.draft);
  };

  useEffect(() => {
    const flush = flushRef;
    return () => flush.current();
  }, []);

  return {
    draft,
    change: (text) => {
      setDraft(text);
      latest.current.draft = text;
      if (!waiting.current) {
        waiting.current = true;
        pending.add(flushRef.current);
      }
      clearTimeout(timer.current);
      timer.current = setTimeout(() => flushRef.current(), TYPING_PAUSE_MS);
    },
    flush: () => flushRef.current(),
  };
}
