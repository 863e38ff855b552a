// When a subgraph is gone, the registry's data still arrives and the error says nothing about internals.
import { startTestHub, TestHub } from '../../testing/hub';

let hub: TestHub;
const logLines: string[] = [];
beforeAll(async () => {
  hub = await startTestHub({ logLines });
});
afterAll(async () => {
  await hub?.close();
});

test('with the IKONE-DS adapter down, registry fields still answer and the error is masked', async () => {
  await hub.ikoneDs.close();
  const { data, errors } = await hub.query(`{ municipality(key: "07315000") { name population ikoneDs { role } } }`);
  expect(data.municipality).toMatchObject({ name: 'Mainz, Stadt', population: 224684, ikoneDs: null });
  expect(errors).toHaveLength(1);
  expect(errors![0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  expect(errors![0].extensions?.requestId).toEqual(expect.any(String));
  const text = JSON.stringify(errors);
  expect(text).not.toContain(new URL(hub.ikoneDs.url).port);
  expect(text).not.toContain('ikone-ds');
  expect(text).not.toContain('ECONNREFUSED');
  // the request id in the answer finds the log line with the details
  const requestId = String(errors![0].extensions!.requestId);
  const logged = logLines.map((line) => JSON.parse(line)).filter((line) => line.requestId === requestId && line.msg === 'internal error');
  expect(logged).toHaveLength(1);
  expect(logged[0].level).toBe(50);
  expect(logged[0].err.message.length).toBeGreaterThan(0);
});
