/**
 * The one ring tracer of the household outline code: the boundary of the inside cells of a
 * grid (cols × rows, row-major, 1 = inside) as closed rings, outer outlines and holes, with the
 * inside on the right of travel (clockwise on screen). Vertices are grid-line numbers
 * ([col, row], 0 … cols and 0 … rows); vertices on a straight run are left out. The callers
 * map them to the plane: square cells (cellOutline.ts) or the uneven grid made by rectangles'
 * own edges (rectUnion.ts).
 */
export function traceCellRings(inside: Uint8Array, cols: number, rows: number): [number, number][][] {
  const stride = cols + 1;
  const isIn = (col: number, row: number) => col >= 0 && row >= 0 && col < cols && row < rows && inside[row * cols + col] === 1;
  const next = new Map<number, number[]>();
  const edge = (a: number, b: number) => {
    const list = next.get(a);
    if (list) list.push(b);
    else next.set(a, [b]);
  };
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      if (!isIn(col, row)) continue;
      const v = row * stride + col;
      if (!isIn(col, row - 1)) edge(v, v + 1);
      if (!isIn(col + 1, row)) edge(v + 1, v + 1 + stride);
      if (!isIn(col, row + 1)) edge(v + 1 + stride, v + stride);
      if (!isIn(col - 1, row)) edge(v + stride, v);
    }
  }
  const xy = (v: number): [number, number] => [v % stride, Math.floor(v / stride)];
  const rings: [number, number][][] = [];
  for (const [start, outs] of next) {
    while (outs.length) {
      const ring = [start];
      let from = start;
      let at = outs.pop()!;
      while (at !== start) {
        ring.push(at);
        const options = next.get(at);
        if (!options || options.length === 0) break;
        // Where two cells meet only at a corner, turn right so they stay separate pieces.
        let pick = 0;
        if (options.length > 1) {
          const [fx, fy] = xy(from);
          const [ax, ay] = xy(at);
          pick = Math.max(
            0,
            options.findIndex((o) => {
              const [ox, oy] = xy(o);
              return (ax - fx) * (oy - ay) - (ay - fy) * (ox - ax) > 0;
            }),
          );
        }
        from = at;
        at = options.splice(pick, 1)[0]!;
      }
      rings.push(dropCollinear(ring.map(xy)));
    }
  }
  return rings;
}

function dropCollinear(points: [number, number][]): [number, number][] {
  const n = points.length;
  return points.filter((b, i) => {
    const a = points[(i + n - 1) % n]!;
    const c = points[(i + 1) % n]!;
    return (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]) !== 0;
  });
}
