// Resolution compares every stored name with many reports, reading the same strings again and
// again; a pure reading of a string is kept once computed. The memo forgets everything when it
// is full rather than tracking use: a batch's names are read again soon after.

/** `read`, computed once per string while at most `limit` strings are kept. */
export function memoizedByString<Value>(read: (text: string) => Value, limit: number): (text: string) => Value {
  const kept = new Map<string, Value>();
  return (text) => {
    let value = kept.get(text);
    if (value === undefined) {
      if (kept.size >= limit) kept.clear();
      value = read(text);
      kept.set(text, value);
    }
    return value;
  };
}
