// A progress bar on stderr for long runs; silent unless stderr is a terminal.
import type { CommandIO } from './command.ts';
import { terminalSafe } from './terminal-text.ts';

const BAR_WIDTH = 28;
const REDRAW_EVERY_MS = 100;

export interface Progress {
  tick(label?: string): void;
  done(): void;
}

export function startProgress(io: CommandIO, total: number, noun: string): Progress {
  const stream = io.stderr;
  if (!stream.isTTY || total < 2) return { tick() {}, done() {} };
  const started = Date.now();
  let count = 0;
  let lastDraw = 0;
  const draw = (label: string) => {
    const ratio = total === 0 ? 1 : count / total;
    const filled = Math.round(ratio * BAR_WIDTH);
    const elapsed = (Date.now() - started) / 1000;
    const rate = elapsed > 0 ? count / elapsed : 0;
    const eta = rate > 0 ? Math.ceil((total - count) / rate) : 0;
    const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
    const safe = terminalSafe(label);
    const tail = safe.length > 40 ? '…' + safe.slice(-39) : safe;
    stream.write(`\r\x1b[2K${bar} ${count}/${total} ${noun} · ${rate.toFixed(1)}/s · ${eta}s left ${tail}`);
  };
  return {
    tick(label = '') {
      count++;
      const now = Date.now();
      if (now - lastDraw >= REDRAW_EVERY_MS || count === total) {
        lastDraw = now;
        draw(label);
      }
    },
    done() {
      stream.write('\r\x1b[2K');
    },
  };
}
