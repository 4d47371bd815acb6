// The chart library is the largest part of the app: it loads when the first chart is shown.
import { lazy, Suspense } from 'react';
import type { ChartOption } from './echart.tsx';
import { Loading } from './states.tsx';

const EChart = lazy(() => import('./echart.tsx').then((module) => ({ default: module.EChart })));

export type { ChartOption };

export function LazyEChart(props: { option: ChartOption; height: number; label: string }) {
  return (
    <Suspense fallback={<Loading what="the chart" />}>
      <EChart {...props} />
    </Suspense>
  );
}
