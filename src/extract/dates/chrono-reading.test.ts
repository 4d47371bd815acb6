import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { chronoResults } from './chrono-reading.ts';

const reference = { instant: new Date('2022-06-15T12:00:00Z'), timezone: 'UTC' };

/** Sentences that each of chrono's English parsers reads, and some that none does. */
const SENTENCES = [
  'The talks were held on 2021-05-06 and on 2021/05/07, with a draft dated 2021-05-06T10:30:00Z.',
  'The agreement signed on 12/03/2024 takes effect in 3/2025.',
  'He will return within two weeks, in a few days or in about 5 minutes.',
  'They met on the 5th of May, on the twenty-first of June and from 3 to 5 March 2020.',
  'On March 5, 2021 and Sept. 3-4 the ministers met; in May they meet again, in 2019 May too.',
  'The summit opened last Tuesday and closes this weekend, Sat. or Sun. of next week.',
  'The session starts at 10:30 pm and ends at 9 o\'clock in the morning.',
  'Three years ago, two days before, and a year and a half earlier, the treaty was signed.',
  'Two years later and 3 days after, the border reopened, five months from now.',
  'Yesterday, today, tonight, tomorrow, tmrw or last night: now is the time.',
  'This morning, at noon, in the afternoon, this evening and at midnight they talked.',
  'The report is due at the end of the month or on the last day of the month.',
  'Last month, next year, past week and after this quarter the plan changes.',
  'This 2 weeks, last 3 days, +2 days and -3 weeks are relative.',
  'The ministers of both countries discussed trade and energy cooperation.',
  'Ölçülebilir İstanbul ſun Thurs. ÉTÉ, the Kelvin sign K and ﬁve.',
];

test('chrono read with only the parsers a sentence can hold finds what chrono.en.parse finds', () => {
  const reading = (results: chrono.ParsedResult[]) => results.map((r) => ({ index: r.index, text: r.text, start: r.start.date().toISOString(), end: r.end?.date().toISOString(), tags: [...r.tags()].sort() }));
  for (const sentence of SENTENCES) {
    assert.deepEqual(reading(chronoResults(sentence, reference)), reading(chrono.en.parse(sentence, reference)), sentence);
  }
});

