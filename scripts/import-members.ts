// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// `npm run import:members -- FILE [--dry-run]`: imports a network office's member list (CSV, XLSX)
// or a JSON backup into the registry, the same import as the API's importMemberships. The dry run
// prints what would change; without it all rows or none are written, each change audited with the
// actor "import" and the file's SHA-256. Uses DATABASE_URL, else the embedded database of `npm start`.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { ANONYMOUS, Role } from '../common/auth/roles';
import { readConfig } from '../common/config';
import { createDataSource, initializeWithRetry, migrate } from '../common/database';
import { openHubDatabase } from '../common/embedded-postgres';
import { createLogger } from '../common/logging';
import { createLoaders, RegistryContext } from '../services/registry/context';
import { registryDatabase } from '../services/registry/database';
import { importDirectory } from '../services/registry/modules/directory/directory-import';
import { importMembers, ImportReport } from '../services/registry/modules/exchange/member-import';
import { requireImportSize } from '../services/registry/modules/exchange/read-file';

const USAGE = 'usage: npm run import:members -- FILE [--dry-run]';

/** The report as the operator reads it: counts, then every row that is not unchanged. */
export function formatReport(report: ImportReport): string {
  const count = (outcome: string) => report.rows.filter((r) => r.outcome === outcome).length;
  const lines = [
    `${report.format} file, SHA-256 ${report.sha256}`,
    `new ${count('NEW')}, changed ${count('CHANGED')}, unchanged ${count('UNCHANGED')}, skipped ${count('SKIPPED')}, rejected ${count('REJECTED')}`,
  ];
  for (const r of report.rows) {
    if (r.outcome === 'UNCHANGED') continue;
    const who = r.municipalityName ? ` ${r.municipalityName} (${r.municipalityArs})` : '';
    lines.push(`  row ${r.line} ${r.outcome}${who}${r.reasons.length ? `: ${r.reasons.join(' ')}` : ''}`);
    for (const c of r.candidates) lines.push(`      could be ${c}`);
  }
  lines.push(report.dryRun ? 'dry run: nothing was written' : report.applied ? 'applied' : (report.refusal ?? 'not applied'));
  return lines.join('\n');
}

/** The command; `args` as after `--`. Returns the exit code. */
export async function main(args = process.argv.slice(2)): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'dry-run': { type: 'boolean', default: false } } });
  if (positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const size = fs.statSync(positionals[0]).size;
  requireImportSize(size, 'FILE');
  const bytes = fs.readFileSync(positionals[0]);
  const config = readConfig();
  const logger = createLogger('import-members', 'warn');
  const database = await openHubDatabase(config, logger);
  const dataSource = createDataSource(database.url, registryDatabase, logger, 2);
  try {
    await initializeWithRetry(dataSource, logger);
    await migrate(dataSource, registryDatabase.schema);
    // Names and keys are matched against the directory: load it (and the shipped public facts) if
    // this database has not seen them yet, e.g. before the first `npm start`.
    await importDirectory(dataSource, logger);
    const ctx: RegistryContext = {
      principal: { ...ANONYMOUS, kind: 'system', id: 'import', role: Role.MINISTRY_ADMIN },
      requestId: `import-${randomUUID()}`,
      logger,
      dataSource,
      loaders: createLoaders(dataSource),
    };
    const report = await importMembers(ctx, bytes, values['dry-run'] ?? false, 'FILE');
    console.log(formatReport(report));
    return report.dryRun || report.applied ? 0 : 1;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`import:members: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(error?.extensions?.code === 'BAD_USER_INPUT' ? 2 : 1);
    },
  );
}
