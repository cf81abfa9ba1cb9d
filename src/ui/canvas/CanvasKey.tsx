import { useMemo, useRef, useState } from 'react';
import { drawLegend } from '../../core/drawing/legend';
import type { Scene } from '../../core/drawing/scene';
import { FONT_FAMILY } from '../../core/metrics/figureSizes';
import { ScenePrimitive } from './scene/ScenePrimitive';

/** One column of the key: the width drawLegend gives each column. */
const KEY_COLUMN = 290;
const PAD = 8;
/** The panel shows the key a little smaller than printed, so it covers less of the figure. */
const SCALE = 0.75;

/**
 * The key on the canvas: the entries the figure uses, drawn by the same drawLegend as the
 * exported figure's key, in a panel the author can collapse and drag aside.
 */
export function CanvasKey({ scene, onChange }: { scene: Scene; onChange?: () => void }) {
  const [open, setOpen] = useState(true);
  // Offset from the canvas's bottom-right corner, in pixels.
  const [offset, setOffset] = useState({ right: 12, bottom: 12 });
  const drag = useRef<{ x: number; y: number; right: number; bottom: number } | null>(null);
  const legend = useMemo(() => drawLegend(scene.legend, scene.asAtLabel, 0, 0, KEY_COLUMN), [scene.legend, scene.asAtLabel]);
  const b = legend.box;
  return (
    <section
      className={open ? 'canvas-key' : 'canvas-key canvas-key--closed'}
      aria-label="Key"
      data-testid="canvas-key"
      style={{ right: offset.right, bottom: offset.bottom }}
    >
      <div
        className="canvas-key__bar"
        title="Drag to move the key"
        onPointerDown={(e) => {
          if ((e.target as HTMLElement).closest('button')) return;
          e.currentTarget.setPointerCapture(e.pointerId);
          drag.current = { x: e.clientX, y: e.clientY, ...offset };
        }}
        onPointerMove={(e) => {
          const start = drag.current;
          if (!start) return;
          setOffset({ right: Math.max(0, start.right - (e.clientX - start.x)), bottom: Math.max(0, start.bottom - (e.clientY - start.y)) });
        }}
        onPointerUp={() => {
          if (drag.current) onChange?.();
          drag.current = null;
        }}
      >
        <span className="canvas-key__title">Key</span>
        <button
          type="button"
          aria-expanded={open}
          onClick={() => {
            setOpen((o) => !o);
            onChange?.();
          }}
        >
          {open ? 'Hide key' : 'Show key'}
        </button>
      </div>
      {open ? (
        <svg
          data-testid="canvas-key-drawing"
          width={(b.width + 2 * PAD) * SCALE}
          height={(b.height + 2 * PAD) * SCALE}
          viewBox={`${b.x - PAD} ${b.y - PAD} ${b.width + 2 * PAD} ${b.height + 2 * PAD}`}
          fontFamily={`${FONT_FAMILY}, sans-serif`}
          role="img"
          aria-label={`Key: ${scene.legend.map((e) => e.label).join('; ')}`}
        >
          <g data-key="legend" data-kind="legend">
            {legend.items.map((p, i) => (
              <ScenePrimitive key={i} p={p} />
            ))}
          </g>
        </svg>
      ) : null}
    </section>
  );
}
