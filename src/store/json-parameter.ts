// A value as JSON for a jsonb statement parameter. JSON.stringify writes a lone surrogate as a
// \uD8xx escape, which PostgreSQL's jsonb refuses; a text parameter would have carried it as
// the replacement character, and so does this.
export function jsonParameter(value: unknown): string {
  const json = JSON.stringify(value);
  if (!json.includes('\\ud')) return json;
  return JSON.stringify(value, (_, item: unknown) => (typeof item === 'string' ? item.replace(/\p{Cs}/gu, '\uFFFD') : item));
}
