// bilat brief: the briefing note on a pair of countries as of a date, in Markdown, HTML or PDF.
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { type Command, UsageError } from '../command.ts';
import { DB_OPTION_HELP, parseDyad, parsePartialDate, storeOptions, withStore } from '../store-options.ts';
import { renderPdf, requireChromium } from '../../pdf/render-pdf.ts';
import { dyadReport } from '../../../query/dyad-report.ts';
import { partialDateBounds } from '../../../record/partial-date.ts';
import { renderBriefHtml } from '../../../report/brief-html.ts';
import { renderBriefMarkdown } from '../../../report/brief-markdown.ts';
import { readableDate } from '../../../report/readable-date.ts';
import { countryByCode } from '../../../vocabulary/countries.ts';

type BriefFormat = 'md' | 'html' | 'pdf';

const FORMATS: readonly BriefFormat[] = ['md', 'html', 'pdf'];
const FORMAT_BY_EXTENSION: { [extension: string]: BriefFormat } = { '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.pdf': 'pdf' };

/** --format, else the output file's extension, else Markdown. */
function briefFormat(format: unknown, output: string | undefined): BriefFormat {
  if (format === undefined) return (output && FORMAT_BY_EXTENSION[extname(output).toLowerCase()]) || 'md';
  if (FORMATS.includes(String(format) as BriefFormat)) return String(format) as BriefFormat;
  throw new UsageError(`--format wants one of ${FORMATS.join(', ')}, got "${String(format)}"`);
}

/** The last day --as-of can mean ("2025-03" is the end of March), else today. */
function asOfDate(value: unknown): string {
  const date = parsePartialDate(value, '--as-of');
  return date === undefined ? new Date().toISOString().slice(0, 10) : partialDateBounds(date).end;
}

function countryName(code: string): string {
  return countryByCode(code)?.name ?? code;
}

export const briefCommand: Command = {
  name: 'brief',
  options: {
    ...storeOptions,
    'as-of': { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
  },
  help: `Usage: bilat brief COUNTRY COUNTRY [--as-of DATE] [--format md|html|pdf] [-o FILE] [--db PATH]

Writes the briefing note a desk officer hands over before a visit: a summary (last and
highest-level meeting, instruments signed, open and expiring soon), then the last meetings
and visits, the instruments register, projects and initiatives, the people on each side,
what each side said, sectors by quarter, tone over time, places and figures quoted. Every
fact is footnoted to its sources: outlet, date, document and the sentence itself.

The note says only what documents published by the as-of date reported (documents without
a publication date count as known). Instruments whose period ends within 90 days of it
are flagged.

COUNTRY is an ISO 3166-1 alpha-3 code (AZE) or an English name (Azerbaijan); the pair
may also be given as one argument, AZE-KAZ.

Options:
  --as-of DATE         what was known on DATE (YYYY-MM-DD; YYYY or YYYY-MM mean the
                       last day of that year or month); default today
  --format FORMAT      md (Markdown, the default), html (one self-contained page, ready
                       to print) or pdf; without it, -o FILE's extension decides
  -o, --output FILE    write the note to FILE; md and html go to standard output
                       without it, pdf to brief-COUNTRY-COUNTRY-DATE.pdf
${DB_OPTION_HELP}
  -h, --help           show this help

PDF needs Chromium: Debian's chromium (apt-get install chromium) is found on PATH, or set
BILAT_CHROMIUM to a Chromium or Chrome executable. Nothing is downloaded.

Examples:
  bilat brief AZE KAZ
  bilat brief AZE KAZ --as-of 2025-03-31 -o aze-kaz.html
  bilat brief Azerbaijan Kazakhstan --format pdf
  bilat brief AZE-KAZ --as-of 2026-11-24 --format pdf -o briefing.pdf --db /data/kb
`,
  async run(args, io) {
    if (args.positionals.length === 0) throw new UsageError('name two countries, as AZE KAZ');
    const countries = parseDyad(args.positionals, 'brief');
    const asOf = asOfDate(args.values['as-of']);
    const output = args.values.output === undefined ? undefined : String(args.values.output);
    const format = briefFormat(args.values.format, output);
    // Before the store is opened: a missing browser should not cost the user a query first.
    const chromium = format === 'pdf' ? requireChromium() : undefined;

    const report = await withStore(args, false, (store) => dyadReport(store, countries, { asOf }));
    const title = `${countryName(countries[0])} – ${countryName(countries[1])}`;
    if (chromium === undefined) {
      const text = format === 'md' ? renderBriefMarkdown(report) : renderBriefHtml(report);
      if (output === undefined) {
        io.stdout.write(text);
        return 0;
      }
      await writeFile(output, text);
      io.stdout.write(`Wrote ${output}: the briefing note on ${title} as of ${asOf}.\n`);
      return 0;
    }
    const pdf = await renderPdf(renderBriefHtml(report), { executablePath: chromium, footer: `${title} · briefing note as of ${readableDate(asOf)}` });
    const path = output ?? `brief-${countries[0]}-${countries[1]}-${asOf}.pdf`;
    await writeFile(path, pdf);
    io.stdout.write(`Wrote ${path}: the briefing note on ${title} as of ${asOf} (PDF, ${Math.ceil(pdf.length / 1024)} KB).\n`);
    return 0;
  },
};
