import { memo } from 'react';
import type { Id } from '../../core/model/types';
import type { Scene, SceneGroup } from '../../core/drawing/scene';
import { FONT_FAMILY } from '../../core/metrics/figureSizes';
import { ScenePrimitive } from './scene/ScenePrimitive';
import { sameGroup } from './scene/sameGroup';

const SELECTION_PAD = 7;

const GroupView = memo(function GroupView({ group }: { group: SceneGroup }) {
  return (
    <g data-key={group.key} data-kind={group.kind}>
      {group.items.map((p, i) => (
        <ScenePrimitive key={i} p={p} />
      ))}
    </g>
  );
}, (prev, next) => sameGroup(prev.group, next.group));

/**
 * The figure on the canvas: the same Scene the SVG export writes, drawn in flow coordinates
 * (inside React Flow's ViewportPortal). It takes no pointer events; the person nodes above it
 * do. Selected persons get a halo, which belongs to the editor and is never exported.
 */
export function SceneSvg({ scene, selectedIds, highlightedIds }: { scene: Scene; selectedIds: ReadonlySet<Id>; highlightedIds?: ReadonlySet<Id> }) {
  const { x, y, width, height } = scene.bounds;
  const halos = scene.groups.filter((g) => g.kind === 'person' && g.symbolBox && g.personIds.some((id) => selectedIds.has(id)));
  // The chosen chronology event's persons: a dashed ring, wider than the selection's halo, so both can show.
  const rings = highlightedIds && highlightedIds.size > 0 ? scene.groups.filter((g) => g.kind === 'person' && g.symbolBox && g.personIds.some((id) => highlightedIds.has(id))) : [];
  return (
    <svg
      data-testid="scene-svg"
      width={width}
      height={height}
      viewBox={`${x} ${y} ${width} ${height}`}
      fontFamily={`${FONT_FAMILY}, sans-serif`}
      style={{ position: 'absolute', left: x, top: y, overflow: 'visible', pointerEvents: 'none' }}
      aria-hidden="true"
    >
      <g data-layer="selection">
        {halos.map((g) => {
          const b = g.symbolBox!;
          return (
            <rect
              key={g.key}
              data-selected={g.refId}
              x={b.x - SELECTION_PAD}
              y={b.y - SELECTION_PAD}
              width={b.width + 2 * SELECTION_PAD}
              height={b.height + 2 * SELECTION_PAD}
              rx={6}
              fill="#cfe3ff"
              stroke="#1f5fbf"
              strokeWidth={2.5}
            />
          );
        })}
      </g>
      <g data-layer="highlight">
        {rings.map((g) => {
          const b = g.symbolBox!;
          const pad = SELECTION_PAD + 5;
          return (
            <rect
              key={g.key}
              data-highlighted={g.refId}
              x={b.x - pad}
              y={b.y - pad}
              width={b.width + 2 * pad}
              height={b.height + 2 * pad}
              rx={9}
              fill="none"
              stroke="#9a6a00"
              strokeWidth={3}
              strokeDasharray="7 4"
            />
          );
        })}
      </g>
      {scene.groups.map((g) => (
        <GroupView key={g.key} group={g} />
      ))}
    </svg>
  );
}
