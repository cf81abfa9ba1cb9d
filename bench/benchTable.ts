import { meetsTarget, type BenchRow } from './benchRow';

export type Outcome = { what: string; rows: BenchRow[] } | { what: string; note: string };

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return value.toLocaleString('en-GB');
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-GB');
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function markdownTable(outcomes: Outcome[]): string {
  const lines = ['| Area | Benchmark | Metric | Median | Target | Met |', '| --- | --- | --- | ---: | --- | --- |'];
  for (const outcome of outcomes) {
    if ('note' in outcome) {
      lines.push(`| ${cell(outcome.what)} | — | — | — | — | ${cell(outcome.note)} |`);
      continue;
    }
    for (const row of outcome.rows) {
      const met = meetsTarget(row);
      lines.push(
        `| ${cell(outcome.what)} | ${cell(row.name)} | ${cell(row.metric)} | ${formatNumber(row.median)} ${cell(row.unit)} | ${cell(row.target ?? '')} | ${met === undefined ? '' : met ? 'yes' : '**no**'} |`,
      );
    }
  }
  return lines.join('\n');
}
