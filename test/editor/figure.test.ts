import { describe, expect, it } from 'vitest';
import { exampleFamily } from '../../src/core/example/exampleFamily';
import { layoutDocument } from '../../src/core/layout/layoutDocument';
import type { Scene } from '../../src/core/drawing/scene';
import type { GenogramDocument } from '../../src/core/model/types';
import { figure } from '../../src/editor/figure';

// The one figure draws what figureSource gives it: the key's date as figureSource labels it,
// and the role line of a person outside the family.

function texts(scene: Scene): string[] {
  return scene.groups.flatMap((g) => g.items).flatMap((i) => (i.type === 'text' ? [i.text] : []));
}

function withVisitor(): GenogramDocument {
  const doc = exampleFamily();
  return {
    ...doc,
    settings: { ...doc.settings, asAt: { year: 2025, month: 3, day: 12 } },
    persons: [...doc.persons, { id: 'p_visitor', gender: 'male', givenNames: 'Rob', significantOther: { role: 'partner', of: 'p_leanne' } }],
    households: doc.households.map((h) => (h.id === 'h_leanne' ? { ...h, members: [...h.members, { person: 'p_visitor', visiting: true }] } : h)),
  };
}

const visitorLayout = await layoutDocument(withVisitor());

describe('figure', () => {
  const doc = withVisitor();
  const layout = visitorLayout;

  it('the key gives the full date on the recorded figure, month and year on the published one', () => {
    expect(texts(figure(doc, { layout, publication: false, legend: true }).scene)).toContain('Key (as at 12 Mar 2025)');
    const published = texts(figure(doc, { layout, publication: true, legend: true }).scene);
    expect(published).toContain('Key (as at Mar 2025)');
    expect(published.join(' ')).not.toContain('12 Mar 2025');
  });

  it('a person outside the family carries their role as the second line on the recorded figure', () => {
    const drawn = figure(doc, { layout, publication: false });
    expect(drawn.shownDoc.persons.find((p) => p.id === 'p_visitor')!.secondLine).toBe("Mother's partner (visiting)");
    // The role wraps onto two lines under the symbol (an ellipsis may shorten what follows it).
    const secondLine = drawn.scene.groups
      .filter((g) => g.personIds.includes('p_visitor'))
      .flatMap((g) => g.items)
      .flatMap((i) => (i.type === 'text' && i.mark === 'second-line' ? [i.text] : []))
      .join(' ');
    expect(secondLine).toMatch(/^Mother's partner/);
  });
});
