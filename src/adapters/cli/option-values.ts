// Parsing of option values shared by commands, with errors that say what was expected.
import { UsageError } from './command.ts';

export function parsePublishedOption(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new UsageError(`--published wants a date as YYYY-MM-DD, got "${text}"`);
  const date = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw new UsageError(`--published got "${text}", which is not a day of the calendar; give a date as YYYY-MM-DD`);
  }
  return text;
}

const UNITS: { [unit: string]: number } = { '': 1, b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3 };

/** `option` names the option the size was given to, for the error message. */
export function parseByteSize(text: string, option: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const factor = match ? UNITS[match[2].toLowerCase()] : undefined;
  if (!match || factor === undefined) {
    throw new UsageError(`${option} wants a size: a number with an optional unit (500kB, 20MB, 1GB), got "${text}"`);
  }
  const bytes = Math.round(Number(match[1]) * factor);
  // A limit under one byte would refuse every input.
  if (bytes < 1) throw new UsageError(`${option} wants a size of at least 1 byte, got "${text}"`);
  return bytes;
}

/** A share between 0 and 1 ("0.85"); `option` names the option, for the error message. */
export function parseShare(text: string, option: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new UsageError(`${option} wants a number from 0 to 1 (0.85), got "${text}"`);
  }
  return value;
}
