// FIELD=VALUE corrections as `bilat review correct` reads them: a value that reads as JSON
// (["AZE","KAZ"], {"end":"2026"}, null, 3) is taken as such, else as text.
export interface FieldValue {
  field: string;
  value: string;
}

function parseValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

export function correctionFields(rows: readonly FieldValue[]): { [field: string]: unknown } {
  return Object.fromEntries(rows.filter((row) => row.field.trim()).map((row) => [row.field.trim(), parseValue(row.value)]));
}
