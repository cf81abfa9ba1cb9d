import type { Primitive } from '../../../core/drawing/scene';
import { outputText } from '../../../core/model/textHygiene';

/** One Scene primitive as an SVG element: the same attributes the SVG export writes. */
export function ScenePrimitive({ p }: { p: Primitive }) {
  if (p.type === 'text') {
    return (
      <text
        x={p.x}
        y={p.y}
        fontSize={p.size}
        fontWeight={p.weight}
        textAnchor={p.anchor}
        fontStyle={p.italic ? 'italic' : undefined}
        fill={p.fill}
        stroke={p.halo ? '#ffffff' : undefined}
        strokeWidth={p.halo ? 3 : undefined}
        strokeLinejoin={p.halo ? 'round' : undefined}
        paintOrder={p.halo ? 'stroke' : undefined}
      >
        {/* As the SVG export writes it: bidirectional controls inside an isolate of their own. */}
        {outputText(p.text)}
      </text>
    );
  }
  const paint = {
    fill: p.fill ?? 'none',
    stroke: p.stroke,
    strokeWidth: p.stroke ? (p.strokeWidth ?? 1) : undefined,
    strokeDasharray: p.stroke ? p.dash : undefined,
  };
  switch (p.type) {
    case 'rect':
      return <rect x={p.x} y={p.y} width={p.width} height={p.height} rx={p.rx} {...paint} />;
    case 'circle':
      return <circle cx={p.cx} cy={p.cy} r={p.r} {...paint} />;
    case 'line':
      return <line x1={p.x1} y1={p.y1} x2={p.x2} y2={p.y2} {...paint} />;
    case 'polyline':
      return <polyline points={p.points.map(([x, y]) => `${x},${y}`).join(' ')} {...paint} />;
    case 'path':
      return <path d={p.d} fillRule={p.fillRule} {...paint} />;
  }
}
