// Partial ISO dates ("2025", "2025-03", "2025-03-03") as the range of days they can mean.

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day a partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) can mean. */
export function partialDateBounds(date: string): { start: string; end: string } {
  const [year, month, day] = date.split('-');
  if (day !== undefined) return { start: date, end: date };
  if (month !== undefined) {
    return { start: `${year}-${month}-01`, end: `${year}-${month}-${String(daysInMonth(Number(year), Number(month))).padStart(2, '0')}` };
  }
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}
