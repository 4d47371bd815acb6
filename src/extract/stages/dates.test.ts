import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './dates.ts';
import { annotateText } from '../test-article.ts';

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

test('years coordinated with a bare year are years too, and a year range after them stays a range', () => {
  assert.deepEqual(value('The minister recalled his visits to Accra in 2011 and 2016.', null), ['2011', '2016']);
  assert.deepEqual(value('Joint exercises were held in 2009, 2013 and 2019.', null), ['2009', '2013', '2019']);
  assert.deepEqual(findDates('Talks were held in 2012 and 2014-2016.', null).map((d) => [d.value, d.isPeriod]), [['2012', false], ['2014', true]]);
});

test('a day range keeps its first day as the date and its last as the end', () => {
  const [d] = findDates('The president paid a state visit to Ghana on June 4-6.', '2024-06-07');
  assert.deepEqual([d.value, d.end_value], ['2024-06-04', '2024-06-06']);
});

test('odd formats: a day in brackets after "yesterday", US numeric dates, "of YYYY", ordinals without a comma', () => {
  const [bracketed] = findDates('The consultations were held in Oslo yesterday (30).', '2024-07-31');
  assert.deepEqual([bracketed.text, bracketed.value], ['yesterday (30)', '2024-07-30']);
  // The page is dated a day late: the day in brackets wins over the arithmetic.
  assert.deepEqual(value('The consultations were held in Oslo yesterday (30).', '2024-08-01'), ['2024-07-30']);
  assert.deepEqual(value('The general agreement signed on 5/27/1998 remains in force.', null), ['1998-05-27']);
  const [ofYear] = findDates('A preparatory meeting took place in Lima on November 3 of 2019 and was chaired by the ministers.', null);
  assert.deepEqual([ofYear.text, ofYear.value], ['November 3 of 2019', '2019-11-03']);
  assert.deepEqual(value('The licence was signed on December 21st 2023, in Caracas.', null), ['2023-12-21']);
});

test('a weekday with a part of the day lies on or before publication in a report of the past', () => {
  assert.deepEqual(value('The president left for Nairobi on Thursday evening.', '2024-04-26'), ['2024-04-25']);
  assert.deepEqual(value('Talks were held at the palace Tuesday afternoon.', '2024-02-15'), ['2024-02-13']);
  assert.deepEqual(value('Chile and Peru signed this Sunday two agreements.', '2022-05-09'), ['2022-05-08']);
});

test('"on April 18 last year" keeps its day; "next June" is the June after publication', () => {
  assert.deepEqual(value('The treaty was signed on April 18 last year in Quito.', '2025-03-31'), ['2024-04-18']);
  assert.deepEqual(value('The line would enter into service next June.', '2022-10-06'), ['2023-06']);
  assert.deepEqual(value('The accord was signed in mid-January.', '2025-04-08'), ['2025-01']);
});

test('a day without a year takes its nearest occurrence when nothing marks the tense, and the past one when something does', () => {
  assert.deepEqual(value('A border committee meeting hosted by Chile on Aug 4 will follow.', '2025-07-28'), ['2025-08-04']);
  assert.deepEqual(value('The next round of talks with Peru on Aug 4.', '2025-07-28'), ['2025-08-04']);
  assert.deepEqual(value('The accord was signed on Aug 4 in Lima.', '2025-07-28'), ['2024-08-04']);
  assert.deepEqual(value('Brown left for Beijing for a state visit from February 10-14.', '2025-02-08'), ['2025-02-10']);
});

test('"a year and a half ago" is the month eighteen months before publication; relative spans need a publication date', () => {
  const [half] = findDates('We laid the foundation stone a year and a half ago.', '2025-03-05');
  assert.deepEqual([half.text, half.value], ['a year and a half ago', '2023-09']);
  assert.deepEqual(value('We laid the foundation stone a year and a half ago.', null), [null]);
  assert.deepEqual(value('The two ministers met two years ago and again last week.', null), [null, null]);
  assert.deepEqual(value('The two ministers met two years ago.', '2025-03-05'), ['2023']);
  assert.deepEqual(findDates('They are now working on the text.', '2025-03-05'), []);
});

test('day ranges within a month, across months, and written day first', () => {
  const range = (sentence: string, published: string | null) => findDates(sentence, published).map((d) => [d.value, d.end_value]);
  assert.deepEqual(range('Negotiations were held in Beijing between March 6-10.', '2023-03-12'), [['2023-03-06', '2023-03-10']]);
  assert.deepEqual(range('The prime minister paid an official visit on 4-5 December.', '2024-12-07'), [['2024-12-04', '2024-12-05']]);
  assert.deepEqual(range('The talks ran from March 30 - April 2, 2024 in Geneva.', null), [['2024-03-30', '2024-04-02']]);
});

test('Spanish and Portuguese dates in captions are read', () => {
  assert.deepEqual(value('El presidente recibe a su homologo en el palacio este domingo 8 de mayo de 2022.', null), ['2022-05-08']);
  assert.deepEqual(value('Os presidentes assinaram o acordo em 12 de maio de 2023.', null), ['2023-05-12']);
});

test('"last summer" is the last summer to have ended', () => {
  assert.deepEqual(value('The effort began last summer.', '2025-07-17'), ['2024']);
  assert.deepEqual(value('The effort began last summer.', '2025-10-17'), ['2025']);
});

const datesOf = (body: string, published: string | null) => {
  const doc = annotateText(body, published);
  return { published: doc.published, dates: doc.dates.map((d) => [d.text, d.value, d.aside]) };
};

test('the dateline\'s full date stands in for a missing publication date, and relative dates resolve against it', () => {
  assert.deepEqual(datesOf('Chile.cl, 11 Sep 2014 - 14:34, Santiago,Chile\n\nThe ministers met yesterday in Valparaiso.', null), {
    published: '2014-09-11',
    dates: [['11 Sep 2014', '2014-09-11', 'dateline'], ['yesterday', '2014-09-10', undefined]],
  });
});

test('a dateline without a year gives no publication date, and relative dates stay null with their words', () => {
  assert.deepEqual(datesOf('SANTIAGO, Feb 13 (NWA) -- Official talks were held at the palace Tuesday afternoon.', null), {
    published: null,
    dates: [['Feb 13', null, 'dateline'], ['Tuesday afternoon', null, undefined]],
  });
});

test('a closing credit\'s date stands in for a missing publication date', () => {
  assert.equal(annotateText('The ministers met on Friday in Rabat.\n\nNWA 11 March 2022', null).published, '2022-03-11');
});

test('the dateline\'s day, a day before the header\'s, is the day "yesterday" counts from', () => {
  assert.deepEqual(datesOf('March 1 (NWA) -- The presidents spoke by phone yesterday.', '2021-03-02').dates, [['March 1', '2021-03-01', 'dateline'], ['yesterday', '2021-02-28', undefined]]);
});

test('with no publication date, a weekday takes a nearby explicit date of that weekday, and a day without a year the year of a nearby date of its month', () => {
  const doc = annotateText('The crown prince and the prime minister held talks on Wednesday in Riyadh. The prime minister paid an official visit to the kingdom on March 31, 2021.\n\nNegotiations were held between March 6-10. On March 10, 2023, a joint statement was issued.', null);
  assert.deepEqual(doc.dates.map((d) => [d.text, d.value, d.end_value]), [
    ['on Wednesday', '2021-03-31', undefined],
    ['March 31, 2021', '2021-03-31', undefined],
    ['March 6-10', '2023-03-06', '2023-03-10'],
    ['March 10, 2023', '2023-03-10', undefined],
  ]);
});

test('a date in a caption is marked as the caption\'s', () => {
  assert.deepEqual(datesOf('Minister Ana Rojas (R) with Minister Ole Hansen in Oslo on May 3, 2024.\n\nRojas arrived in Oslo on Tuesday.', '2024-05-09').dates, [
    ['May 3, 2024', '2024-05-03', 'caption'], ['on Tuesday', '2024-05-07', undefined],
  ]);
});
