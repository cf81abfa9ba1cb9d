/** One thing wrong with a file: where (e.g. "document.persons[3].birth.month") and what, in words. */
export interface FormatError {
  path: string;
  message: string;
}

export type PathKey = string | number;

/** ["document", "persons", 3, "birth"] → "document.persons[3].birth" */
export function formatPath(keys: readonly PathKey[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

type Raw = Record<string, unknown>;

function asRecord(value: unknown): Raw | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Raw) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** A person's name as far as the (possibly broken) file tells it. */
function rawPersonName(person: Raw | undefined): string | undefined {
  if (!person) return undefined;
  return text(person.label) ?? ([text(person.givenNames), text(person.familyName)].filter(Boolean).join(' ') || undefined);
}

const namesCache = new WeakMap<object, Map<string, string>>();

/** Person id → name, built once per raw document: a broken file may produce many messages. */
function personNames(rawDocument: unknown): Map<string, string> {
  const doc = asRecord(rawDocument);
  if (!doc) return new Map();
  const cached = namesCache.get(doc);
  if (cached) return cached;
  const names = new Map<string, string>();
  const persons = Array.isArray(doc.persons) ? (doc.persons as unknown[]) : [];
  for (const item of persons) {
    const person = asRecord(item);
    const name = rawPersonName(person);
    if (person && typeof person.id === 'string' && name && !names.has(person.id)) names.set(person.id, name);
  }
  namesCache.set(doc, names);
  return names;
}

/**
 * Names the object a path points into, for messages people can act on:
 * "Person 4 (Kim Hart)", "Partnership 2 (Kim Hart and Lee Hart)", "Household 1 (Home)".
 * Works on raw parsed JSON, so it helps even when the file is badly broken.
 */
export function describePlace(rawDocument: unknown, keys: readonly PathKey[]): string {
  const doc = asRecord(rawDocument);
  const [collection, index] = keys;
  if (collection === undefined) return 'The document';
  if (collection === 'settings') return 'The document settings';
  if (typeof index !== 'number') return `The document's ${String(collection)}`;
  const list = doc?.[collection];
  const item = Array.isArray(list) ? asRecord(list[index]) : undefined;
  const n = index + 1;
  const names = personNames(rawDocument);
  const nameOf = (id: unknown): string => (typeof id === 'string' ? (names.get(id) ?? id) : '?');
  const withDetail = (label: string, detail: string | undefined) => (detail ? `${label} (${detail})` : label);
  switch (collection) {
    case 'persons':
      return withDetail(`Person ${n}`, rawPersonName(item) ?? text(item?.id));
    case 'partnerships':
      return withDetail(`Partnership ${n}`, item ? `${nameOf(item.a)} and ${nameOf(item.b)}` : undefined);
    case 'parentLinks':
      return withDetail(`Parent link ${n}`, item ? `${nameOf(item.parent)} as parent of ${nameOf(item.child)}` : undefined);
    case 'multipleBirths':
      return `Multiple-birth group ${n}`;
    case 'relationships':
      return withDetail(`Relationship line ${n}`, item ? `${nameOf(item.from)} to ${nameOf(item.to)}` : undefined);
    case 'households':
      return withDetail(`Household ${n}`, text(item?.label));
    default:
      return `${String(collection)} ${n}`;
  }
}

/** A FormatError for a place inside the document: path from "document", message led by the place. */
export function documentError(rawDocument: unknown, keys: readonly PathKey[], problem: string): FormatError {
  const place = describePlace(rawDocument, keys);
  const field = formatPath(keys.slice(typeof keys[1] === 'number' ? 2 : 1));
  return {
    path: formatPath(['document', ...keys]),
    message: field ? `${place}, ${field}: ${problem}` : `${place}: ${problem}`,
  };
}
