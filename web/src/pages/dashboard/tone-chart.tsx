// The tone of the pair's coded events over time, on the Goldstein scale (−10 conflict to
// +10 cooperation), each dot an event coloured by its type.
import { useMemo } from 'react';
import type { TonePoint } from '../../api-types.ts';
import { eventColour } from '../../components/badges.tsx';
import { type ChartOption, LazyEChart } from '../../components/lazy-echart.tsx';
import { Empty } from '../../components/states.tsx';
import { formatDate } from '../../format.ts';

function chartOption(points: readonly TonePoint[]): ChartOption {
  return {
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      formatter: (item) => {
        const point = points[(item as { dataIndex: number }).dataIndex];
        return `${formatDate(point.date)} · ${point.type}\nCAMEO ${point.cameo} · Goldstein ${point.goldstein}`;
      },
    },
    grid: { left: 36, right: 16, top: 12, bottom: 28 },
    xAxis: { type: 'time', axisLabel: { fontSize: 11 } },
    yAxis: { type: 'value', min: -10, max: 10, interval: 5, axisLabel: { fontSize: 11 } },
    series: [
      {
        type: 'scatter',
        symbolSize: 10,
        data: points.map((point) => ({ value: [point.date, point.goldstein], itemStyle: { color: eventColour(point.type) } })),
        markLine: { silent: true, symbol: 'none', lineStyle: { color: '#99a3ad', type: 'dashed' }, data: [{ yAxis: 0 }], label: { show: false } },
      },
    ],
  };
}

export function ToneChart({ points }: { points: readonly TonePoint[] }) {
  const option = useMemo(() => (points.length > 0 ? chartOption(points) : undefined), [points]);
  if (!option) return <Empty>No dated, CAMEO-coded event yet.</Empty>;
  return <LazyEChart option={option} height={220} label="Tone of events over time" />;
}
