// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The supergraph is an artifact: composed by `npm run compose` and checked in. Stale files fail here.
import { staleSchemaFiles } from '../../scripts/compose';

test('schema/ matches a fresh composition of both subgraphs', async () => {
  expect(await staleSchemaFiles()).toEqual([]);
});
