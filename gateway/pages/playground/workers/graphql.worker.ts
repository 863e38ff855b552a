// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// monaco-graphql's worker: validation and completion of GraphQL against the hub's schema.
import 'monaco-graphql/esm/graphql.worker.js';
