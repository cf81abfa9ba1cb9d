import type { GenogramDocument, Id } from '../../core/model/types';
import type { Primitive, Scene, SceneGroup } from '../../core/drawing/scene';
import { personName } from '../inspector/ItemLink';

/**
 * Something drawn on the figure that is not a person but can be selected there: a partnership
 * line, a sibling group (its parent links), a multiple-birth mark, a relationship line, a
 * household outline. Pure, so what can be clicked is checked in Node.
 */
export interface ObjectTarget {
  key: string;
  kind: 'partnership' | 'sibling-group' | 'multiple-birth' | 'relationship' | 'household';
  /** What selecting it selects (a sibling group selects each of its parent links). */
  ids: Id[];
  /** The accessible name, e.g. "Partnership of Mary Stone and Tom Hill". */
  label: string;
  /** The lines to click, in figure coordinates (drawn wide and transparent). */
  strokes: Primitive[];
}

const isStroke = (p: Primitive) => p.type !== 'text' && !!p.stroke;

function names(doc: GenogramDocument, ids: readonly Id[]): string {
  const list = ids.map((id) => personName(doc, id));
  return list.length <= 2 ? list.join(' and ') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/** Text drawn as part of an object (a household's name, a partnership's dates) is clickable too: its box. */
function textBoxes(group: SceneGroup, mark: (m: string | undefined) => boolean): Primitive[] {
  return group.items
    .filter((p): p is Extract<Primitive, { type: 'text' }> => p.type === 'text' && mark(p.mark))
    .map((p) => {
      const w = p.text.length * p.size * 0.55;
      const x = p.anchor === 'start' ? p.x : p.anchor === 'end' ? p.x - w : p.x - w / 2;
      return { type: 'rect', x, y: p.y - p.size, width: w, height: p.size * 1.3, stroke: 'none' } as Primitive;
    });
}

/** The selectable objects of a figure drawn from `doc` (its recorded copy: ids are the document's own). */
export function objectTargets(doc: GenogramDocument, scene: Scene): ObjectTarget[] {
  const out: ObjectTarget[] = [];
  const partnerships = new Map(doc.partnerships.map((p) => [p.id, p]));
  const relationships = new Map(doc.relationships.map((r) => [r.id, r]));
  const households = new Map(doc.households.map((h) => [h.id, h]));
  for (const group of scene.groups) {
    if (group.kind === 'household' && group.refId && households.has(group.refId)) {
      const h = households.get(group.refId)!;
      out.push({
        key: group.key,
        kind: 'household',
        ids: [h.id],
        label: `Household: ${h.label.trim() || 'unnamed'}`,
        strokes: [...group.items.filter(isStroke), ...textBoxes(group, (m) => m === 'household-label')],
      });
    } else if (group.kind === 'partnership' && group.refId && partnerships.has(group.refId)) {
      const p = partnerships.get(group.refId)!;
      out.push({
        key: group.key,
        kind: 'partnership',
        ids: [p.id],
        label: `Partnership of ${names(doc, [p.a, p.b])}`,
        strokes: [...group.items.filter(isStroke), ...textBoxes(group, () => true)],
      });
    } else if (group.kind === 'relationship' && group.refId && relationships.has(group.refId)) {
      const r = relationships.get(group.refId)!;
      out.push({
        key: group.key,
        kind: 'relationship',
        ids: [r.id],
        label: `Relationship line (${r.kind.replace('-', ' ')}) between ${names(doc, [r.from, r.to])}`,
        strokes: group.items.filter(isStroke),
      });
    } else if (group.kind === 'children') {
      out.push(...sibshipTargets(doc, group));
    }
  }
  return out;
}

function sibshipTargets(doc: GenogramDocument, group: SceneGroup): ObjectTarget[] {
  const kind = group.tags[0];
  const children = new Set(
    group.items.flatMap((p) => (p.type !== 'text' && p.mark?.startsWith('child-line:') ? [p.mark.slice('child-line:'.length)] : [])),
  );
  const parents = group.personIds.filter((id) => !children.has(id));
  const links = doc.parentLinks.filter((l) => l.kind === kind && children.has(l.child) && parents.includes(l.parent));
  if (links.length === 0) return [];
  const kids = [...children];
  const out: ObjectTarget[] = [
    {
      key: group.key,
      kind: 'sibling-group',
      ids: links.map((l) => l.id),
      label: kids.length === 1 ? `Child line of ${names(doc, kids)}` : `Sibling group: ${names(doc, kids)}`,
      strokes: group.items.filter(isStroke),
    },
  ];
  // A multiple birth's own mark: the lines from its common point to each of its members, and the identical twins' bar.
  for (const mb of doc.multipleBirths) {
    const members = mb.members.filter((id) => children.has(id));
    if (members.length < 2) continue;
    const strokes = group.items.filter(
      (p) => isStroke(p) && (p.mark === 'identical-twin-bar' || members.some((id) => p.mark === `child-line:${id}`)),
    );
    out.push({
      key: `${group.key}:birth:${mb.id}`,
      kind: 'multiple-birth',
      ids: [mb.id],
      label: `${mb.kind === 'identical' ? 'Identical multiple birth' : 'Multiple birth'}: ${names(doc, members)}`,
      strokes,
    });
  }
  return out;
}
