// Peak memory over asynchronous work (ingest, queries), sampled on a timer: unlike the
// synchronous passes of measure.ts, that work yields to the event loop between statements.

export interface MemoryPeaks {
  rssBytes: number;
  heapUsedBytes: number;
}

export interface MemorySampler {
  /** Stops sampling and gives the peaks since the start. */
  stop(): MemoryPeaks;
}

const SAMPLE_EVERY_MS = 100;

export function startMemorySampler(): MemorySampler {
  const peaks: MemoryPeaks = { rssBytes: 0, heapUsedBytes: 0 };
  const sample = () => {
    const memory = process.memoryUsage();
    peaks.rssBytes = Math.max(peaks.rssBytes, memory.rss);
    peaks.heapUsedBytes = Math.max(peaks.heapUsedBytes, memory.heapUsed);
  };
  sample();
  // Unreferenced: a bench that fails half-way must still exit.
  const timer = setInterval(sample, SAMPLE_EVERY_MS).unref();
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { ...peaks };
    },
  };
}
