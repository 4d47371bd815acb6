import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type DyadReport, dyadReport } from '../query/dyad-report.ts';
import type { ExtractedArticle, KnowledgeEvent } from '../store/store.ts';
import { renderBriefHtml } from './brief-html.ts';
import { renderBriefMarkdown } from './brief-markdown.ts';
import { readableDate } from './readable-date.ts';
import { storeBackends } from '../../test/support/store-backends.ts';
import { extractedArticles } from '../../test/support/corpus-records.ts';

const [pglite] = storeBackends();
const AS_OF = '2026-11-24';
const SECTIONS = [
  'Last meetings and visits', 'Instruments register', 'Projects and initiatives', 'People on each side', 'What each side said',
  'Sectors by quarter', 'Tone over time', 'Places', 'Figures quoted', 'Sources',
];

/** Markdown's backslash escapes undone, to compare with the source text. */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_[\]<>|~&])/g, '$1');
}

function footnoteNumbersCited(text: string, definition: RegExp, reference: RegExp): { cited: Set<number>; defined: number[] } {
  const defined = [...text.matchAll(definition)].map((match) => Number(match[1]));
  const cited = new Set([...text.matchAll(reference)].map((match) => Number(match[1])));
  return { cited, defined };
}

function whitespaceFolded(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('the briefing note on Azerbaijan and Kazakhstan, from the seeds and a test article', () => {
  let corpus: ExtractedArticle[];
  let report: DyadReport;
  let before20250303: DyadReport;
  let markdown: string;
  let html: string;
  before(async () => {
    corpus = await extractedArticles();
    const { store } = await pglite.freshStore();
    try {
      await store.saveDocuments(corpus);
      report = await dyadReport(store, ['AZE', 'KAZ'], { asOf: AS_OF });
      before20250303 = await dyadReport(store, ['AZE', 'KAZ'], { asOf: '2025-03-02' });
    } finally {
      await store.close();
    }
    markdown = renderBriefMarkdown(report);
    html = renderBriefHtml(report);
  });
  after(() => pglite.dispose());

  test('the Markdown note has a title naming both countries and the date, a summary, then its sections in order', () => {
    const lines = markdown.split('\n');
    assert.equal(lines[0], '# Azerbaijan – Kazakhstan');
    assert.match(markdown, /Briefing note as of 24 November 2026/);
    const summary = lines.find((line) => line.startsWith('As of 24 November 2026'));
    assert.ok(summary, 'a summary paragraph');
    assert.match(summary, /\d+ documents report \d+ events between Azerbaijan and Kazakhstan/);
    assert.match(summary, /\*\*Last meeting:\*\* 3 March 2025, \w+ at head-of-(state|government) level/);
    assert.match(summary, /\*\*Instruments:\*\* \d+ with both as parties: .*\d+ signed/);
    const headings = lines.filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
    assert.deepEqual(headings, SECTIONS);
  });

  test("the seeds' MFA action plan for 2025-2026 and the 2022-2026 cooperation programme are flagged as expiring, and nothing else is", () => {
    const expiring = report.instruments.filter((row) => row.expiringSoon);
    assert.deepEqual(expiring.map((row) => [row.kind, row.period?.start, row.period?.end]).sort(), [['action plan', '2025', '2026'], ['programme', '2022', '2026']]);
    for (const row of expiring) assert.ok(row.daysToExpiry !== null && row.daysToExpiry >= 0 && row.daysToExpiry <= 40, `${row.name}: ${row.daysToExpiry} days`);

    const flaggedRows = markdown.split('\n').filter((line) => line.startsWith('| ⚠ '));
    assert.equal(flaggedRows.length, 2);
    assert.ok(flaggedRows.some((line) => /Action plan between the Ministries of Foreign Affairs.*\| 2025–2026 \|.*\*\*⚠ 31 Dec 2026, in 37 days\*\*/.test(line)));
    assert.ok(flaggedRows.some((line) => /comprehensive cooperation development program.*\| 2022–2026 \|.*\*\*⚠ 31 Dec 2026, in 37 days\*\*/i.test(line)));
    const expiringLine = markdown.split('\n').find((line) => line.includes('**Expiring within 90 days:**')) ?? '';
    assert.match(expiringLine, /Action plan between the Ministries of Foreign Affairs \(31 December 2026\)/);
    assert.match(expiringLine, /comprehensive cooperation development program \(31 December 2026\)/i);

    const flaggedHtmlRows = [...html.matchAll(/<tr class="expiring">(.*?)<\/tr>/g)].map((match) => match[1]);
    assert.equal(flaggedHtmlRows.length, 2);
    assert.ok(flaggedHtmlRows.every((row) => row.includes('⚠') && row.includes('in 37 days')));
  });

  test('every footnote number cited in the text has a footnote, and every footnote is cited', () => {
    const inMarkdown = footnoteNumbersCited(markdown, /^\[\^(\d+)\]:/gm, /(?<!^)\[\^(\d+)\](?!:)/gm);
    assert.ok(inMarkdown.defined.length > 10, `${inMarkdown.defined.length} footnotes`);
    assert.deepEqual(inMarkdown.defined, inMarkdown.defined.map((_, index) => index + 1), 'numbered 1, 2, 3… in order');
    assert.deepEqual([...inMarkdown.cited].sort((a, b) => a - b), inMarkdown.defined);

    const inHtml = footnoteNumbersCited(html, /<li id="note-(\d+)"/g, /<a href="#note-(\d+)" id="ref-\d+-\d+">/g);
    assert.deepEqual(inHtml.defined, inMarkdown.defined);
    assert.deepEqual([...inHtml.cited].sort((a, b) => a - b), inHtml.defined);
    for (const [, id] of html.matchAll(/<a class="back" href="#(ref-\d+-\d+)"/g)) assert.ok(html.includes(`id="${id}"`), `back link to ${id}`);
  });

  test('each footnote names the outlet, the date and the document, and quotes a sentence of that document', () => {
    const footnotes = markdown.split('\n').filter((line) => /^\[\^\d+\]:/.test(line)).map(unescapeMarkdown);
    assert.ok(footnotes.length > 10, `${footnotes.length} footnotes`);
    for (const footnote of footnotes) {
      const match = /^\[\^\d+\]: (.+?), (date unknown|\d{1,2} \w+ \d{4}),(?: \*.+\*,)? <?(\S+?)>?: [“"](.+)[”"]$/.exec(footnote);
      assert.ok(match, `footnote shape: ${footnote}`);
      const [, outlet, date, address, sentence] = match;
      const source = corpus.find(({ article }) => article.source === address || article.file === address);
      assert.ok(source, `${address} is a corpus document`);
      assert.equal(outlet, source.article.outlet);
      assert.equal(date, source.article.published === null ? 'date unknown' : readableDate(source.article.published));
      assert.ok(whitespaceFolded(source.article.body).includes(whitespaceFolded(sentence)), `“${sentence}” is in ${address}`);
    }
  });

  test("as of a day before a document's publication, the note leaves out what it reported", () => {
    const earlier = renderBriefMarkdown(before20250303);
    assert.doesNotMatch(earlier, /seed-001\.txt/, 'nothing from the article of 3 March 2025');
    assert.doesNotMatch(earlier, /compulsory medical insurance/i);
    assert.match(earlier, /seed-000\.txt/, 'an undated document counts as known');
    assert.match(earlier, /example\.org\/2024\/08\/presidents-astana/, 'and so does one published earlier');
    assert.match(earlier, /\*\*Last meeting:\*\* 2\d August 2024/, "the presidents' talks of August 2024");
    assert.match(markdown, /seed-001\.txt/, 'as of 2026 the same article is cited');
  });

  test('people are listed on their own side, and a statement under the side whose people made it', () => {
    const people = markdown.slice(markdown.indexOf('## People on each side'), markdown.indexOf('## What each side said'));
    const [azerbaijan, kazakhstan] = people.split('### Kazakhstan');
    assert.match(azerbaijan, /\*\*Ilham Aliyev\*\* — President/);
    assert.match(azerbaijan, /\*\*Ali Asadov\*\* — Prime Minister/);
    assert.match(kazakhstan, /\*\*Kassym-Jomart Tokayev\*\* — President/);
    assert.match(kazakhstan, /\*\*Olzhas Bektenov\*\* — Prime Minister/);
    const said = markdown.slice(markdown.indexOf('## What each side said'), markdown.indexOf('## Sectors by quarter'));
    assert.match(said.slice(said.indexOf('### Kazakhstan')), /Kassym-Jomart Tokayev \(praise\): “Speaking at the ceremony, Tokayev praised Azerbaijan for completing/);
  });

  test('the HTML note is one self-contained page, ready to print, with the register as a table and tone as an SVG', () => {
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /<title>Azerbaijan – Kazakhstan: briefing note as of 24 November 2026<\/title>/);
    assert.match(html, /@page \{ size: A4;/);
    assert.match(html, /<table class="register">/);
    assert.match(html, /<svg class="tone-chart"[^>]*>.*<circle/s);
    assert.doesNotMatch(html, /<link|<script|<img|\ssrc=/i, 'nothing loaded from elsewhere, and no script');
  });

  test('the timeline lists occasions newest first, and after the latest ten says how many earlier ones it leaves out', () => {
    const meeting = report.timeline.find((event) => event.type === 'meeting' && event.date !== null)!;
    const days = Array.from({ length: 13 }, (_, index) => `2020-01-${String(index + 10).padStart(2, '0')}`);
    const timeline: KnowledgeEvent[] = days.map((date) => ({ ...meeting, id: `meeting ${date}`, date }));
    const text = renderBriefMarkdown({ ...report, timeline, lastMeeting: null, highestLevelMeeting: null });
    const section = text.slice(text.indexOf('## Last meetings and visits'), text.indexOf('## Instruments register'));
    const dates = [...section.matchAll(/^- \*\*(\d+) Jan 2020\*\*/gm)].map((match) => Number(match[1]));
    assert.deepEqual(dates, [22, 21, 20, 19, 18, 17, 16, 15, 14, 13]);
    assert.match(section, /…and 3 earlier, back to 10 January 2020\./);
  });

  test('text from the sources is text: a <script> in a sentence, outlet or address comes out inert', () => {
    const hostile = structuredClone(report);
    const statement = hostile.timeline.find((event) => event.type === 'statement')!;
    const source = statement.sources[0];
    source.sentences[0] = 'He said <script>alert("brief")</script> & <b>more</b> [click](javascript:alert(1)) | *bold*.';
    source.document = { ...source.document, outlet: '<img src=x onerror=alert(1)>', source: 'javascript:alert(1)', file: null, title: '</title><script>x</script>' };

    const hostileHtml = renderBriefHtml(hostile);
    assert.doesNotMatch(hostileHtml, /<script|<img|<b>|href="javascript:/i);
    assert.match(hostileHtml, /He said &#60;script&#62;alert\(&#34;brief&#34;\)&#60;\/script&#62; &#38; &#60;b&#62;more&#60;\/b&#62;/);
    assert.match(hostileHtml, /&#60;img src=x onerror=alert\(1\)&#62;/);

    const hostileMarkdown = renderBriefMarkdown(hostile);
    assert.doesNotMatch(hostileMarkdown, /(?<!\\)<(script|img|b)\b/);
    assert.doesNotMatch(hostileMarkdown, /(?<!\\)\[click/);
    assert.match(hostileMarkdown, /He said \\<script\\>alert\("brief"\)\\<\/script\\> \\& \\<b\\>more\\<\/b\\> \\\[click\\\]\(javascript:alert\(1\)\) \\\| \\\*bold\\\*\./);
  });
});
