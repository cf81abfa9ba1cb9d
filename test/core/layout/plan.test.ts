import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../src/core/drawing/buildScene';
import { layoutDocument } from '../../../src/core/layout/layoutDocument';
import { checkLegibility } from '../../../src/core/quality/legibility';
import { family } from '../../fixtures/layout/familyBuilder';

const asAt = { year: 2020, month: 1, day: 1 };

describe('where each family\'s lines leave', () => {
  it('a lone parent\'s line down and a couple\'s line down never run as one: they leave at least a quarter symbol apart, and the dates keep off both', async () => {
    // As in a vendor file (Ancestris): a man with a child on his own, a child with one wife and
    // three with another. The couple's line down had left from the very point beside him where
    // his own child's line leaves, and the two ran down together.
    for (const wives of [1, 2, 3]) {
      const f = family().person('gp', 'male', 1900).person('gm', 'female', 1902).couple('gp', 'gm', 1925);
      f.person('eon', 'male', 1930).child(['gp', 'gm'], 'eon').person('sister', 'female', 1932).child(['gp', 'gm'], 'sister');
      f.person('alone', 'female', 1950).child(['eon'], 'alone');
      for (let w = 0; w < wives; w++) {
        f.person(`w${w}`, 'female', 1931 + w).couple('eon', `w${w}`, 1955 + 5 * w);
        for (let k = 0; k <= w; k++) f.person(`k${w}${k}`, 'male', 1956 + 5 * w + k).child(['eon', `w${w}`], `k${w}${k}`);
      }
      const layout = await layoutDocument(f.doc);
      const drops = layout.connectors.filter((c) => c.parents.includes('eon')).map((c) => c.drop[c.drop.length - 1]![0]);
      for (let i = 0; i < drops.length; i++) for (let j = i + 1; j < drops.length; j++) expect(Math.abs(drops[i]! - drops[j]!), `${wives} wives`).toBeGreaterThanOrEqual(10);
      // And the partnership's dates keep off the lone parent's line where it crosses the partner line.
      const { counts } = checkLegibility(buildScene(f.doc, layout, { asAt }), { doc: f.doc, layout });
      expect({ linesThroughText: counts.linesThroughText, textOverText: counts.textOverlaps }, `${wives} wives`).toEqual({ linesThroughText: 0, textOverText: 0 });
    }
  });
});
