// Failed sign-ins by client address: past a few wrong tokens in a minute, the address is
// refused (429, with when to try again) until the minute is over, right token or wrong, so
// that guessing tokens costs minutes per handful of guesses instead of milliseconds.
import { isIPv6 } from 'node:net';
import { ipv6Groups } from '../../read/public-address.ts';
import { HttpError } from './http-error.ts';

export interface ThrottleOptions {
  /** Wrong tokens an address may send in one window. */
  failures: number;
  windowMs: number;
  /** Addresses remembered at most; the oldest windows are forgotten first. */
  maxClients: number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = { failures: 10, windowMs: 60_000, maxClients: 10_000 };

/** The client an address belongs to: itself, or for IPv6 its /64, which one client holds whole. */
export function clientOf(address: string): string {
  if (!isIPv6(address)) return address;
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address)) return address.slice('::ffff:'.length);
  return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`;
}

export class FailedTokenThrottle {
  private readonly windows = new Map<string, { start: number; failures: number }>();

  constructor(private readonly options: ThrottleOptions = DEFAULT_THROTTLE) {}

  /** Throws a 429 when the client has used up its wrong tokens for this window. */
  check(address: string, now = Date.now()): void {
    const window = this.windows.get(clientOf(address));
    if (!window || now - window.start >= this.options.windowMs || window.failures < this.options.failures) return;
    const seconds = Math.ceil((window.start + this.options.windowMs - now) / 1000);
    throw new HttpError(429, `too many wrong tokens from this address: try again in ${seconds} s`, seconds);
  }

  recordFailure(address: string, now = Date.now()): void {
    const client = clientOf(address);
    const window = this.windows.get(client);
    if (window && now - window.start < this.options.windowMs) {
      window.failures++;
      return;
    }
    this.windows.delete(client);
    if (this.windows.size >= this.options.maxClients) this.forgetOldest(now);
    this.windows.set(client, { start: now, failures: 1 });
  }

  private forgetOldest(now: number): void {
    for (const [client, window] of this.windows) {
      if (now - window.start >= this.options.windowMs) this.windows.delete(client);
    }
    // Insertion order is age order: past the cap, the oldest go even if their window runs.
    for (const client of this.windows.keys()) {
      if (this.windows.size < this.options.maxClients) break;
      this.windows.delete(client);
    }
  }
}
