import { coupleKey, type LayoutResult } from '../layout/types';
import type { Id } from '../model/types';

/** The same layout keyed by the published person ids (see anonymiseWithIdMap). */
export function relabelLayout(layout: LayoutResult, personIds: ReadonlyMap<Id, Id>): LayoutResult {
  if (personIds.size === 0) return layout;
  const to = (id: Id) => personIds.get(id) ?? id;
  return {
    ...layout,
    boxes: new Map([...layout.boxes].map(([id, box]) => [to(id), { ...box, id: to(box.id) }])),
    birthOrderNumbers: new Map([...layout.birthOrderNumbers].map(([id, n]) => [to(id), n])),
    rowOrder: layout.rowOrder.map((row) => row.map(to)),
    partnerLines: new Map(
      [...layout.partnerLines].map(([key, plan]) => {
        const [a, b] = JSON.parse(key) as [Id, Id];
        return [coupleKey(to(a), to(b)), plan];
      }),
    ),
    connectors: layout.connectors.map((c) => ({ ...c, parents: c.parents.map(to), kids: c.kids.map((k) => ({ ...k, id: to(k.id) })) })),
  };
}
