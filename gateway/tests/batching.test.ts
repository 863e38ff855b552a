// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Every list resolution batches: the SQL statements one request causes do not grow with the page.
import { sqlStatementCount } from '../../common/postgres';
import { startTestHub, TestHub } from '../../testing/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.close();
});

const PAGE = `query Page($first: Int!) {
  municipalities(first: $first, filter: { types: [ORTSGEMEINDE, VERBANDSGEMEINDE] }) {
    edges { node {
      ars name population
      district { name }
      verbandsgemeinde { name digitaleDoerfer { status } }
      digitaleDoerfer { status role }
      ortsgemeinden(first: 5) { totalCount edges { node { name } } }
      ikoneDs { role }
      networkFit { level network { name } }
    } }
  }
}`;

function total(): number {
  return Object.values(sqlStatementCount).reduce((a, b) => a + b, 0);
}

async function statementsFor(first: number): Promise<{ statements: number; items: number }> {
  const before = total();
  const { data, errors } = await hub.query(PAGE, { first });
  expect(errors).toBeUndefined();
  return { statements: total() - before, items: data.municipalities.edges.length };
}

test('a page of 100 municipalities with all relations costs the same SQL statements as a page of 10', async () => {
  await statementsFor(5); // warm-up: connection set-up statements are not part of the comparison
  const ten = await statementsFor(10);
  const hundred = await statementsFor(100);
  expect(ten.items).toBe(10);
  expect(hundred.items).toBe(100);
  expect(ten.statements).toBeGreaterThan(0);
  expect(hundred.statements).toBe(ten.statements);
  // one statement per kind of data, not per item
  expect(hundred.statements).toBeLessThan(15);
});
