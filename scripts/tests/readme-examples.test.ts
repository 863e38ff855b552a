// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The README's example queries, run as a new user would on the shipped data: each ```graphql block
// that is followed by a ```json block must give exactly that answer, and every other query block
// (not the coordinators' mutations, which need keys and ids) must run without an error.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../common/config';
import { startTestHub, TestHub } from '../../testing/hub';

const readme = fs.readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
const EXAMPLE = /```graphql\n((?:(?!```)[\s\S])*)```\s*\n```json\n((?:(?!```)[\s\S])*)```/g;
const examples = [...readme.matchAll(EXAMPLE)].map((m, i) => {
  const line = readme.slice(0, m.index).split('\n').length;
  return { name: `example ${i + 1} (README.md line ${line})`, query: m[1], answer: JSON.parse(m[2]) };
});

const otherQueries = [...readme.matchAll(/```graphql\n((?:(?!```)[\s\S])*)```(?!\s*\n```json)/g)]
  .filter((m) => !/\bmutation\b|</.test(m[1]))
  .map((m) => [`query at README.md line ${readme.slice(0, m.index).split('\n').length}`, m[1]]);

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.close();
});

test('the README has example queries with answers', () => {
  expect(examples.length).toBeGreaterThan(3);
});

test.each(examples.map((e) => [e.name, e]))('%s gives the documented answer', async (_name, example) => {
  const { query, answer } = example as (typeof examples)[number];
  const response = await hub.query(query);
  expect({ data: response.data, ...(response.errors && { errors: response.errors }) }).toEqual(answer);
});

test.each(otherQueries)('%s runs without an error', async (_name, query) => {
  const response = await hub.query(query);
  expect(response.errors).toBeUndefined();
  expect(response.data).toBeDefined();
});
