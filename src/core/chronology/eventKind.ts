import { EVENT_KINDS, EVENT_KIND_LABELS, type EventKind } from './types';

/** Reads a kind as written ("Home visit", "home-visit", "STRATEGY MEETING"); undefined when not one. */
export function readEventKind(text: string): EventKind | undefined {
  const key = text.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (key === '') return undefined;
  return EVENT_KINDS.find((k) => k === key || EVENT_KIND_LABELS[k].toLowerCase().replace(/\s+/g, '-') === key);
}

const HINTS: [RegExp, EventKind][] = [
  [/\b(child|subject)\s+(was\s+)?not\s+seen\b|\bno\s+access\b|\bnot\s+seen\b/i, 'child-not-seen'],
  // "Ellie seen at home visit": the record says the child was seen (the check then needs them named).
  [/\bseen\b/i, 'child-seen'],
  [/\bhome\s+visit\b/i, 'home-visit'],
  [/\bstrategy\s+(meeting|discussion)\b/i, 'strategy-meeting'],
  [/\breferral\b|\breferred\b/i, 'referral'],
  [/\bassessment\b/i, 'assessment'],
  [/\bmoved?\s+(in|into)\b/i, 'move-in'],
  [/\bmoved?\s+out\b/i, 'move-out'],
  [/\bincident\b|\bcall[- ]?out\b|\barrest(ed)?\b/i, 'incident'],
];

/** A kind guessed from the description when no kind is given: the first hint that fits, else 'contact' when from an agency, else 'other'. */
export function guessEventKind(description: string, hasSource: boolean): EventKind {
  for (const [re, kind] of HINTS) if (re.test(description)) return kind;
  return hasSource ? 'contact' : 'other';
}
