import type { ImportIssue, ImportSummary } from './importTypes';

/** The import summary in words: one headline, then each skipped item and warning with its line. */
export function describeImport(summary: ImportSummary): { headline: string; skipped: string[]; warnings: string[] } {
  const { read } = summary;
  const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
  const headline =
    `Read ${plural(read.persons, 'person')}, ${plural(read.families, 'family', 'families')} ` +
    `(${plural(read.partnerships, 'partnership')}), ${plural(read.parentLinks, 'parent link')}, ${plural(read.events, 'event')} ` +
    `and ${plural(read.notes, 'note')} from GEDCOM${summary.version ? ` ${summary.version}` : ''} (${summary.encoding}); ` +
    `${plural(summary.skipped.length, 'item')} skipped, ${plural(summary.warnings.length, 'warning')}.`;
  return { headline, skipped: summary.skipped.map(issueText), warnings: summary.warnings.map(issueText) };
}

function issueText(issue: ImportIssue): string {
  return issue.line !== undefined ? `line ${issue.line}: ${issue.message}` : issue.message;
}
