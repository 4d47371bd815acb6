// The evaluation report: a terminal table, or a machine-readable object for --json.
import pc from 'picocolors';
import {
  ATTRIBUTES,
  byKey,
  EXTRA_SLOTS,
  MEAN_SLOTS,
  meanF1,
  SLOTS,
  slotScore,
  type AttributeName,
  type EvaluationResult,
  type SlotName,
  type SlotScore,
} from './score.ts';

export interface ReportOptions {
  /** Add one row per document with the F1 of each slot. */
  byDocument: boolean;
}

export interface TextReportOptions extends ReportOptions {
  /** Colour the figures; only when the output is a terminal. */
  colour: boolean;
}

type Colors = ReturnType<typeof pc.createColors>;

const MEAN_LABEL = 'mean F1 of the eight entity and event slots';

function figure(value: number | null): string {
  return value === null ? '–' : value.toFixed(3);
}

function colourF1(colors: Colors, value: number, text: string): string {
  if (value >= 0.8) return colors.green(text);
  if (value >= 0.5) return colors.yellow(text);
  return colors.red(text);
}

type CellColour = (paddedCell: string, row: number, column: number) => string;

/** Left-aligns the first column and right-aligns the rest; colour is applied after padding. */
function table(header: readonly string[], rows: readonly (readonly string[])[], colour: CellColour = (cell) => cell): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const pad = (cell: string, column: number) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]));
  return [
    header.map(pad).join('  '),
    ...rows.map((row, rowIndex) => row.map((cell, column) => colour(pad(cell, column), rowIndex, column)).join('  ')),
  ];
}

function scoreRows(labels: readonly string[], scores: readonly SlotScore[]): string[][] {
  return labels.map((label, index) => {
    const score = scores[index];
    return [label, figure(score.precision), figure(score.recall), figure(score.f1), String(score.tp), String(score.fp), String(score.fn)];
  });
}

function scoreTable(colors: Colors, title: string, labels: readonly string[], scores: readonly SlotScore[]): string[] {
  const F1_COLUMN = 3;
  return table([title, 'P', 'R', 'F1', 'TP', 'FP', 'FN'], scoreRows(labels, scores), (cell, row, column) =>
    column === F1_COLUMN ? colourF1(colors, scores[row].f1, cell) : cell,
  );
}

function attributeLabel(attribute: AttributeName): string {
  return attribute.replaceAll('_', ' ');
}

const SLOT_ABBREVIATIONS: { [slot in SlotName]: string } = {
  countries: 'ctry',
  persons: 'pers',
  organizations: 'org',
  places: 'place',
  instruments: 'instr',
  initiatives: 'init',
  forums: 'forum',
  events: 'event',
  roles: 'roles*',
  sectors: 'sect*',
};

function documentSlotScores(result: EvaluationResult): { file: string; slots: { [slot in SlotName]: SlotScore }; meanF1: number }[] {
  return result.documents.map((document) => {
    const slots = byKey(SLOTS, (slot) => slotScore(document.slots[slot]));
    return { file: document.file, slots, meanF1: meanF1(slots) };
  });
}

export function renderReport(result: EvaluationResult, options: TextReportOptions): string {
  const colors = pc.createColors(options.colour);
  const heading = (text: string) => colors.bold(text);
  const lines: string[] = [];

  lines.push(heading(`Scores over ${result.documents.length} document${result.documents.length === 1 ? '' : 's'} (micro averages)`));
  lines.push(
    ...scoreTable(
      colors,
      'slot',
      [...MEAN_SLOTS, ...EXTRA_SLOTS.map((slot) => `${slot}*`)],
      SLOTS.map((slot) => result.slots[slot]),
    ),
  );
  lines.push(colors.dim('* not in the mean F1'), '');

  const participants = result.participants;
  lines.push(heading('Who took part in the matched events (not in the mean F1)'));
  lines.push(
    ...table(
      ['', 'P', 'R', 'F1', 'right', 'predicted', 'found', 'gold'],
      [[
        'event participants',
        figure(participants.precision),
        figure(participants.recall),
        figure(participants.f1),
        String(participants.predictedRight),
        String(participants.predicted),
        String(participants.goldFound),
        String(participants.gold),
      ]],
      (cell, _row, column) => (column === 3 ? colourF1(colors, participants.f1, cell) : cell),
    ),
    '',
  );

  lines.push(heading('Attributes of matched pairs'));
  lines.push(
    ...table(
      ['attribute', 'accuracy', 'n'],
      ATTRIBUTES.map((attribute) => {
        const score = result.attributes[attribute];
        return [attributeLabel(attribute), figure(score.accuracy), String(score.n)];
      }),
    ),
    '',
  );

  const eventTypes = Object.keys(result.eventsByType);
  lines.push(heading('Events by type'));
  if (eventTypes.length === 0) lines.push(colors.dim('no events in gold or prediction'));
  else lines.push(...scoreTable(colors, 'type', eventTypes, eventTypes.map((type) => result.eventsByType[type])));
  lines.push('');

  if (options.byDocument) {
    lines.push(heading('F1 per document'));
    const documents = documentSlotScores(result);
    const rows = documents.map((document) => [
      document.file,
      ...SLOTS.map((slot) => figure(document.slots[slot].f1)),
      figure(document.meanF1),
    ]);
    const documentColour: CellColour = (cell, row, column) => {
      if (column === 0) return cell;
      const document = documents[row];
      const slot = SLOTS[column - 1];
      return colourF1(colors, slot === undefined ? document.meanF1 : document.slots[slot].f1, cell);
    };
    lines.push(...table(['document', ...SLOTS.map((slot) => SLOT_ABBREVIATIONS[slot]), 'mean'], rows, documentColour), '');
  }

  lines.push(heading(`${MEAN_LABEL}: `) + colourF1(colors, result.meanF1, figure(result.meanF1)));
  return lines.join('\n') + '\n';
}

export interface JsonSlotScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface JsonReport {
  documents: number;
  slots: { [slot in SlotName]: JsonSlotScore };
  attributes: { [attribute in AttributeName]: { accuracy: number | null; correct: number; n: number } };
  events_by_type: { [eventType: string]: JsonSlotScore };
  /** Who took part in the matched events: not in the mean. */
  event_participants: { precision: number; recall: number; f1: number; predicted_right: number; predicted: number; gold_found: number; gold: number };
  /** Mean F1 of the eight entity and event slots (MEAN_SLOTS). */
  mean_f1: number;
  mean_f1_slots: SlotName[];
  by_document?: { file: string; slots: { [slot in SlotName]: JsonSlotScore }; mean_f1: number }[];
}

function jsonSlotScore(score: SlotScore): JsonSlotScore {
  return { precision: score.precision, recall: score.recall, f1: score.f1, tp: score.tp, fp: score.fp, fn: score.fn };
}

function jsonSlots(slots: { [slot in SlotName]: SlotScore }): { [slot in SlotName]: JsonSlotScore } {
  return byKey(SLOTS, (slot) => jsonSlotScore(slots[slot]));
}

export function reportJson(result: EvaluationResult, options: ReportOptions): JsonReport {
  const report: JsonReport = {
    documents: result.documents.length,
    slots: jsonSlots(result.slots),
    attributes: byKey(ATTRIBUTES, (attribute) => {
      const { accuracy, correct, n } = result.attributes[attribute];
      return { accuracy, correct, n };
    }),
    events_by_type: Object.fromEntries(Object.entries(result.eventsByType).map(([type, score]) => [type, jsonSlotScore(score)])),
    event_participants: {
      precision: result.participants.precision,
      recall: result.participants.recall,
      f1: result.participants.f1,
      predicted_right: result.participants.predictedRight,
      predicted: result.participants.predicted,
      gold_found: result.participants.goldFound,
      gold: result.participants.gold,
    },
    mean_f1: result.meanF1,
    mean_f1_slots: [...MEAN_SLOTS],
  };
  if (options.byDocument) {
    report.by_document = documentSlotScores(result).map((document) => ({
      file: document.file,
      slots: jsonSlots(document.slots),
      mean_f1: document.meanF1,
    }));
  }
  return report;
}
