// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Monaco's JSON worker: validation and completion in GraphiQL's variables and headers editors.
import 'monaco-editor/esm/vs/language/json/json.worker.js';
