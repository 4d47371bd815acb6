// Many rows inserted as one JSON parameter that PostgreSQL unpacks (jsonb_to_recordset).
// drizzle's multi-row insert binds one parameter per value and works out each parameter's
// type anew by walking class chains; on ingest, building those statements took the worker
// more time than PostgreSQL took to run them.
import { getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { StoreTransaction } from '../database.ts';
import { jsonParameter } from '../json-parameter.ts';
import { chunks } from '../statement-chunks.ts';

/** A record set's column types are plain types: a serial column takes integers. */
const RECORD_TYPE: { [sqlType: string]: string } = { serial: 'integer', bigserial: 'bigint' };

/** The columns a row gives a value; the others take their defaults. */
function givenKeys(row: object): string {
  return Object.entries(row).filter(([, value]) => value !== undefined).map(([key]) => key).join(',');
}

/**
 * Inserts the rows, `onConflict` (e.g. sql`on conflict do nothing`) appended to each statement.
 * Rows that leave different columns to their defaults go in separate statements.
 */
export async function insertRows<Table extends PgTable>(
  tx: StoreTransaction,
  table: Table,
  rows: readonly Table['$inferInsert'][],
  onConflict: SQL = sql``,
): Promise<void> {
  const columns: { [key: string]: PgColumn } = getTableColumns(table);
  const byKeys = new Map<string, Table['$inferInsert'][]>();
  for (const row of rows) {
    const keys = givenKeys(row);
    if (keys === '') throw new Error(`a row for ${getTableName(table)} gives no column a value`);
    const group = byKeys.get(keys);
    if (group) group.push(row);
    else byKeys.set(keys, [row]);
  }
  for (const [keys, group] of byKeys) {
    const given = keys.split(',').map((key) => {
      const column = columns[key];
      if (!column) throw new Error(`${getTableName(table)} has no column ${key}`);
      const sqlType = column.getSQLType();
      return { key, name: column.name, type: RECORD_TYPE[sqlType] ?? sqlType };
    });
    const names = sql.raw(given.map(({ name }) => `"${name}"`).join(', '));
    const definitions = sql.raw(given.map(({ name, type }) => `"${name}" ${type}`).join(', '));
    for (const rowChunk of chunks(group)) {
      const records = rowChunk.map((row) => Object.fromEntries(given.map(({ key, name }) => [name, (row as { [key: string]: unknown })[key]])));
      await tx.execute(sql`
        insert into ${table} (${names})
        select ${names} from jsonb_to_recordset(${jsonParameter(records)}::jsonb) as given(${definitions})
        ${onConflict}`);
    }
  }
}
