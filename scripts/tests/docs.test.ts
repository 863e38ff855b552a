// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The documents name files of the project; each named file or folder must exist, so that a moved or
// deleted file cannot leave a document pointing nowhere.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../common/config';

const DOCUMENTS = ['README.md', 'ARCHITECTURE.md', 'SECURITY.md', 'PARTNERS.md', 'BENCHMARKS.md'];
/**
 * Paths into the repository's folders, and its top-level files by name (a bare `start.ts` in a
 * table of scripts is a name relative to its row, not a path, and is not checked).
 */
const PROJECT_PATH =
  /^(?:common|gateway|services|scripts|schema|client|testing|\.ci)\/[\w./-]*$|^(?:package\.json|codegen\.ts|jest\.config\.js|docker-compose\.yml|Dockerfile|\.env\.example|[A-Z]+\.md)$/;
/** Made by a build, a run or a user: not in the repository. */
const GENERATED = /^(?:dist|\.data|bench-results|test-results|node_modules)\//;

function citedPaths(text: string): string[] {
  const candidates = [...text.matchAll(/`([^`\s]+)`/g), ...text.matchAll(/\]\(([^)\s#]+)/g)].map((m) => m[1]);
  return candidates
    .map((c) => c.replace(/:\d+(?:-\d+)?$/, '').replace(/^\.\//, ''))
    .filter((c) => !GENERATED.test(c) && PROJECT_PATH.test(c) && !c.includes('*') && !c.includes('<'));
}

test.each(DOCUMENTS)('every project path named in %s exists', (document) => {
  const cited = [...new Set(citedPaths(fs.readFileSync(path.join(projectRoot, document), 'utf8')))];
  expect(cited.length).toBeGreaterThan(0);
  const missing = cited.filter((cited) => !fs.existsSync(path.join(projectRoot, cited)));
  expect(missing).toEqual([]);
});
