// A small inline SVG of tone over time: one dot per coded event, on the Goldstein scale
// from −10 (conflict) to +10 (cooperation). Labels are escaped by the caller's function.
import { partialDateBounds } from '../record/partial-date.ts';

export interface ToneChartPoint {
  /** YYYY, YYYY-MM or YYYY-MM-DD: placed at the middle of the days it can mean. */
  date: string;
  goldstein: number;
  label: string;
}

const WIDTH = 640;
const HEIGHT = 170;
const MARGIN = { left: 34, right: 12, top: 10, bottom: 24 };
const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000;

function middleOf(date: string): number {
  const { start, end } = partialDateBounds(date);
  return (Date.parse(`${start}T00:00:00Z`) + Date.parse(`${end}T00:00:00Z`)) / 2;
}

function yearStarts(from: number, to: number): number[] {
  const years: number[] = [];
  for (let year = new Date(from).getUTCFullYear() + 1; Date.UTC(year, 0, 1) <= to; year += 1) years.push(year);
  return years;
}

/** The chart as an <svg> element; `escape` makes the labels safe to embed. */
export function toneChartSvg(points: readonly ToneChartPoint[], escape: (text: string) => string): string {
  const times = points.map((point) => middleOf(point.date));
  const first = Math.min(...times);
  const last = Math.max(...times);
  // A quarter of a year either side, so that dots at the ends are not cut and one day still spans the chart.
  const from = first - YEAR_MS / 4;
  const to = last + YEAR_MS / 4;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (time: number) => MARGIN.left + ((time - from) / (to - from)) * plotWidth;
  const y = (value: number) => MARGIN.top + ((10 - value) / 20) * plotHeight;

  const parts: string[] = [];
  for (const value of [10, 5, 0, -5, -10]) {
    parts.push(`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(value)}" y2="${y(value)}" class="${value === 0 ? 'zero' : 'grid'}"/>`);
    parts.push(`<text x="${MARGIN.left - 6}" y="${y(value) + 3}" class="axis" text-anchor="end">${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value)}</text>`);
  }
  const years = yearStarts(from, to);
  // Within one year there is no year boundary to mark: name the year in the middle instead.
  if (years.length === 0) parts.push(`<text x="${x((from + to) / 2)}" y="${HEIGHT - 8}" class="axis" text-anchor="middle">${new Date(first).getUTCFullYear()}</text>`);
  // Label every year only when there is room: at most about eight labels.
  const step = Math.max(1, Math.ceil(years.length / 8));
  years.forEach((year, index) => {
    const at = x(Date.UTC(year, 0, 1));
    parts.push(`<line x1="${at}" x2="${at}" y1="${MARGIN.top}" y2="${HEIGHT - MARGIN.bottom}" class="grid"/>`);
    if (index % step === 0) parts.push(`<text x="${at}" y="${HEIGHT - 8}" class="axis" text-anchor="middle">${year}</text>`);
  });
  points.forEach((point, index) => {
    const tone = point.goldstein > 0 ? 'cooperation' : point.goldstein < 0 ? 'conflict' : 'neutral';
    parts.push(`<circle cx="${x(times[index]).toFixed(1)}" cy="${y(point.goldstein).toFixed(1)}" r="4" class="${tone}"><title>${escape(`${point.date}: ${point.label}, ${point.goldstein}`)}</title></circle>`);
  });
  return `<svg class="tone-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="Goldstein scale of each coded event over time">${parts.join('')}</svg>`;
}
