// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Applies the fit rules (rules.ts) to a municipality, then lets membership facts override them.
import { DatePrecision, MembershipRole, MembershipStatus, MunicipalityType, NetworkId } from '../domain';
import { howToJoinFor, NETWORKS } from '../networks';
import { FACT_MESSAGES, FIT_RULES, FitRule } from './rules';
import { FIT_LEVEL_ORDER, FitLevel, FitReasonCode, FitReasonResult as FitReason, NetworkFitResult as NetworkFit } from './types';

export interface DigitaleDoerferFacts {
  status: MembershipStatus;
  role: MembershipRole;
  endedOn?: string | null;
  lastConfirmedOn?: string | null;
}

export interface FitInput {
  type: MunicipalityType;
  population: number | null;
  digitaleDoerfer?: DigitaleDoerferFacts | null;
  verbandsgemeinde?: { name: string; digitaleDoerfer?: DigitaleDoerferFacts | null } | null;
  ikoneDs?: { isCoordinator: boolean; joinedOn: string | null; joinedOnPrecision: DatePrecision | null } | null;
}

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** A date in German at its precision: "2019", "April 2019", "2.12.2019". */
export function germanDate(date: string, precision: DatePrecision | null = DatePrecision.DAY): string {
  const [year, month, day] = date.split('-').map(Number);
  if (precision === DatePrecision.YEAR) return String(year);
  if (precision === DatePrecision.MONTH) return `${MONTHS[month - 1]} ${year}`;
  return `${day}.${month}.${year}`;
}

function matches(rule: FitRule, input: Pick<FitInput, 'type' | 'population'>): boolean {
  if (!rule.types.includes(input.type)) return false;
  if (rule.minPopulation === undefined && rule.maxPopulation === undefined) return true;
  if (input.population === null) return false;
  return input.population >= (rule.minPopulation ?? 0) && input.population <= (rule.maxPopulation ?? Infinity);
}

function fact(code: FitReasonCode, values: Record<string, string> = {}): FitReason {
  const message = FACT_MESSAGES[code]!.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
  return { code, message };
}

/** The one size-and-type rule of a network for a unit (fit.test.ts checks there is exactly one for every unit). */
export function ruleFor(network: NetworkId, input: Pick<FitInput, 'type' | 'population'>): FitRule | undefined {
  return FIT_RULES.find((r) => r.network === network && matches(r, input));
}

function fitFor(network: NetworkId, input: FitInput): NetworkFit {
  const rule = ruleFor(network, input);
  let level = rule?.level ?? FitLevel.NONE;
  const facts: FitReason[] = [];
  let alreadyMember = false;
  let membershipUnknown = false;

  if (network === NetworkId.IKONE_DS && input.ikoneDs) {
    alreadyMember = true;
    const since = input.ikoneDs.joinedOn ? ` seit ${germanDate(input.ikoneDs.joinedOn, input.ikoneDs.joinedOnPrecision)}` : '';
    facts.push(fact(FitReasonCode.ALREADY_MEMBER, { since }));
    if (input.ikoneDs.isCoordinator) facts.push(fact(FitReasonCode.COORDINATOR));
  }
  if (network === NetworkId.DIGITALE_DOERFER_RLP) {
    const own = input.digitaleDoerfer;
    if (own?.status === MembershipStatus.ACTIVE) {
      alreadyMember = true;
      facts.push(fact(FitReasonCode.ALREADY_MEMBER, { since: '' }));
      if (own.role === MembershipRole.TRANSFER_POINT) facts.push(fact(FitReasonCode.TRANSFER_POINT));
    } else if (own?.status === MembershipStatus.RECEIVED) {
      facts.push(fact(FitReasonCode.APPLICATION_PENDING));
    } else if (own?.status === MembershipStatus.UNKNOWN) {
      // Not a known member today, and not someone to recruit: nobody is told to apply for what it may already have.
      membershipUnknown = true;
      facts.push(fact(FitReasonCode.MEMBERSHIP_UNKNOWN, { date: own.lastConfirmedOn ? germanDate(own.lastConfirmedOn) : '' }));
    } else if (own?.status === MembershipStatus.ENDED && own.endedOn) {
      facts.push(fact(FitReasonCode.FORMER_MEMBER, { date: germanDate(own.endedOn) }));
    }
    const vg = input.verbandsgemeinde;
    if (vg?.digitaleDoerfer?.status === MembershipStatus.ACTIVE) {
      facts.push(fact(FitReasonCode.VERBANDSGEMEINDE_IS_MEMBER, { name: vg.name }));
    }
  }
  if (alreadyMember) level = FitLevel.MEMBER;

  const reasons = rule ? [...facts, { code: rule.code, message: rule.message }] : facts;
  const open = !alreadyMember && !membershipUnknown && level !== FitLevel.NONE;
  return { network: NETWORKS[network], level, reasons, alreadyMember, howToJoin: open ? howToJoinFor(network, input.type) : null };
}

/** The fit of each network, best first (ties keep the order of NetworkId). */
export function evaluateFit(input: FitInput): NetworkFit[] {
  return Object.values(NetworkId)
    .map((network) => fitFor(network, input))
    .sort((a, b) => FIT_LEVEL_ORDER.indexOf(a.level) - FIT_LEVEL_ORDER.indexOf(b.level));
}
