// Progress of the bench's long steps on stderr, so that stdout keeps only the figures:
// one line redrawn in place on a terminal, otherwise a line at every tenth of the work.
import { formatCount } from './table.ts';

export interface ProgressLine {
  tick(): void;
  done(): void;
}

const REDRAW_EVERY_MS = 200;
const LOGGED_STEPS = 10;

export function startProgressLine(label: string, total: number): ProgressLine {
  const stream = process.stderr;
  const started = performance.now();
  let count = 0;
  let lastDrawn = 0;
  let nextLogged = total / LOGGED_STEPS;
  const line = () => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? count / seconds : 0;
    const left = rate > 0 ? Math.ceil((total - count) / rate) : 0;
    return `${label}: ${formatCount(count)} / ${formatCount(total)} · ${rate.toFixed(1)}/s · ${left} s left`;
  };
  return {
    tick() {
      count++;
      if (stream.isTTY) {
        const now = performance.now();
        if (now - lastDrawn < REDRAW_EVERY_MS) return;
        lastDrawn = now;
        stream.write(`\r\x1b[2K${line()}`);
      } else if (count >= nextLogged) {
        nextLogged += total / LOGGED_STEPS;
        stream.write(`${line()}\n`);
      }
    },
    done() {
      if (stream.isTTY) stream.write('\r\x1b[2K');
    },
  };
}
