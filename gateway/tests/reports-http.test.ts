// What dashboards and spreadsheets get from the gateway: cache hints on public figures, CSV files.
import { Role } from '../../common/auth/roles';
import { postGraphQL, startTestHub, TestHub } from '../../testing/hub';

let hub: TestHub;
let partner: string;
beforeAll(async () => {
  hub = await startTestHub();
  partner = (await hub.apiKeys.create({ name: 'csv partner', role: Role.PARTNER, createdBy: 'test' })).secret;
});
afterAll(async () => {
  await hub?.close();
});

const origin = () => new URL(hub.gatewayUrl).origin;

test('public report answers carry a cache hint; personal or keyed answers do not', async () => {
  const report = await postGraphQL(hub.gatewayUrl, { query: '{ coverageReport(network: IKONE_DS) { state { members } } }' });
  expect(report.headers.get('cache-control')).toBe('public, max-age=300');
  const lookup = await postGraphQL(hub.gatewayUrl, { query: '{ municipality(key: "07315000") { name } }' });
  expect(lookup.headers.get('cache-control')).toBe('no-store');
  const keyed = await postGraphQL(
    hub.gatewayUrl,
    { query: '{ coverageReport(network: IKONE_DS) { state { members } } }' },
    { 'x-api-key': partner },
  );
  expect(keyed.headers.get('cache-control')).toBe('no-store');
});

test('coverage as CSV: the same figures as the API, in the form German spreadsheets open', async () => {
  const api = await postGraphQL(hub.gatewayUrl, {
    query: '{ coverageReport(network: IKONE_DS) { state { members eligible } districts { districtArs label members } } }',
  });
  const response = await fetch(`${origin()}/reports/coverage.csv?network=IKONE_DS`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  const bytes = Buffer.from(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
  const lines = bytes
    .subarray(3)
    .toString('utf8')
    .trim()
    .split('\r\n')
    .map((l) => l.split(';'));
  expect(lines[0]).toEqual([
    'Stichtag',
    'ARS',
    'Gebiet',
    'Mitglieder',
    'Berechtigt',
    'Abdeckung',
    'Einwohner berechtigt',
    'Einwohner erreicht',
    'Anteil Einwohner',
  ]);
  expect(lines).toHaveLength(1 + 1 + 36);
  expect(lines[1].slice(1, 5)).toEqual([
    '',
    'Rheinland-Pfalz',
    String(api.data.coverageReport.state.members),
    String(api.data.coverageReport.state.eligible),
  ]);
  const speyer = lines.find((l) => l[1] === '073180000000')!;
  expect(speyer[3]).toBe('1');
  expect(speyer[5]).toMatch(/^\d,\d{4}$/);
});

test('membership and outreach CSV; bad parameters give a clear 400', async () => {
  const membership = await (await fetch(`${origin()}/reports/membership.csv?network=DIGITALE_DOERFER_RLP&groupBy=DISTRICT`)).text();
  expect(membership).toContain(';073330000000;Donnersbergkreis;1');
  expect(membership).toContain(';071320000000;Landkreis Altenkirchen (Westerwald);1');
  const outreach = await (await fetch(`${origin()}/reports/outreach.csv`)).text();
  expect(outreach.split('\r\n')[1]).toContain('Mainz, Stadt');
  const bad = await fetch(`${origin()}/reports/membership.csv?network=NOPE&groupBy=DISTRICT`);
  expect(bad.status).toBe(400);
  expect(((await bad.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
});
