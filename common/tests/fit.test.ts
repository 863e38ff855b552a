// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The fit rules: complete, consistent with the networks' target groups, and overridden by membership.
import { MembershipRole, MembershipStatus, MunicipalityType, NetworkId, SizeClass, sizeClassOf } from '../domain';
import { readDirectory } from '../directory';
import { digitaleDoerferEligibility } from '../network-fit/eligibility';
import { evaluateFit, germanDate } from '../network-fit/evaluate';
import { FIT_RULES } from '../network-fit/rules';
import { FitLevel } from '../network-fit/types';

const fitOf = (fits: ReturnType<typeof evaluateFit>, network: NetworkId) => fits.find((f) => f.network.id === network)!;

test('every unit of the directory gets exactly one rule per network', () => {
  for (const row of readDirectory().rows) {
    for (const network of Object.values(NetworkId)) {
      const matching = FIT_RULES.filter(
        (r) =>
          r.network === network &&
          r.types.includes(row.type) &&
          (r.minPopulation === undefined || (row.population ?? -1) >= r.minPopulation) &&
          (r.maxPopulation === undefined || (row.population ?? Infinity) <= r.maxPopulation),
      );
      expect({ ars: row.ars, network, rules: matching.length }).toEqual({ ars: row.ars, network, rules: 1 });
    }
  }
});

test('over all units: Digitale Dörfer refuses exactly where its fit is NONE, and the refusal is the fit reason', () => {
  const rows = readDirectory().rows;
  expect(rows).toHaveLength(2453);
  let refused = 0;
  for (const row of rows) {
    const fits = evaluateFit(row);
    const dd = fitOf(fits, NetworkId.DIGITALE_DOERFER_RLP);
    const eligibility = digitaleDoerferEligibility(row.type, row.population);
    const unit = { ars: row.ars, name: row.name };
    expect({ ...unit, eligible: eligibility.eligible }).toEqual({ ...unit, eligible: dd.level !== FitLevel.NONE });
    if (eligibility.eligible) {
      // a unit that may apply is never sent to IKONE-DS "because it is a town"
      for (const reason of dd.reasons)
        expect({ ...unit, message: reason.message }).not.toMatchObject({ message: expect.stringMatching(/IKONE-DS/) });
    } else {
      refused++;
      expect(eligibility.message).toBe(dd.reasons[dd.reasons.length - 1].message);
      // the network suggested instead is open to the unit (not NONE) and is the one the message names
      expect(eligibility.suggestedNetwork).toBe(NetworkId.IKONE_DS);
      expect({ ...unit, level: fitOf(fits, NetworkId.IKONE_DS).level }).toMatchObject({
        level: expect.stringMatching(/^(HIGH|MEDIUM)$/),
      });
      expect(eligibility.message).toContain('IKONE-DS');
    }
    // the size classes decide IKONE-DS for every Gemeinde, town status or not
    const sizeClass = sizeClassOf(row.type, row.population);
    if (sizeClass === SizeClass.GROSSSTADT || sizeClass === SizeClass.MITTELSTADT) {
      expect({ ...unit, level: fitOf(fits, NetworkId.IKONE_DS).level }).toEqual({ ...unit, level: FitLevel.HIGH });
    }
  }
  // 12 kreisfreie Städte and 8 große kreisangehörige Städte
  expect(refused).toBe(20);
});

test('Mayen, Lahnstein and Haßloch: fit and eligibility agree with the size classes', () => {
  const byName = (name: string) => readDirectory().rows.find((r) => r.shortName === name)!;
  for (const name of ['Mayen', 'Lahnstein']) {
    const row = byName(name);
    expect(row.type).toBe(MunicipalityType.GROSSE_KREISANGEHOERIGE_STADT);
    expect(row.population).toBeLessThan(20_000);
    const fits = evaluateFit(row);
    expect(fitOf(fits, NetworkId.DIGITALE_DOERFER_RLP).level).toBe(FitLevel.NONE);
    expect(fitOf(fits, NetworkId.IKONE_DS)).toMatchObject({ level: FitLevel.MEDIUM, howToJoin: expect.stringContaining('ikone-ds.de') });
    expect(digitaleDoerferEligibility(row.type, row.population)).toMatchObject({ eligible: false, suggestedNetwork: NetworkId.IKONE_DS });
  }
  const hassloch = byName('Haßloch');
  expect(hassloch).toMatchObject({ type: MunicipalityType.VERBANDSFREIE_GEMEINDE, population: 20_396 });
  expect(fitOf(evaluateFit(hassloch), NetworkId.IKONE_DS)).toMatchObject({ level: FitLevel.HIGH, reasons: [{ code: 'MITTELSTADT' }] });
  expect(digitaleDoerferEligibility(hassloch.type, hassloch.population).eligible).toBe(true);
});

test('a Landkreis is told that the Landrätin or the Landrat signs the letter; a Gemeinde, the Bürgermeisterin or the Bürgermeister', () => {
  const landkreis = fitOf(evaluateFit({ type: MunicipalityType.LANDKREIS, population: 129_353 }), NetworkId.DIGITALE_DOERFER_RLP);
  expect(landkreis.howToJoin).toContain('Schreiben der Landrätin oder des Landrats');
  expect(landkreis.howToJoin).not.toContain('Bürgermeister');
  const vg = fitOf(evaluateFit({ type: MunicipalityType.VERBANDSGEMEINDE, population: 11_910 }), NetworkId.DIGITALE_DOERFER_RLP);
  expect(vg.howToJoin).toContain('Schreiben der Bürgermeisterin oder des Bürgermeisters an');
});

test('rule codes are unique per network and every message is a German sentence', () => {
  const keys = FIT_RULES.map((r) => `${r.network}:${r.code}`);
  expect(new Set(keys).size).toBe(keys.length);
  for (const rule of FIT_RULES) {
    expect(rule.message).toMatch(/^[A-ZÄÖÜ].+\.$/);
    // "Label: sentence." — one colon, never two
    expect({ code: rule.code, colons: rule.message.split(':').length - 1 }).toEqual({ code: rule.code, colons: 1 });
  }
});

test.each([
  [MunicipalityType.KREISFREIE_STADT, 224_684, NetworkId.IKONE_DS, FitLevel.HIGH],
  [MunicipalityType.GROSSE_KREISANGEHOERIGE_STADT, 30_039, NetworkId.IKONE_DS, FitLevel.HIGH],
  [MunicipalityType.VERBANDSFREIE_STADT, 18_387, NetworkId.DIGITALE_DOERFER_RLP, FitLevel.MEDIUM],
  [MunicipalityType.VERBANDSGEMEINDE, 11_910, NetworkId.DIGITALE_DOERFER_RLP, FitLevel.HIGH],
  [MunicipalityType.ORTSGEMEINDE, 3_789, NetworkId.DIGITALE_DOERFER_RLP, FitLevel.MEDIUM],
  [MunicipalityType.LANDKREIS, 129_353, NetworkId.DIGITALE_DOERFER_RLP, FitLevel.MEDIUM],
])('best fit of a %s with %d inhabitants is %s (%s)', (type, population, network, level) => {
  const [best] = evaluateFit({ type, population });
  expect(best.network.id).toBe(network);
  expect(best.level).toBe(level);
  expect(best.alreadyMember).toBe(false);
  expect(best.howToJoin).toEqual(expect.any(String));
});

test('the size classes follow the official thresholds', () => {
  expect(sizeClassOf(MunicipalityType.KREISFREIE_STADT, 100_000)).toBe('GROSSSTADT');
  expect(sizeClassOf(MunicipalityType.VERBANDSFREIE_STADT, 99_999)).toBe('MITTELSTADT');
  expect(sizeClassOf(MunicipalityType.VERBANDSFREIE_STADT, 20_000)).toBe('MITTELSTADT');
  expect(sizeClassOf(MunicipalityType.VERBANDSANGEHOERIGE_STADT, 19_999)).toBe('KLEINSTADT');
  expect(sizeClassOf(MunicipalityType.ORTSGEMEINDE, 4_999)).toBe('LANDGEMEINDE');
  expect(sizeClassOf(MunicipalityType.VERBANDSGEMEINDE, 50_000)).toBeNull();
});

test('an IKONE-DS membership outranks the size rule (Katzenelnbogen)', () => {
  const fits = evaluateFit({
    type: MunicipalityType.VERBANDSANGEHOERIGE_STADT,
    population: 2_287,
    ikoneDs: { isCoordinator: false, joinedOn: '2019-12-01', joinedOnPrecision: 'MONTH' as never },
  });
  expect(fits[0]).toMatchObject({ network: { id: NetworkId.IKONE_DS }, level: FitLevel.MEMBER, alreadyMember: true, howToJoin: null });
  expect(fits[0].reasons[0].message).toContain('seit Dezember 2019');
  expect(fitOf(evaluateFit({ type: MunicipalityType.VERBANDSANGEHOERIGE_STADT, population: 2_287 }), NetworkId.IKONE_DS).level).toBe(
    FitLevel.LOW,
  );
});

test('Digitale Dörfer: a membership of unknown status is not told to apply, and says since when it is unknown', () => {
  const input = { type: MunicipalityType.VERBANDSGEMEINDE, population: 20_000 };
  const unknown = fitOf(
    evaluateFit({
      ...input,
      digitaleDoerfer: { status: MembershipStatus.UNKNOWN, role: MembershipRole.MEMBER, lastConfirmedOn: '2024-04-11' },
    }),
    NetworkId.DIGITALE_DOERFER_RLP,
  );
  expect(unknown).toMatchObject({ alreadyMember: false, howToJoin: null, level: FitLevel.HIGH });
  expect(unknown.reasons[0]).toMatchObject({ code: 'MEMBERSHIP_UNKNOWN' });
  expect(unknown.reasons[0].message).toContain('Zuletzt am 11.4.2024 als Mitglied belegt');
  // the same unit without that record is told how to join
  expect(fitOf(evaluateFit(input), NetworkId.DIGITALE_DOERFER_RLP).howToJoin).toContain('Schillerplatz 3-5');
});

test('Digitale Dörfer: open application, former membership and a member Verbandsgemeinde are reported', () => {
  const pending = fitOf(
    evaluateFit({
      type: MunicipalityType.ORTSGEMEINDE,
      population: 800,
      digitaleDoerfer: { status: MembershipStatus.RECEIVED, role: MembershipRole.MEMBER },
    }),
    NetworkId.DIGITALE_DOERFER_RLP,
  );
  expect(pending.reasons[0].code).toBe('APPLICATION_PENDING');
  expect(pending.alreadyMember).toBe(false);
  const vgMember = fitOf(
    evaluateFit({
      type: MunicipalityType.ORTSGEMEINDE,
      population: 800,
      verbandsgemeinde: { name: 'Göllheim', digitaleDoerfer: { status: MembershipStatus.ACTIVE, role: MembershipRole.TRANSFER_POINT } },
    }),
    NetworkId.DIGITALE_DOERFER_RLP,
  );
  expect(vgMember.reasons.map((r) => r.code)).toEqual(['VERBANDSGEMEINDE_IS_MEMBER', 'ORTSGEMEINDE']);
  const vgLeft = fitOf(
    evaluateFit({
      type: MunicipalityType.ORTSGEMEINDE,
      population: 800,
      verbandsgemeinde: { name: 'X', digitaleDoerfer: { status: MembershipStatus.ENDED, role: MembershipRole.MEMBER } },
    }),
    NetworkId.DIGITALE_DOERFER_RLP,
  );
  expect(vgLeft.reasons.map((r) => r.code)).toEqual(['ORTSGEMEINDE']);
});

test('German dates at their precision', () => {
  expect(germanDate('2019-04-01', 'MONTH' as never)).toBe('April 2019');
  expect(germanDate('2019-01-01', 'YEAR' as never)).toBe('2019');
  expect(germanDate('2019-12-02')).toBe('2.12.2019');
});
