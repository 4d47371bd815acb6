// Parsing of option values shared by commands, with errors that say what was expected.
import { UsageError } from './command.ts';

export function parsePublishedOption(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(`${text}T00:00:00Z`) : undefined;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw new UsageError(`--published wants a date as YYYY-MM-DD, got "${text}"`);
  }
  return text;
}

const UNITS: { [unit: string]: number } = { '': 1, b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3 };

export function parseByteSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const factor = match ? UNITS[match[2].toLowerCase()] : undefined;
  if (!match || factor === undefined) throw new UsageError(`a size is a number with an optional unit (500kB, 20MB), got "${text}"`);
  return Math.round(Number(match[1]) * factor);
}
