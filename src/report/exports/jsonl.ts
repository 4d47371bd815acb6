// Records as JSON lines: one document's Record a line, as `bilat extract --jsonl` writes them.
import type { Record } from '../../record/schema.ts';

export function recordLine(record: Record): string {
  return `${JSON.stringify(record)}\n`;
}
