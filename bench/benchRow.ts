import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One line of the benchmark table; every bench module's run…Bench() returns these. */
export interface BenchRow {
  name: string;
  metric: string;
  median: number;
  unit: string;
  /** e.g. "≤ 1 s", "≤ 100 ms", "≤ 250 KB". */
  target?: string;
}

/** True/false when the target can be read and compared; undefined when there is none or it is not a bound. */
export function meetsTarget(row: BenchRow): boolean | undefined {
  const match = /^\s*(≤|<=|<|≥|>=|>)\s*([0-9][0-9,.]*)\s*([a-zA-Z%]*)\s*$/.exec(row.target ?? '');
  if (!match) return undefined;
  const [, op, amount, unit] = match;
  const limit = Number(amount!.replace(/,/g, '')) * scaleTo(unit ?? '', row.unit);
  if (!Number.isFinite(limit)) return undefined;
  switch (op) {
    case '≤':
    case '<=':
      return row.median <= limit;
    case '<':
      return row.median < limit;
    case '≥':
    case '>=':
      return row.median >= limit;
    default:
      return row.median > limit;
  }
}

const UNITS: Record<string, { dimension: 'time' | 'size'; factor: number }> = {
  ms: { dimension: 'time', factor: 1 },
  s: { dimension: 'time', factor: 1000 },
  min: { dimension: 'time', factor: 60_000 },
  B: { dimension: 'size', factor: 1 },
  KB: { dimension: 'size', factor: 1024 },
  MB: { dimension: 'size', factor: 1024 * 1024 },
};

/** How many of the row's unit one target unit is, so "≤ 1 s" compares with milliseconds; NaN across dimensions. */
function scaleTo(targetUnit: string, rowUnit: string): number {
  if (targetUnit === rowUnit || targetUnit === '') return 1;
  const from = UNITS[targetUnit];
  const to = UNITS[rowUnit];
  return from && to && from.dimension === to.dimension ? from.factor / to.factor : Number.NaN;
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** True when the module is the script node was started with (a bench file run on its own). */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && moduleUrl === pathToFileURL(resolve(entry)).href;
}
