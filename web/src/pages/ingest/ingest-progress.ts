// Where an ingest stands: nothing yet, sending (with the share sent, when known), extracting
// (the server reads the articles), done with the report, or failed.
import type { IngestReport } from '../../api-types.ts';

export type IngestProgress =
  | { stage: 'idle' }
  | { stage: 'sending'; sent: number | undefined; what: string }
  | { stage: 'extracting'; what: string }
  | { stage: 'done'; report: IngestReport }
  | { stage: 'failed'; error: Error };
