import { newId } from './ids';
import { DEFAULT_NOTATION, type GenogramDocument } from './types';

export function emptyDocument(title = 'Untitled genogram'): GenogramDocument {
  return {
    id: newId('doc'),
    settings: { title, notation: { ...DEFAULT_NOTATION } },
    persons: [],
    partnerships: [],
    parentLinks: [],
    multipleBirths: [],
    relationships: [],
    households: [],
  };
}
