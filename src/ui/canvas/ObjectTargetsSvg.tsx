import { memo } from 'react';
import type { Box, Primitive } from '../../core/drawing/scene';
import type { Id } from '../../core/model/types';
import type { ObjectTarget } from './objectTargets';

/** Wide enough to hit a thin line without aiming; less than the gap between two rows' lines. */
const HIT_WIDTH = 12;

function Stroke({ p }: { p: Primitive }) {
  const common = { className: 'object-target__hit', strokeWidth: HIT_WIDTH, fill: 'none' } as const;
  switch (p.type) {
    case 'line':
      return <line x1={p.x1} y1={p.y1} x2={p.x2} y2={p.y2} {...common} />;
    case 'polyline':
      return <polyline points={p.points.map(([x, y]) => `${x},${y}`).join(' ')} {...common} />;
    case 'path':
      return <path d={p.d} {...common} />;
    case 'circle':
      return <circle cx={p.cx} cy={p.cy} r={p.r} {...common} />;
    case 'rect':
      // A text's box: clicked anywhere inside.
      return <rect x={p.x} y={p.y} width={p.width} height={p.height} className="object-target__hit object-target__hit--area" />;
    default:
      return null;
  }
}

/**
 * The figure's lines and outlines as click targets, over the Scene and under the person
 * nodes: each is drawn again wide and transparent, shows a tint on hover and while selected,
 * and carries a button role and a name, so it can be found and clicked like any control.
 */
export const ObjectTargetsSvg = memo(function ObjectTargetsSvg({
  targets,
  bounds,
  selection,
  onPick,
}: {
  targets: ObjectTarget[];
  /** The Scene's bounds: the svg covers the figure, or hits outside its own box would not be found. */
  bounds: Box;
  selection: ReadonlySet<Id>;
  onPick: (target: ObjectTarget, event: React.MouseEvent, menu: boolean) => void;
}) {
  return (
    <svg
      data-testid="object-targets"
      className="object-targets"
      style={{ position: 'absolute', left: bounds.x, top: bounds.y, overflow: 'visible', pointerEvents: 'none' }}
      width={bounds.width}
      height={bounds.height}
      viewBox={`${bounds.x} ${bounds.y} ${bounds.width} ${bounds.height}`}
    >
      {targets.map((t) => {
        const selected = t.ids.every((id) => selection.has(id));
        return (
          <g
            key={t.key}
            role="button"
            aria-label={t.label}
            aria-pressed={selected}
            data-object-kind={t.kind}
            className={selected ? 'object-target object-target--selected' : 'object-target'}
            onPointerDown={(e) => e.stopPropagation()}
            onMouseDown={(e) => e.stopPropagation()}
            onClick={(e) => {
              e.stopPropagation();
              onPick(t, e, false);
            }}
            onContextMenu={(e) => {
              e.preventDefault();
              e.stopPropagation();
              onPick(t, e, true);
            }}
          >
            <title>{t.label}</title>
            {t.strokes.map((p, i) => (
              <Stroke key={i} p={p} />
            ))}
          </g>
        );
      })}
    </svg>
  );
});
