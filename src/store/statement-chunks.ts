// Inserts and lookups in slices small enough for one statement: PostgreSQL takes at most
// 65,535 parameters.
const ROWS_PER_STATEMENT = 1000;

export function chunks<T>(rows: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) result.push(rows.slice(i, i + ROWS_PER_STATEMENT));
  return result;
}
