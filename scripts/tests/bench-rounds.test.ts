// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// `npm run bench -- --rounds N`: which round of each row the report shows.
import { medianRounds, type RoundRow } from '../bench/rounds';

interface Row extends RoundRow {
  round: number;
}

const row = (round: number, id: string, configuration: string, rate: number, gatewayMiB: number, alternatingWith?: string): Row => ({
  round,
  scenario: { id },
  configuration,
  concurrency: id === 'b' ? 100 : 1,
  alternatingWith: alternatingWith ? { id: alternatingWith } : undefined,
  result: { requests: rate * 10, seconds: 10 },
  peakMiB: { gateway: gatewayMiB, registry: 150, 'ikone-ds': 140 },
});

/** Per round: (a) alternating with (e), and (b), in two configurations. */
const round = (index: number, rates: { a: number; e: number; bTuned: number; bStock: number }, gatewayMiB: number): Row[] => [
  row(index, 'a', 'tuned', rates.a, gatewayMiB, 'e'),
  row(index, 'e', 'tuned', rates.e, gatewayMiB),
  row(index, 'b', 'tuned', rates.bTuned, gatewayMiB),
  row(index, 'b', 'stock', rates.bStock, gatewayMiB),
];

test('each row is its median round, whole; an alternating pair stays together; peak memory is the highest of all rounds', () => {
  const rounds = [
    round(0, { a: 300, e: 900, bTuned: 250, bStock: 95 }, 210),
    round(1, { a: 100, e: 100, bTuned: 150, bStock: 50 }, 231),
    round(2, { a: 200, e: 50, bTuned: 300, bStock: 90 }, 220),
  ];
  const rows = medianRounds(rounds);
  const find = (id: string, configuration: string) => rows.find((r) => r.scenario.id === id && r.configuration === configuration)!;
  expect(rows).toHaveLength(4);
  expect(find('b', 'tuned').round).toBe(0); // 150, 250, 300
  expect(find('b', 'stock').round).toBe(2); // 50, 90, 95
  expect(find('a', 'tuned').round).toBe(2); // 100, 200, 300
  // (e)'s own median would be round 1 (50, 100, 900); it shares (a)'s round, as it shared its readings.
  expect(find('e', 'tuned').round).toBe(2);
  expect(find('b', 'tuned').result.requests).toBe(2500);
  for (const r of rows) expect(r.peakMiB.gateway).toBe(231);
});

test('one round is reported as measured', () => {
  const only = round(0, { a: 300, e: 900, bTuned: 250, bStock: 95 }, 210);
  expect(medianRounds([only])).toBe(only);
});
