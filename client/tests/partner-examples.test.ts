// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// PARTNERS.md's TypeScript, done as a partner portal's developer would do it: in a fresh folder
// outside the repository, the client package installed from the tarball `npm pack` makes (offline),
// every ```ts block of PARTNERS.md compiled with strict TypeScript and "module": "nodenext", and
// every block that uses the client run with Node.js against a running hub, without a key and with a
// PARTNER key. A block followed directly by a ```text block must print exactly that text.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Role } from '../../common/auth/roles';
import { projectRoot } from '../../common/config';
import { startTestHub, TestHub } from '../../testing/hub';

const run = promisify(execFile);
const clientPackage = JSON.parse(fs.readFileSync(path.join(projectRoot, 'client/package.json'), 'utf8')) as {
  name: string;
  dependencies: Record<string, string>;
};
const partners = fs.readFileSync(path.join(projectRoot, 'PARTNERS.md'), 'utf8');

interface Example {
  /** File name: the block's first line when it is a comment naming a .ts file, else example-<line>.ts. */
  file: string;
  line: number;
  code: string;
  /** The ```text block right after the code: what it prints. */
  output: string | undefined;
  /** Uses the client package: run against the hub. */
  runs: boolean;
}

const examples: Example[] = [
  ...partners.matchAll(/```(?:ts|typescript)\n((?:(?!```)[\s\S])*)```(?:\s*\n```text\n((?:(?!```)[\s\S])*)```)?/g),
].map((m) => {
  const line = partners.slice(0, m.index).split('\n').length;
  const named = /^\/\/ ([\w.-]+\.ts)\n/.exec(m[1]);
  return {
    file: named ? named[1] : `example-${line}.ts`,
    line,
    code: m[1],
    output: m[2],
    runs: m[1].includes(`from '${clientPackage.name}'`),
  };
});

/**
 * Needed by the examples for types only (Node.js's, and codegen's for section 8's codegen.ts), not
 * by the package, and too large to pack for each run: the repository's copies are linked.
 */
const LINKED = ['@types/node', '@graphql-codegen'];

/**
 * Compiled on its own, with the DOM's types and without Node.js's (as in a browser bundle) and with
 * every declaration file checked: the package's types are whole, and they are not `any`.
 */
const PACKAGE_TYPES_CHECK = `import { createHubClient, HubError, MunicipalityFitDocument, OutreachDocument, type HubClientErrorCode } from '${clientPackage.name}';
import { NetworkMembersDocument } from '${clientPackage.name}/strings';
type IsAny<T> = 0 extends 1 & T ? true : false;
const hub = createHubClient({ url: 'https://hub.example.rlp.de/graphql' });
const { municipality } = await hub.request(MunicipalityFitDocument, { key: '07315000' });
const typed: IsAny<typeof municipality> = false;
const level: 'MEMBER' | 'HIGH' | 'MEDIUM' | 'LOW' | 'NONE' | undefined = municipality?.networkFit?.[0]?.level;
const members = await hub.request(NetworkMembersDocument);
const count: number = members.ikoneDsMembers.totalCount;
const outreach = await hub.request(OutreachDocument); // only optional variables: none needed
const complete: boolean = outreach.outreachList.complete;
// @ts-expect-error: the variables are those of the operation
await hub.request(MunicipalityFitDocument, { kee: '07315000' });
// @ts-expect-error: a code the hub does not have
const misspelt: HubClientErrorCode = 'BAD_INPUT';
const sameCodes: HubError['code'] extends HubClientErrorCode ? true : false = true;
export { typed, level, count, complete, misspelt, sameCodes };
`;

let hub: TestHub;
let folder: string;
let partnerKey: string;

/**
 * npm without the network, without the user's cache and without notices, and without the npm_*
 * settings of an `npm test` around this run (they would point it at the repository).
 */
const npmEnv = (cache: string): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== 'INIT_CWD')),
  npm_config_offline: 'true',
  npm_config_cache: cache,
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  npm_config_loglevel: 'warn',
});

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-partner-'));
  const cache = path.join(folder, '.npm-cache');
  const tarballs = path.join(folder, 'tarballs');
  fs.mkdirSync(tarballs);
  const [started] = await Promise.all([
    startTestHub(),
    (async () => {
      fs.writeFileSync(
        path.join(folder, 'package.json'),
        JSON.stringify({ name: 'partner-portal', private: true, type: 'module' }, null, 2),
      );
      // the package as a partner receives it: `npm pack` builds it (prepack) and packs what package.json's `files` name
      const pack = async (args: string[], cwd: string) => {
        const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', tarballs, ...args], { cwd, env: npmEnv(cache) });
        return `./tarballs/${(JSON.parse(stdout) as { filename: string }[])[0].filename}`;
      };
      // Its dependencies come as tarballs too, packed from the repository's node_modules: npm --offline
      // needs registry metadata in its cache to resolve a version range, and after `npm ci` there may be none.
      const packed = await Promise.all([
        pack([], path.join(projectRoot, 'client')),
        ...Object.keys(clientPackage.dependencies).map((name) =>
          pack(['--ignore-scripts', path.join(projectRoot, 'node_modules', name)], folder),
        ),
      ]);
      await run('npm', ['install', '--offline', '--no-audit', '--no-fund', ...packed], { cwd: folder, env: npmEnv(cache) });
      for (const name of LINKED) {
        fs.mkdirSync(path.dirname(path.join(folder, 'node_modules', name)), { recursive: true });
        fs.symlinkSync(path.join(projectRoot, 'node_modules', name), path.join(folder, 'node_modules', name), 'dir');
      }
      const compilerOptions = { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck: true };
      const examplesConfig = { compilerOptions: { ...compilerOptions, types: ['node'], outDir: 'dist', rootDir: 'src' }, include: ['src'] };
      fs.writeFileSync(path.join(folder, 'tsconfig.json'), JSON.stringify(examplesConfig, null, 2));
      const packageConfig = {
        compilerOptions: {
          ...compilerOptions,
          skipLibCheck: false,
          skipDefaultLibCheck: true,
          types: [],
          lib: ['es2022', 'dom'],
          noEmit: true,
        },
        files: ['check/package-types.ts'],
      };
      fs.writeFileSync(path.join(folder, 'tsconfig.package.json'), JSON.stringify(packageConfig, null, 2));
      fs.mkdirSync(path.join(folder, 'src'));
      for (const example of examples) fs.writeFileSync(path.join(folder, 'src', example.file), example.code);
      fs.mkdirSync(path.join(folder, 'check'));
      fs.writeFileSync(path.join(folder, 'check/package-types.ts'), PACKAGE_TYPES_CHECK);
    })(),
  ]);
  hub = started;
  partnerKey = (await hub.apiKeys.create({ name: 'partner examples', role: Role.PARTNER, network: null, createdBy: 'test' })).secret;
}, 120_000);

afterAll(async () => {
  await hub?.close();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

test('PARTNERS.md has TypeScript examples that use the client, each with its output', () => {
  expect(examples.filter((e) => e.runs).length).toBeGreaterThanOrEqual(4);
  expect(new Set(examples.map((e) => e.file)).size).toBe(examples.length);
  expect(examples.filter((e) => e.runs && e.output === undefined).map((e) => e.file)).toEqual([]);
});

test('the package holds only its build, its operations and package.json; it is ESM with types', () => {
  const installed = path.join(folder, 'node_modules', clientPackage.name);
  expect(fs.lstatSync(installed).isSymbolicLink()).toBe(false);
  const files = fs
    .readdirSync(installed, { recursive: true, encoding: 'utf8' })
    .filter((f) => fs.statSync(path.join(installed, f)).isFile());
  expect(files.filter((f) => !/^(dist\/.+\.(js|d\.ts)|operations\/.+\.graphql|package\.json)$/.test(f))).toEqual([]);
  expect(files).toEqual(expect.arrayContaining(['dist/src/index.js', 'dist/src/index.d.ts', 'dist/generated/strings.js']));
  // relative imports carry their extension (Node.js's ES modules and nodenext require it)
  for (const file of files.filter((f) => /\.(js|d\.ts)$/.test(f))) {
    const text = fs.readFileSync(path.join(installed, file), 'utf8');
    const bare = [...text.matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((m) => m[1]).filter((p) => !p.endsWith('.js'));
    expect([file, bare]).toEqual([file, []]);
  }
});

test('every TypeScript block of PARTNERS.md compiles: strict, "module": "nodenext", against the installed package', async () => {
  const tsc = path.join(projectRoot, 'node_modules/typescript/bin/tsc');
  const [examplesCompiled, packageChecked] = await Promise.all(
    ['tsconfig.json', 'tsconfig.package.json'].map((config) =>
      run(process.execPath, [tsc, '-p', config], { cwd: folder }).catch((error: { stdout: string }) => error),
    ),
  );
  // each error names its file, src/example-<line>.ts: the line of the block in PARTNERS.md
  expect(examplesCompiled.stdout).toBe('');
  expect(packageChecked.stdout).toBe('');
});

/** Runs a compiled example with Node.js against the test hub. */
async function runExample(example: Example, apiKey: string | undefined): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, HUB_URL: hub.gatewayUrl };
  delete env.HUB_API_KEY;
  if (apiKey !== undefined) env.HUB_API_KEY = apiKey;
  const { stdout } = await run(process.execPath, [path.join('dist', example.file.replace(/\.ts$/, '.js'))], { cwd: folder, env });
  return stdout;
}

const runnable = examples.filter((e) => e.runs);
const CALLERS: [string, () => string | undefined][] = [
  ['without a key', () => undefined],
  ['with a PARTNER key', () => partnerKey],
];

describe('the examples print what PARTNERS.md says', () => {
  // all at once (each is a Node.js process of its own); each test waits for its own
  const outputs = new Map<string, Promise<string>>();
  beforeAll(() => {
    for (const [caller, key] of CALLERS) {
      for (const example of runnable) {
        const output = runExample(example, key()).catch((error: { stderr?: string }) => `failed: ${error.stderr ?? error}`);
        outputs.set(`${caller} ${example.file}`, output);
      }
    }
  });

  test.each(CALLERS.flatMap(([caller]) => runnable.map((e) => [caller, `${e.file} (PARTNERS.md line ${e.line})`, e] as const)))(
    '%s: %s',
    async (caller, _name, example) => {
      expect(await outputs.get(`${caller} ${example.file}`)).toBe(example.output);
    },
  );
});

test('the key is sent when there is one: a wrong key is refused, not answered anonymously', async () => {
  const first = examples.find((e) => e.runs)!;
  const failed = await runExample(first, 'knh_wrong_key').then(
    () => null,
    (error: { stderr: string }) => error.stderr,
  );
  expect(failed).toMatch(/HubError.*UNAUTHENTICATED|UNAUTHENTICATED[\s\S]*HubError|code: 'UNAUTHENTICATED'/);
});
