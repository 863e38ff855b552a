// The fit rules: complete, consistent with the networks' target groups, and overridden by membership.
import { MembershipRole, MembershipStatus, MunicipalityType, NetworkId, sizeClassOf } from '../domain';
import { readDirectory } from '../directory';
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

test('rule codes are unique per network and every message is a German sentence', () => {
  const keys = FIT_RULES.map((r) => `${r.network}:${r.code}`);
  expect(new Set(keys).size).toBe(keys.length);
  for (const rule of FIT_RULES) expect(rule.message).toMatch(/^[A-ZÄÖÜ].+\.$/);
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

test('Digitale Dörfer: open application, former role and a member Verbandsgemeinde are reported', () => {
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
