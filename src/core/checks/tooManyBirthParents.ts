import { indexDocument } from '../model/documentIndex';
import type { Check, Finding } from './finding';
import { finding, listNames, nameOf } from './finding';

export const tooManyBirthParents: Check = (doc) => {
  const out: Finding[] = [];
  for (const [child, links] of indexDocument(doc).parentLinksOf) {
    const parents = [...new Set(links.filter((l) => l.kind === 'birth').map((l) => l.parent))];
    if (parents.length <= 2) continue;
    const names = listNames(parents.map((id) => nameOf(doc, id)));
    out.push(
      finding(
        'too-many-birth-parents',
        'error',
        `${nameOf(doc, child)} has ${parents.length} birth parents (${names}); a carer belongs on an adoptive, foster, kinship or special guardianship link.`,
        [child, ...parents],
      ),
    );
  }
  return out;
};
