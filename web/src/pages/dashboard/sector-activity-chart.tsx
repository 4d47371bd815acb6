// How many of the pair's events touched each sector, quarter by quarter (stacked bars).
import { useMemo } from 'react';
import type { SectorActivity } from '../../api-types.ts';
import { type ChartOption, LazyEChart } from '../../components/lazy-echart.tsx';
import { Empty } from '../../components/states.tsx';

const PALETTE = ['#1f4e79', '#2e86c1', '#17a589', '#58d68d', '#b7950b', '#d35400', '#c0392b', '#7d3c98', '#e67e22', '#16a085', '#f1c40f', '#8e44ad'];
const OTHER_COLOUR = '#b3bac4';
const OTHER = 'other sectors';
/** Sectors beyond this many (the least active) are drawn as one "other sectors" series. */
const MAX_SERIES = PALETTE.length;

/** Every quarter from the first to the last, so that quiet quarters show as gaps. */
function quarterRange(first: string, last: string): string[] {
  const toIndex = (quarter: string) => Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(-1)) - 1;
  const quarters: string[] = [];
  for (let index = toIndex(first); index <= toIndex(last); index += 1) quarters.push(`${Math.floor(index / 4)}-Q${(index % 4) + 1}`);
  return quarters;
}

function chartOption(activity: readonly SectorActivity[]): ChartOption {
  const totals = new Map<string, number>();
  for (const row of activity) totals.set(row.sector, (totals.get(row.sector) ?? 0) + row.events);
  const ranked = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || a.localeCompare(b));
  const shown = ranked.length > MAX_SERIES ? ranked.slice(0, MAX_SERIES - 1) : ranked;
  const seriesOf = (sector: string) => (shown.includes(sector) ? sector : OTHER);
  const quarters = quarterRange(activity[0].quarter, activity.at(-1)!.quarter);
  const names = ranked.length > shown.length ? [...shown, OTHER] : shown;
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0, icon: 'roundRect', itemWidth: 10, itemHeight: 10, itemGap: 12, textStyle: { fontSize: 11 } },
    grid: { left: 36, right: 12, top: 12, bottom: 72 },
    xAxis: { type: 'category', data: quarters, axisLabel: { fontSize: 11 } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 11 } },
    series: names.map((name) => ({
      name,
      type: 'bar',
      stack: 'events',
      barMaxWidth: 28,
      ...(name === OTHER ? { itemStyle: { color: OTHER_COLOUR } } : {}),
      data: quarters.map((quarter) => activity.filter((row) => row.quarter === quarter && seriesOf(row.sector) === name).reduce((sum, row) => sum + row.events, 0)),
    })),
  };
}

export function SectorActivityChart({ activity }: { activity: readonly SectorActivity[] }) {
  const option = useMemo(() => (activity.length > 0 ? chartOption(activity) : undefined), [activity]);
  if (!option) return <Empty>No dated event with a sector yet.</Empty>;
  return <LazyEChart option={option} height={280} label="Events per sector and quarter" />;
}
