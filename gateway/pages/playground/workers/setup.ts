// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

/// <reference lib="dom" />
// Tells Monaco where its language workers are: our own bundles under /assets/ (content-hashed
// names filled in by scripts/build-pages.js). GraphiQL's ready-made setups load them from esm.sh
// or expect a Vite/webpack worker plugin; this one keeps the page same-origin with esbuild.
// Imported first by main.ts: Monaco reads MonacoEnvironment when it starts its first worker.

declare const MONACO_WORKER_URLS: { 'editor.worker': string; 'json.worker': string; 'graphql.worker': string };

(globalThis as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    if (label === 'json') return new Worker(MONACO_WORKER_URLS['json.worker'], { name: 'json' });
    if (label === 'graphql') return new Worker(MONACO_WORKER_URLS['graphql.worker'], { name: 'graphql' });
    return new Worker(MONACO_WORKER_URLS['editor.worker'], { name: 'editor' });
  },
};

export {};
