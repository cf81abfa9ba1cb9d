import { longNameWarning } from '../model/longText';
import { cleanText, describeRemoved } from '../model/textHygiene';
import * as v from 'valibot';
import type { GenogramDocument } from '../model/types';
import { documentError, type FormatError, type PathKey } from './formatError';
import { findJsonSyntaxError } from './jsonSyntaxError';
import { migrateDocument } from './migrations';
import { documentSchema } from './schema';
import { checkDocumentMeaning } from './semantic';
import { CURRENT_FORMAT_VERSION, FORMAT_NAME } from './version';
import { pushAll } from '../model/extremes';

export type { FormatError } from './formatError';

export type LoadResult =
  | { ok: true; document: GenogramDocument; migratedFrom?: number; warnings: string[] }
  | { ok: false; errors: FormatError[] };

/** Larger files are refused before parsing, so a wrong file cannot freeze the editor. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** At most this many errors are listed; a badly broken file would otherwise bury the first ones. */
const MAX_ERRORS = 50;

function fail(path: string, message: string): LoadResult {
  return { ok: false, errors: [{ path, message }] };
}

function utf8Length(text: string): number {
  // Counting is only needed near the limit; each UTF-16 unit is at most 3 UTF-8 bytes.
  if (text.length * 3 <= MAX_FILE_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

function schemaProblem(issue: v.BaseIssue<unknown>): string {
  const found = issue.received;
  if (issue.kind === 'schema' && found === 'undefined') return 'is missing';
  switch (issue.type) {
    case 'integer':
      return `must be a whole number, found ${found}`;
    case 'min_value':
      return `must be at least ${issue.requirement as number}, found ${found}`;
    case 'max_value':
      return `must be at most ${issue.requirement as number}, found ${found}`;
    case 'finite':
      return `must be a finite number, found ${found}`;
    case 'min_length':
      return 'must not be empty';
    default:
      return `expected ${issue.expected ?? 'something else'}, found ${found}`;
  }
}

/**
 * Reads a .genogram.json file: size, JSON syntax, envelope, migration from older versions,
 * structure (schema) and meaning (semantic checks). Never throws; every failure says what is
 * wrong and where. Unknown fields are kept.
 */
export function loadGenogramFile(text: string): LoadResult {
  const bytes = utf8Length(text);
  if (bytes > MAX_FILE_BYTES) {
    const mb = (n: number) => `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
    return fail('', `The file is too large to be a genogram (${mb(bytes)}; the limit is ${mb(MAX_FILE_BYTES)})`);
  }
  // Editors on Windows often start UTF-8 files with a byte-order mark, which JSON.parse refuses.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    const where = findJsonSyntaxError(body);
    if (!where) return fail('', 'The file could not be read as JSON: it is nested too deeply to be a genogram');
    return fail('', `The file is not valid JSON at line ${where.line}, column ${where.column}: ${where.problem}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('', 'The file is JSON but not a genogram file (expected an object with "format", "version" and "document")');
  }
  const envelope = raw as Record<string, unknown>;
  if (envelope.format !== FORMAT_NAME) {
    const found = envelope.format === undefined ? 'no "format" field' : `format ${JSON.stringify(envelope.format)}`;
    return fail('format', `The file is not a genogram file (found ${found}; expected "format": "${FORMAT_NAME}")`);
  }
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('version', `The file's format version must be a whole number from 1, found ${JSON.stringify(version)}`);
  }
  if (version > CURRENT_FORMAT_VERSION) {
    return fail(
      'version',
      `The file was made by a newer version of the editor (format version ${version}; this editor reads up to ${CURRENT_FORMAT_VERSION}). Open it in a newer editor.`,
    );
  }
  if (envelope.document === undefined) return fail('document', 'The file has no "document"');

  let document: unknown = envelope.document;
  const warnings: string[] = [];
  if (version < CURRENT_FORMAT_VERSION) {
    const migrated = migrateDocument(document, version, CURRENT_FORMAT_VERSION);
    if (!migrated.ok) return { ok: false, errors: migrated.errors.slice(0, MAX_ERRORS) };
    document = migrated.document;
    warnings.push(
      `This file was written in format version ${version} and has been converted; saving writes format version ${CURRENT_FORMAT_VERSION}.`,
      ...migrated.warnings,
    );
  }

  const parsed = v.safeParse(documentSchema, document, { abortEarly: false });
  if (!parsed.success) {
    const errors = parsed.issues.slice(0, MAX_ERRORS).map((issue) => {
      const keys = (issue.path ?? []).map((item) => item.key as PathKey);
      return documentError(document, keys, schemaProblem(issue));
    });
    return { ok: false, errors };
  }
  // Control characters other than tab and newline are removed, each place named.
  const { value: doc, cleanings } = cleanText(parsed.output as GenogramDocument);
  for (const { path, cleaned } of cleanings.slice(0, MAX_ERRORS)) warnings.push(`${path}: ${describeRemoved(cleaned)} removed.`);
  if (cleanings.length > MAX_ERRORS) warnings.push(`Control characters were removed from ${cleanings.length - MAX_ERRORS} more texts.`);
  doc.persons.forEach((p, i) => {
    const long = longNameWarning(p, `persons[${i}]`);
    if (long) warnings.push(long);
  });
  const meaning = checkDocumentMeaning(doc);
  if (meaning.errors.length > 0) return { ok: false, errors: meaning.errors.slice(0, MAX_ERRORS) };
  pushAll(warnings, meaning.warnings);
  return version < CURRENT_FORMAT_VERSION ? { ok: true, document: doc, migratedFrom: version, warnings } : { ok: true, document: doc, warnings };
}
