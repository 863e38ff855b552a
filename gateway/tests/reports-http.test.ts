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

test('public answers carry the cache hint the subgraphs gave; personal or keyed answers do not', async () => {
  const report = await postGraphQL(hub.gatewayUrl, { query: '{ coverageReport(network: IKONE_DS) { state { members } } }' });
  expect(report.headers.get('cache-control')).toBe('public, max-age=60');
  const lookup = await postGraphQL(hub.gatewayUrl, { query: '{ municipality(key: "07315000") { name } }' });
  expect(lookup.headers.get('cache-control')).toBe('public, max-age=60');
  // an answer that depends on who asks (here: refused to an anonymous caller)
  const personal = await postGraphQL(hub.gatewayUrl, { query: '{ auditTrail(first: 1) { totalCount } }' });
  expect(personal.headers.get('cache-control')).toBe('no-store');
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
  expect(lines[0].slice(0, 9)).toEqual([
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
  // What the member figures count, after the existing columns, on every line.
  expect(lines[0].slice(9)).toEqual([
    'Bekannte Mitglieder',
    'Gemeldete Mitglieder',
    'Gemeldet am',
    'Gemeldet von',
    'Quelle',
    'Vollständig',
  ]);
  expect(lines[1].slice(9)).toEqual([
    '13',
    '14',
    '2020-12',
    'Entwicklungsagentur Rheinland-Pfalz',
    'https://ea-rlp.de/zwei-neue-netzwerke-unterstuetzen-bei-der-digitalisierung',
    'nein',
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
  expect(membership.split('\r\n')[0]).toContain(
    ';Mitglieder;Bekannte Mitglieder;Gemeldete Mitglieder;Gemeldet am;Gemeldet von;Quelle;Vollständig',
  );
  expect(membership).toMatch(/;61;2025-04;Rhein-Zeitung;https:\/\/www\.rhein-zeitung\.de\/[^;]+;nein\r\n/);
  const outreach = await (await fetch(`${origin()}/reports/outreach.csv`)).text();
  // Not complete for Digitale Dörfer RLP: the entries are only not known as members.
  expect(outreach.split('\r\n')[0]).toMatch(/;Passung;Status$/);
  expect(outreach.split('\r\n')[1]).toMatch(/;nicht als Mitglied bekannt$/);
  expect(outreach.split('\r\n')[1]).toContain('Mainz, Stadt');
  const bad = await fetch(`${origin()}/reports/membership.csv?network=NOPE&groupBy=DISTRICT`);
  expect(bad.status).toBe(400);
  expect(bad.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  expect(await bad.text()).toContain('Der Parameter „network“ ist ungültig; erlaubt ist eines von DIGITALE_DOERFER_RLP, IKONE_DS.');
});

test.each([
  ['coverage', 'network=IKONE_DS&asOf=2024-02-30', '„asOf“ ist ungültig'],
  ['coverage', 'network=IKONE_DS&asOf=31.12.2024', '„asOf“ ist ungültig'],
  ['outreach', 'asOf=yesterday', '„asOf“ ist ungültig'],
  ['outreach', 'asOf=0000-01-01', '„asOf“ ist ungültig'],
  ['membership', 'network=IKONE_DS&groupBy=DISTRICT&asOf=<5,000 digits>', '„asOf“ ist ungültig'],
  ['membership', 'network=IKONE_DS&groupBy=NOPE', '„groupBy“ ist ungültig'],
  ['membership', 'network=IKONE_DS', '„groupBy“ fehlt'],
  ['coverage', 'network=%00', '„network“ ist ungültig'],
  ['coverage', 'network=IKONE_DS&asOf=2099-12-31', 'Die API nimmt den Parameter „asOf“ nicht an'],
])('%s.csv?%s: HTTP 400 with a German sentence in plain text', async (name, query, text) => {
  const response = await fetch(`${origin()}/reports/${name}.csv?${query.replace('<5,000 digits>', '9'.repeat(5000))}`);
  expect(response.status).toBe(400);
  expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  expect(response.headers.get('cache-control')).toBe('no-store');
  const body = await response.text();
  expect(body).toContain(text);
  // Says what a valid value looks like, and never echoes what was sent.
  if (text.includes('asOf“ ist')) expect(body).toContain('JJJJ-MM-TT');
  expect(body).not.toContain('9999999999');
});

test('the file name holds only a known network id or "alle", never a parameter as sent', async () => {
  const disposition = async (url: string) => (await fetch(`${origin()}${url}`)).headers.get('content-disposition');
  expect(await disposition('/reports/coverage.csv?network=IKONE_DS')).toBe('attachment; filename="coverage-IKONE_DS.csv"');
  // outreach takes no network: a crafted one must not end up in the name (it was "outreach-Rechnung.html").
  expect(await disposition('/reports/outreach.csv?network=Rechnung.html')).toBe('attachment; filename="outreach-alle.csv"');
  expect(await disposition('/reports/outreach.csv?network=a%22%0d%0aX-Evil:%201')).toBe('attachment; filename="outreach-alle.csv"');
  expect((await fetch(`${origin()}/reports/coverage.csv?network=Rechnung.html`)).status).toBe(400);
});
