import { describe, expect, it } from 'vitest';
import { markdownTable } from '../../bench/benchTable';

describe('markdownTable', () => {
  it('renders a table with a note for a missing module', () => {
    const table = markdownTable([
      { what: 'layout', rows: [{ name: '50 persons', metric: 'time', median: 42.123, unit: 'ms', target: '≤ 50 ms' }] },
      { what: 'bundle', rows: [{ name: 'site', metric: 'files', median: 12_345, unit: 'KB' }] },
      { what: 'edit latency', note: 'edit.bench.ts is not there yet' },
    ]);
    expect(table.split('\n')).toEqual([
      '| Area | Benchmark | Metric | Median | Target | Met |',
      '| --- | --- | --- | ---: | --- | --- |',
      '| layout | 50 persons | time | 42.1 ms | ≤ 50 ms | yes |',
      '| bundle | site | files | 12,345 KB |  |  |',
      '| edit latency | — | — | — | — | edit.bench.ts is not there yet |',
    ]);
  });
});
