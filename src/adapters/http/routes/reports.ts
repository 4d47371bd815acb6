// Briefing notes and exports over HTTP, as downloads.
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { dyadReport } from '../../../query/dyad-report.ts';
import { renderBriefHtml } from '../../../report/brief-html.ts';
import { renderBriefMarkdown } from '../../../report/brief-markdown.ts';
import { EXPORT_FORMATS, type ExportFormat, exportFiles } from '../../../report/exports/export-files.ts';
import type { KnowledgeReader } from '../../../store/store.ts';
import { findChromium, PdfPrinter } from '../../pdf/render-pdf.ts';
import { HttpError } from '../http-error.ts';
import { errorResponse, fullDate, iso3, partialDate } from '../schemas.ts';
import type { WorkLimit } from '../work-limit.ts';

const BRIEF_TYPES = { md: 'text/markdown; charset=utf-8', html: 'text/html; charset=utf-8', pdf: 'application/pdf' } as const;
const EXPORT_TYPES: { [format in ExportFormat]: string } = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  gdelt: 'text/tab-separated-values; charset=utf-8',
  ftm: 'application/x-ndjson; charset=utf-8',
  ical: 'text/calendar; charset=utf-8',
};

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The brief's own policy: a document that needs no script and gets none, shown in a sandbox. */
const BRIEF_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox; frame-ancestors 'none'";

/** Briefs and exports; PDFs printed by one shared Chromium, within `pdfLimit`. */
export async function reportRoutes(api: FastifyInstance, store: KnowledgeReader, pdfLimit: WorkLimit): Promise<void> {
  let printer: PdfPrinter | undefined;
  api.addHook('onClose', async () => printer?.close());
  api.get<{ Params: { a: string; b: string }; Querystring: { format?: keyof typeof BRIEF_TYPES; asOf?: string; download?: boolean } }>('/dyads/:a/:b/brief', {
    config: { cacheUntilStoreChanges: true },
    schema: {
      tags: ['dyads'],
      summary: 'The briefing note on a pair of countries as of a date, every statement footnoted (Markdown, HTML, or PDF when Chromium is installed)',
      params: { type: 'object', properties: { a: iso3, b: iso3 }, required: ['a', 'b'] },
      querystring: {
        type: 'object',
        properties: { format: { type: 'string', enum: Object.keys(BRIEF_TYPES), default: 'html' }, asOf: fullDate, download: { type: 'boolean', default: false } },
        additionalProperties: false,
      },
      response: { 400: errorResponse, 501: errorResponse, 503: errorResponse },
    },
  }, async (request, reply) => {
    const countries = [request.params.a.toUpperCase(), request.params.b.toUpperCase()] as const;
    const format = request.query.format ?? 'html';
    const asOf = request.query.asOf ?? today();
    const executablePath = format === 'pdf' ? findChromium() : undefined;
    if (format === 'pdf' && !executablePath) throw new HttpError(501, 'PDF needs Chromium on the server (Debian: apt-get install chromium); the HTML brief prints to PDF from any browser');
    const report = await dyadReport(store, countries, { asOf });
    const body = format === 'md'
      ? renderBriefMarkdown(report)
      : format === 'html'
        ? renderBriefHtml(report)
        : Buffer.from(await pdfLimit.run(() => (printer ??= new PdfPrinter(executablePath!)).print(renderBriefHtml(report), `${countries.join(' – ')} · as of ${asOf}`)));
    const name = `brief-${countries.join('-')}-${asOf}.${format}`;
    void reply.type(BRIEF_TYPES[format]);
    if (request.query.download || format === 'pdf') void reply.header('content-disposition', `attachment; filename="${name}"`);
    if (format === 'html') void reply.header('content-security-policy', BRIEF_CONTENT_SECURITY_POLICY);
    return body;
  });

  api.get<{ Params: { format: ExportFormat }; Querystring: { a?: string; b?: string; from?: string; to?: string; table?: string; asOf?: string } }>('/export/:format', {
    schema: {
      tags: ['dyads'],
      summary: 'The knowledge base (or a pair of countries\' part of it) as JSON lines, a CSV table, GDELT-style events, FollowTheMoney entities or iCalendar',
      params: { type: 'object', properties: { format: { type: 'string', enum: [...EXPORT_FORMATS] } }, required: ['format'] },
      querystring: {
        type: 'object',
        properties: { a: iso3, b: iso3, from: partialDate, to: partialDate, table: { type: 'string' }, asOf: fullDate },
        additionalProperties: false,
      },
      response: { 400: errorResponse },
    },
  }, async (request, reply) => {
    const { format } = request.params;
    const { a, b, from, to, table, asOf } = request.query;
    if (Boolean(a) !== Boolean(b)) throw new HttpError(400, 'give both countries of the pair, a and b, or neither');
    const scope = { ...(a && b ? { dyad: [a.toUpperCase(), b.toUpperCase()] as const } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
    const files = exportFiles(store, format, { scope, asOf: asOf ?? today(), madeAt: new Date() });
    const file = format === 'csv' ? files.find((candidate) => candidate.name === `${table}.csv`) : files[0];
    if (!file) throw new HttpError(400, `csv exports one table at a time: table=${files.map((candidate) => candidate.name.replace(/\.csv$/, '')).join('|')}`);
    const text = await file.open();
    void reply.type(EXPORT_TYPES[format]).header('content-disposition', `attachment; filename="${file.name}"`);
    return reply.send(Readable.from((async function* () {
      for await (const piece of text.pieces) yield piece.text;
    })()));
  });
}
