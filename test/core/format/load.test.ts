import { describe, expect, it } from 'vitest';
import { loadGenogramFile, MAX_FILE_BYTES } from '../../../src/core/format/load';
import { saveGenogramFile } from '../../../src/core/format/save';
import { emptyDocument } from '../../../src/core/model/emptyDocument';
import { sampleFamily } from '../model/operations/sampleFamily';

function fileWith(mutate: (document: Record<string, any>) => void, version = 3): string {
  const envelope = JSON.parse(saveGenogramFile(sampleFamily().doc));
  mutate(envelope.document);
  envelope.version = version;
  return JSON.stringify(envelope);
}

function errorsOf(text: string) {
  const result = loadGenogramFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

describe('loadGenogramFile: the envelope', () => {
  it('loads a saved document unchanged', () => {
    const { doc } = sampleFamily();
    const result = loadGenogramFile(saveGenogramFile(doc));
    expect(result).toEqual({ ok: true, document: doc, warnings: [] });
  });

  it('keeps the choice of "ex-" for ended partnerships, and refuses a word it does not know', () => {
    const { doc } = sampleFamily();
    const ex = { ...doc, settings: { ...doc.settings, endedPartnerWord: 'ex' as const } };
    expect(loadGenogramFile(saveGenogramFile(ex))).toEqual({ ok: true, document: ex, warnings: [] });
    expect(loadGenogramFile(fileWith((d) => (d.settings.endedPartnerWord = 'erstwhile'))).ok).toBe(false);
  });

  it('reads a file that starts with a byte-order mark', () => {
    const { doc } = sampleFamily();
    expect(loadGenogramFile(`\ufeff${saveGenogramFile(doc)}`)).toEqual({ ok: true, document: doc, warnings: [] });
  });

  it('refuses text that is not JSON, saying where', () => {
    const errors = errorsOf('{\n  "format": "genogram",\n  "version": 2,\n  "document": { "id": "d" ,, }\n}');
    expect(errors).toEqual([{ path: '', message: 'The file is not valid JSON at line 4, column 28: expected a quoted name, found ","' }]);
  });

  it('refuses JSON that is not a genogram file, or another format', () => {
    expect(errorsOf('[1,2]')[0]!.message).toMatch(/not a genogram file/);
    expect(errorsOf('{"format":"excalidraw","version":2,"document":{}}')).toEqual([
      { path: 'format', message: 'The file is not a genogram file (found format "excalidraw"; expected "format": "genogram")' },
    ]);
    expect(errorsOf('{"version":2}')[0]!.message).toMatch(/found no "format" field/);
  });

  it('refuses a file from a newer version of the editor', () => {
    expect(errorsOf(fileWith(() => {}, 7))).toEqual([
      {
        path: 'version',
        message: 'The file was made by a newer version of the editor (format version 7; this editor reads up to 3). Open it in a newer editor.',
      },
    ]);
  });

  it('refuses a version that is not a whole number, and a missing document', () => {
    expect(errorsOf('{"format":"genogram","version":"2","document":{}}')[0]).toMatchObject({ path: 'version' });
    expect(errorsOf('{"format":"genogram","version":2}')).toEqual([{ path: 'document', message: 'The file has no "document"' }]);
  });

  it('refuses a file over the size limit, saying the limit', () => {
    const big = ' '.repeat(MAX_FILE_BYTES + 1);
    expect(errorsOf(big)[0]!.message).toBe('The file is too large to be a genogram (50 MB; the limit is 50 MB)');
  });
});

describe('loadGenogramFile: structure', () => {
  it('names the place and the person for a wrong value', () => {
    const errors = errorsOf(
      fileWith((d) => {
        d.persons[0].birth = { year: 1990, month: 13 };
        d.persons[1].gender = 'M';
      }),
    );
    expect(errors).toEqual([
      { path: 'document.persons[0].birth.month', message: 'Person 1 (Ann Reed), birth.month: must be at most 12, found 13' },
      {
        path: 'document.persons[1].gender',
        message: 'Person 2 (Bob Cole), gender: expected ("female" | "male" | "nonbinary" | "unknown"), found "M"',
      },
    ]);
  });

  it('reports a missing required field and a wrong type deep in a list', () => {
    const errors = errorsOf(
      fileWith((d) => {
        delete d.parentLinks[0].kind;
        d.households[0].members[1].from = { year: 'twenty' };
      }),
    );
    expect(errors.map((e) => e.path)).toEqual(['document.parentLinks[0].kind', 'document.households[0].members[1].from.year']);
    expect(errors[0]!.message).toBe('Parent link 1 (Ann Reed as parent of Cat Cole), kind: is missing');
    expect(errors[1]!.message).toMatch(/^Household 1 \(Home\), members\[1\]\.from\.year: expected number, found "twenty"/);
  });

  it('reads a left-out gender as unknown, partnership kind as partnership, settings as defaults', () => {
    const result = loadGenogramFile(
      JSON.stringify({
        format: 'genogram',
        version: 2,
        document: { id: 'd_1', persons: [{ id: 'p_a' }, { id: 'p_b' }], partnerships: [{ id: 'u_1', a: 'p_a', b: 'p_b' }] },
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.persons.map((p) => p.gender)).toEqual(['unknown', 'unknown']);
    expect(result.document.partnerships[0]).toEqual({ id: 'u_1', a: 'p_a', b: 'p_b', kind: 'partnership', events: [] });
    expect(result.document.settings).toEqual(emptyDocument('Untitled genogram').settings);
  });

  it('fills left-out empty lists and notation options with defaults', () => {
    const result = loadGenogramFile(
      JSON.stringify({ format: 'genogram', version: 3, document: { id: 'd_1', settings: { title: 'T' }, persons: [] } }),
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document).toEqual({ ...emptyDocument('T'), id: 'd_1' });
  });
});

describe('loadGenogramFile: meaning', () => {
  it('refuses a dangling reference, naming it', () => {
    const errors = errorsOf(fileWith((d) => (d.parentLinks[0].parent = 'p_ghost')));
    expect(errors).toEqual([
      { path: 'document.parentLinks[0].parent', message: 'Parent link 1 (p_ghost as parent of Cat Cole), parent: names a parent "p_ghost", who is not in the file' },
    ]);
  });

  it('refuses a person who is their own ancestor, giving the chain', () => {
    const errors = errorsOf(
      fileWith((d) => {
        const mother = d.persons[0].id;
        const child = d.persons[2].id;
        d.parentLinks.push({ id: 'l_loop', parent: child, child: mother, kind: 'adoptive' });
      }),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/is their own ancestor: (Ann Reed → parent Cat Cole → parent Ann Reed|Cat Cole → parent Ann Reed → parent Cat Cole)/);
  });
});

