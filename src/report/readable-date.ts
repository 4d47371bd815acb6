// Partial ISO dates as a reader writes them: "3 March 2025", "March 2025", "2025"; in
// tables, where columns are narrow, "3 Mar 2025".

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** YYYY, YYYY-MM or YYYY-MM-DD in words; anything else is returned as it is. */
export function readableDate(date: string, options: { short?: boolean } = {}): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  const monthName = match?.[2] === undefined ? undefined : MONTHS[Number(match[2]) - 1];
  if (!match || (match[2] !== undefined && monthName === undefined)) return date;
  if (monthName === undefined) return match[1];
  const month = options.short ? monthName.slice(0, 3) : monthName;
  return match[3] === undefined ? `${month} ${match[1]}` : `${Number(match[3])} ${month} ${match[1]}`;
}

/** readableDate for a table cell. */
export function shortDate(date: string): string {
  return readableDate(date, { short: true });
}
