// An export's files as text, for tests that parse them back.
import { type ExportFormat, type ExportRequest, exportFiles } from '../../src/report/exports/export-files.ts';
import type { Store } from '../../src/store/store.ts';

/** The as-of date and the time of making of test exports, fixed so that outputs are stable. */
export const TEST_AS_OF = '2025-06-01';
export const TEST_MADE_AT = new Date('2025-06-01T09:30:00Z');

/** Each file's name and whole text. */
export async function exportedText(store: Store, format: ExportFormat, request: Partial<ExportRequest> = {}): Promise<Map<string, string>> {
  const files = exportFiles(store, format, { scope: {}, asOf: TEST_AS_OF, madeAt: TEST_MADE_AT, ...request });
  const texts = new Map<string, string>();
  for (const file of files) {
    const { pieces } = await file.open();
    let text = '';
    for await (const piece of pieces) text += piece.text;
    texts.set(file.name, text);
  }
  return texts;
}
