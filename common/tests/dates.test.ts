// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// "Today" is the German calendar day, whatever the clock of the server or the browser says.
import { addDays, ikoneDsMemberCountsOn, termCoversDay, today } from '../dates';

test.each([
  ['2026-06-30T22:30:00Z', '2026-07-01'], // summer: 00:30 in Berlin, UTC still says 30 June
  ['2026-06-30T21:59:59Z', '2026-06-30'], // 23:59:59 in Berlin
  ['2026-12-31T23:30:00Z', '2027-01-01'], // winter (UTC+1): 00:30 in Berlin, a new year
  ['2026-12-31T22:59:59Z', '2026-12-31'],
  ['2026-03-29T00:30:00Z', '2026-03-29'], // the night of the change to summer time
])('at %s it is %s in Germany', (instant, day) => {
  expect(today(new Date(instant))).toBe(day);
});

test('without an argument: the German day of the current instant', () => {
  const before = today(new Date());
  const value = today();
  const after = today(new Date());
  expect([before, after]).toContain(value);
  expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test.each([
  ['2026-12-31', 1, '2027-01-01'],
  ['2024-02-28', 1, '2024-02-29'], // a leap year
  ['2025-02-28', 1, '2025-03-01'],
  ['2026-03-28', 1, '2026-03-29'], // the change to summer time has no effect on calendar days
  ['2026-03-01', -1, '2026-02-28'],
  ['2026-12-03', 30, '2027-01-02'],
])('%s plus %i days is %s', (day, days, expected) => {
  expect(addDays(day, days)).toBe(expected);
});

test.each([
  ['2020-05-01', '2020-04-30', false],
  ['2020-05-01', '2020-05-01', true], // from its first dated evidence on
  [null, '2026-12-02', false], // no dated evidence: only from today on
  [null, '2026-12-03', true],
  [null, '2026-12-04', true],
])('an IKONE-DS member counted from %s counts on %s (today 2026-12-03): %s', (countedFrom, day, counts) => {
  expect(ikoneDsMemberCountsOn(countedFrom, day, '2026-12-03')).toBe(counts);
});

test.each([
  [{ startedOn: '2020-12-01', endedOn: null }, '2020-11-30', false],
  [{ startedOn: '2020-12-01', endedOn: null }, '2020-12-01', true],
  [{ startedOn: '2020-12-01', endedOn: '2023-12-31' }, '2023-12-31', true], // the last day is covered
  [{ startedOn: '2020-12-01', endedOn: '2023-12-31' }, '2024-01-01', false],
])('the term %o covers %s: %s', (term, day, covers) => {
  expect(termCoversDay(term, day)).toBe(covers);
});
