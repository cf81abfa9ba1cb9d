import { describe, expect, it } from 'vitest';
import { importGedcom } from '../../../src/core/gedcom/importGedcom';
import { layoutDocument } from '../../../src/core/layout/layoutDocument';
import { buildScene } from '../../../src/core/drawing/buildScene';
import type { GenogramDocument, RelationshipLine } from '../../../src/core/model/types';
import { readSharedFixture } from '../../support/sharedFixtures';
import { relationshipLineFaults } from '../../support/routeScenes';

/**
 * family2.ged with relationship lines of every kind added: along a row past many people,
 * between rows, from the top row to the bottom one, between partners, and between two
 * pairs of siblings whose lines must cross and keep apart.
 */
function family2WithRelationshipLines(): GenogramDocument {
  const imported = importGedcom(readSharedFixture('family2.ged'));
  if (!imported.ok) throw new Error('family2.ged did not import');
  const relationships: RelationshipLine[] = [
    { id: 'row', kind: 'conflict', from: 'p_I3', to: 'p_I37' },
    { id: 'rows', kind: 'abuse-physical', from: 'p_I49', to: 'p_I7' },
    { id: 'figure', kind: 'close', from: 'p_I18', to: 'p_I27' },
    { id: 'partners', kind: 'abuse-domestic', from: 'p_I5', to: 'p_I4' },
    { id: 'siblings-1', kind: 'distant', from: 'p_I10', to: 'p_I50' },
    { id: 'siblings-2', kind: 'cut-off', from: 'p_I9', to: 'p_I60' },
    { id: 'cousins', kind: 'abuse-emotional', from: 'p_I14', to: 'p_I54' },
    { id: 'generations', kind: 'conflict', from: 'p_I2', to: 'p_I25' },
  ];
  return { ...imported.document, relationships };
}

describe('relationship lines on family2.ged', () => {
  it('cross no symbol, name or label, and every one found a free route', async () => {
    const doc = family2WithRelationshipLines();
    const scene = buildScene(doc, await layoutDocument(doc), { asAt: { year: 2026 } });
    const lines = scene.groups.filter((g) => g.kind === 'relationship');
    expect(lines.map((g) => g.refId)).toEqual(doc.relationships.map((r) => r.id));
    expect(relationshipLineFaults(scene)).toEqual([]);
    for (const g of lines) {
      expect(g.tags, g.key).not.toContain('route-blocked');
      expect(g.tags, g.key).not.toContain('route-crowded');
    }
  });
});
