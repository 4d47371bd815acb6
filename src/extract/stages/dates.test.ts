import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './dates.ts';

const value = (sentence: string, published: string | null) => findDates(sentence, published).map((d) => d.value);

test('a weekday in a past-tense report resolves to the latest such day up to the publication date', () => {
  assert.deepEqual(value('The ministers met on Tuesday in Tashkent.', '2023-06-08'), ['2023-06-06']);
  assert.deepEqual(value('The ministers met on Thursday in Tashkent.', '2023-06-08'), ['2023-06-08']);
});

test('a weekday in a future-tense sentence resolves forward', () => {
  assert.deepEqual(value('The delegation will arrive on Monday.', '2023-06-08'), ['2023-06-12']);
});

test('"last <month>" means the most recent such month before the publication month', () => {
  assert.deepEqual(value('The school was opened last May by the two leaders.', '2022-05-20'), ['2021-05']);
  assert.deepEqual(value('The school was opened last April by the two leaders.', '2022-05-20'), ['2022-04']);
});

test('"in <month> last year" is one date, the month of the previous year', () => {
  const dates = findDates('The summit, hosted by Oman in October last year, was praised.', '2019-02-11');
  assert.equal(dates.length, 1);
  assert.equal(dates[0].value, '2018-10');
  assert.equal(dates[0].text, 'October last year');
});

test('a bare month resolves backward in past tense and forward when the event is still to come', () => {
  assert.deepEqual(value('Talks were held in Doha in January.', '2020-03-01'), ['2020-01']);
  assert.deepEqual(value('Talks were held in Doha in July.', '2020-03-01'), ['2019-07']);
  assert.deepEqual(value('The games are set to take place in July and August.', '2020-03-01'), ['2020-07', '2020-08']);
});

test('relative expressions stay null without a publication date, and keep their words', () => {
  const dates = findDates('The presidents exchanged visits last year and met again on Friday.', null);
  assert.deepEqual(dates.map((d) => [d.text, d.value]), [['last year', null], ['on Friday', null]]);
});

test('explicit dates resolve without a publication date, and a date without a year does not', () => {
  assert.deepEqual(value('The accord was signed on 14 February 2019 in Abu Dhabi.', null), ['2019-02-14']);
  assert.deepEqual(value('The accord was signed on Feb. 14 in Abu Dhabi.', null), [null]);
});

test('today, yesterday and this morning resolve against the publication date, never today\'s date', () => {
  assert.deepEqual(value('Earlier today the envoys met.', '2017-10-02'), ['2017-10-02']);
  assert.deepEqual(value('The envoys met yesterday.', '2017-10-02'), ['2017-10-01']);
  assert.deepEqual(value('The envoys met this morning.', '2017-10-02'), ['2017-10-02']);
});

test('year ranges are periods with a start and an end, two-digit ends included', () => {
  const [range] = findDates('They signed a programme for 2021-2023 and a plan for 2024/27.', null).filter((d) => d.isPeriod);
  assert.deepEqual([range.value, range.end_value], ['2021', '2023']);
  const periods = findDates('They signed a programme for 2021-2023 and a plan for 2024/27.', null).filter((d) => d.isPeriod);
  assert.deepEqual(periods.map((d) => [d.value, d.end_value]), [['2021', '2023'], ['2024', '2027']]);
});

test('a bare year after a preposition is a year; seasons give their year', () => {
  assert.deepEqual(value('Trade has doubled since 2015.', null), ['2015']);
  assert.deepEqual(value('The line opened last summer.', '2021-03-10'), ['2020']);
  assert.deepEqual(value('Works start in spring 2026.', null), ['2026']);
});

test('a day range keeps its first day as the date and its last as the end', () => {
  const [d] = findDates('The president paid a state visit to Ghana on June 4-6.', '2024-06-07');
  assert.deepEqual([d.value, d.end_value], ['2024-06-04', '2024-06-06']);
});
