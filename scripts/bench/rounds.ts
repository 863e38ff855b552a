// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// `npm run bench -- --rounds N`: several rounds of the same runs made into one report.
import { SERVICE_NAMES, type ServiceName } from './hub-process';

/** What medianRounds needs of a report row (scripts/bench.ts). */
export interface RoundRow {
  scenario: { id: string };
  configuration: string;
  concurrency: number;
  /** Measured alternating request by request with this scenario (its row shares the readings). */
  alternatingWith?: { id: string };
  result: { requests: number; seconds: number };
  peakMiB: Partial<Record<ServiceName, number>>;
}

/**
 * One row per scenario, configuration and concurrency out of several rounds: the round with the
 * median requests per second, whole (its latencies, CPU and statements belong together), with the
 * highest peak RSS of all rounds (the memory bound is about the worst case). A row measured
 * alternating with another — (a) and (e) at concurrency 1 — takes its partner's round.
 */
export function medianRounds<R extends RoundRow>(rounds: R[][]): R[] {
  if (rounds.length === 1) return rounds[0];
  const key = (row: Pick<RoundRow, 'scenario' | 'configuration' | 'concurrency'>) =>
    `${row.scenario.id}|${row.configuration}|${row.concurrency}`;
  const rps = (row: RoundRow) => row.result.requests / row.result.seconds;
  const chosenRound = new Map<string, number>();
  const alternatingPartner = (row: RoundRow) =>
    rounds[0].find(
      (p) => p.alternatingWith?.id === row.scenario.id && p.configuration === row.configuration && p.concurrency === row.concurrency,
    );
  for (const row of rounds[0]) {
    if (alternatingPartner(row)) continue; // takes its partner's round, below
    const byRate = rounds
      .map((rows, index) => ({ index, rate: rps(rows.find((r) => key(r) === key(row))!) }))
      .sort((x, y) => x.rate - y.rate);
    chosenRound.set(key(row), byRate[Math.floor(byRate.length / 2)].index);
    if (row.alternatingWith) chosenRound.set(key({ ...row, scenario: row.alternatingWith }), chosenRound.get(key(row))!);
  }
  return rounds[0].map((first) => {
    const all = rounds.map((rows) => rows.find((r) => key(r) === key(first))!);
    const chosen = all[chosenRound.get(key(first))!];
    const peakMiB = Object.fromEntries(SERVICE_NAMES.map((name) => [name, Math.max(...all.map((r) => r.peakMiB[name] ?? 0))]));
    return { ...chosen, peakMiB };
  });
}
