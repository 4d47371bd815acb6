// Plain aligned tables for the terminal: text columns to the left, numbers to the right.

export type Alignment = 'left' | 'right';

function columnWidths(rows: readonly (readonly string[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, cell.length)));
  return widths;
}

function alignedLine(cells: readonly string[], widths: readonly number[], alignments: readonly Alignment[]): string {
  return cells.map((cell, column) => (alignments[column] === 'right' ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd();
}

/** Rows without a header, for key–value listings. */
export function formatRows(rows: readonly (readonly string[])[], alignments: readonly Alignment[]): string {
  const widths = columnWidths(rows);
  return rows.map((row) => alignedLine(row, widths, alignments)).join('\n');
}

export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[], alignments: readonly Alignment[]): string {
  const widths = columnWidths([headers, ...rows]);
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [alignedLine(headers, widths, alignments), rule, ...rows.map((row) => alignedLine(row, widths, alignments))].join('\n');
}

export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function formatGigabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GB`;
}

export function formatMilliseconds(milliseconds: number): string {
  return milliseconds.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

export function formatSeconds(milliseconds: number): string {
  return formatMilliseconds(milliseconds / 1000);
}
