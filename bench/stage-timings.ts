// Extraction stage by stage over the workload, to show which stage is hot.
import type { Article } from '../src/read/article.ts';
import { createAnnotatedDocument } from '../src/extract/annotated-document.ts';
import { buildRecord } from '../src/extract/build-record.ts';
import { STAGES } from '../src/extract/pipeline.ts';

export interface StageTiming {
  stage: string;
  milliseconds: number;
}

const CREATE_DOCUMENT = 'create document';
const BUILD_RECORD = 'build record';

export function timeStages(workload: readonly Article[]): StageTiming[] {
  const totals = new Map<string, number>([[CREATE_DOCUMENT, 0], ...STAGES.map((stage): [string, number] => [stage.name, 0]), [BUILD_RECORD, 0]]);
  const add = (stage: string, started: number) => totals.set(stage, (totals.get(stage) ?? 0) + performance.now() - started);
  for (const article of workload) {
    let started = performance.now();
    const doc = createAnnotatedDocument(article);
    add(CREATE_DOCUMENT, started);
    for (const stage of STAGES) {
      started = performance.now();
      stage.run(doc);
      add(stage.name, started);
    }
    started = performance.now();
    buildRecord(doc);
    add(BUILD_RECORD, started);
  }
  return [...totals].map(([stage, milliseconds]) => ({ stage, milliseconds }));
}
