import { describe, expect, it } from 'vitest';
import { importGedcom } from '../../../../src/core/gedcom/importGedcom';
import { layoutDocument } from '../../../../src/core/layout/layoutDocument';
import type { Connector, LayoutResult } from '../../../../src/core/layout/types';
import { readSharedFixture } from '../../../support/sharedFixtures';

/** A vertical run of a line: x, and the y it spans. */
interface Upright {
  x: number;
  y0: number;
  y1: number;
}

function uprights(points: readonly (readonly [number, number])[]): Upright[] {
  const out: Upright[] = [];
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1]!;
    const [bx, by] = points[i]!;
    if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) > 0.5) out.push({ x: ax, y0: Math.min(ay, by), y1: Math.max(ay, by) });
  }
  return out;
}

/**
 * Couples' lines down that run along another family's line to a child (closer than 6 units
 * for more than a unit): read as one line, they hang that child from the wrong couple.
 */
function dropsAlongOthersChildren(layout: LayoutResult): string[] {
  const found: string[] = [];
  const kidLines = layout.connectors.flatMap((c: Connector, i) => c.kids.flatMap((k) => uprights(k.route).map((u) => ({ ...u, family: i, kid: k.id }))));
  layout.connectors.forEach((c, i) => {
    for (const drop of uprights(c.drop)) {
      for (const kid of kidLines) {
        if (kid.family === i || Math.abs(kid.x - drop.x) >= 6) continue;
        const shared = Math.min(drop.y1, kid.y1) - Math.max(drop.y0, kid.y0);
        if (shared > 1) found.push(`${c.parents.join('+')} down along ${kid.kid}'s line for ${shared.toFixed(0)}`);
      }
    }
  });
  return found;
}

describe('lines between rows', () => {
  it.each(['kennedy.ged', 'royal92.ged'])('in %s, no couple\'s line down runs on along another family\'s line to a child', async (file) => {
    // Before, royal92 had nine such places (the shared check-drawing tool's collinear count).
    const imported = importGedcom(readSharedFixture(file));
    if (!imported.ok) throw new Error(`${file} did not import`);
    const layout = await layoutDocument(imported.document);
    expect(dropsAlongOthersChildren(layout)).toEqual([]);
  });
});
