// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Monaco's base editor worker (diffs, links, word completion), bundled as a worker script of its own.
import 'monaco-editor/esm/vs/editor/editor.worker.js';
