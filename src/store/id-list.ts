// A list of ids as one statement parameter. drizzle spreads a JavaScript array into one
// parameter per element, which makes long `in (…)` lists the planner handles poorly and
// PostgreSQL caps at 65,535 parameters; one JSON parameter turned into a text[] has neither problem.
import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { jsonParameter } from './json-parameter.ts';

export function idArray(ids: Iterable<string>): SQL {
  return sql`array(select jsonb_array_elements_text(${jsonParameter([...ids])}::jsonb))`;
}

/** `expression = any(ids)`: drizzle's inArray, with the ids as one parameter. */
export function isAnyOf(expression: SQLWrapper, ids: Iterable<string>): SQL {
  return sql`${expression} = any(${idArray(ids)})`;
}
