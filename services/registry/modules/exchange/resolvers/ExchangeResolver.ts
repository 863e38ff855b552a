// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { Permission } from '../../../../../common/auth/roles';
import type { RegistryContext } from '../../../context';
import { importMembers } from '../member-import';
import { requireImportSize } from '../read-file';
import { exportRegistry } from '../registry-export';
import { base64DecodedLength } from '../../../../../common/exchange';
import { MAX_IMPORT_BYTES } from '../rules';

enum FileEncoding {
  TEXT = 'TEXT',
  BASE64 = 'BASE64',
}
registerEnumType(FileEncoding, {
  name: 'FileEncoding',
  description: 'How a file travels in a GraphQL string.',
  valuesConfig: {
    TEXT: { description: 'The file’s text as it is (CSV, JSON).' },
    BASE64: { description: 'The file’s bytes in base64 (XLSX, or CSV in Windows-1252).' },
  },
});

enum ImportRowOutcome {
  NEW = 'NEW',
  CHANGED = 'CHANGED',
  UNCHANGED = 'UNCHANGED',
  SKIPPED = 'SKIPPED',
  REJECTED = 'REJECTED',
}
registerEnumType(ImportRowOutcome, {
  name: 'ImportRowOutcome',
  description: 'What the import does with one row.',
  valuesConfig: {
    NEW: { description: 'A membership the registry does not have yet: it is added.' },
    CHANGED: { description: 'A stored membership that the row changes (reasons say which fields).' },
    UNCHANGED: { description: 'The registry already says what the row says.' },
    SKIPPED: { description: 'Not for this import by design (IKONE-DS members come from the feed); does not block the import.' },
    REJECTED: { description: 'The row cannot be imported (reasons say why); while any row is rejected, nothing is applied.' },
  },
});

enum ExportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
  JSON = 'JSON',
}
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'Form of the registry export.',
  valuesConfig: {
    CSV: { description: 'The member list of both networks, in the columns of the import template (UTF-8 with BOM, ";").' },
    XLSX: { description: 'Sheets: memberships, meetings, experience reports (base64).' },
    JSON: { description: 'Everything, as the backup that importMemberships reads back.' },
  },
});

@ObjectType({ description: 'One row of an imported file and what the import does with it.' })
class ImportRowResult {
  @Field(() => Int, { description: 'Row number in the file (for a backup: position of the membership record).' })
  line: number;

  @Field(() => ImportRowOutcome, { description: 'What the import does with the row.' })
  outcome: ImportRowOutcome;

  @Field(() => String, { nullable: true, description: 'ARS of the municipality the row names, when it names exactly one.' })
  municipalityArs: string | null;

  @Field(() => String, { nullable: true, description: 'Official name of that municipality.' })
  municipalityName: string | null;

  @Field(() => [String], { description: 'Why the row is rejected or skipped, or which fields it changes.' })
  reasons: string[];

  @Field(() => [String], { description: 'For an ambiguous name: the units it could mean, with their ARS.' })
  candidates: string[];
}

@ObjectType({ description: 'The outcome of a member import, row by row.' })
class MembershipImportReport {
  @Field(() => String, { description: 'Form of the file that was read: CSV, XLSX or JSON (backup).' })
  format: string;

  @Field(() => String, { description: 'SHA-256 of the file (hex); the audit events of the import carry it.' })
  sha256: string;

  @Field(() => Boolean, { description: 'True when nothing was to be written.' })
  dryRun: boolean;

  @Field(() => Boolean, { description: 'True when the changes were written (all rows, in one transaction).' })
  applied: boolean;

  @Field(() => String, { nullable: true, description: 'Why nothing was written although dryRun was false.' })
  refusal: string | null;

  @Field(() => [ImportRowResult], { description: 'Every row of the file, in order.' })
  rows: ImportRowResult[];
}

@ObjectType({ description: 'A file of the registry export.' })
class RegistryExportFile {
  @Field(() => String, { description: 'Suggested file name.' })
  fileName: string;

  @Field(() => String, { description: 'Media type of the file.' })
  mediaType: string;

  @Field(() => FileEncoding, { description: 'TEXT: content is the file’s text; BASE64: its bytes in base64.' })
  encoding: FileEncoding;

  @Field(() => String, { description: 'The file.' })
  content: string;
}

/** Import of member lists and export of the whole registry, for the ministry. */
@Resolver()
export class ExchangeResolver {
  @Authorized(Permission.EXCHANGE_REGISTRY)
  @Mutation(() => MembershipImportReport, {
    description: `Imports Digitale Dörfer memberships from a network office's list (CSV or XLSX in the columns of the import template) or from a JSON backup of registryExport; at most ${MAX_IMPORT_BYTES} bytes. With dryRun it only reports what would change. Otherwise all rows or none are written in one transaction, each change with an audit event; nothing is written while a row is REJECTED. Importing the same file again changes nothing. Ministry admins only.`,
  })
  async importMemberships(
    @Arg('content', () => String, { description: 'The file: its text (encoding TEXT) or its bytes in base64 (encoding BASE64).' })
    content: string,
    @Arg('encoding', () => FileEncoding, { defaultValue: FileEncoding.TEXT, description: 'How content carries the file.' })
    encoding: FileEncoding,
    @Arg('dryRun', () => Boolean, { description: 'True: only report what would change.' }) dryRun: boolean,
    @Ctx() ctx: RegistryContext,
  ): Promise<MembershipImportReport> {
    ctx.uncacheable = true;
    // Refused by its length before it is decoded.
    requireImportSize(encoding === FileEncoding.BASE64 ? base64DecodedLength(content) : Buffer.byteLength(content), 'content');
    const bytes = encoding === FileEncoding.BASE64 ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8');
    const report = await importMembers(ctx, bytes, dryRun, 'content');
    return { ...report, rows: report.rows.map((r) => ({ ...r, outcome: ImportRowOutcome[r.outcome] })) };
  }

  @Authorized(Permission.EXCHANGE_REGISTRY)
  @Query(() => RegistryExportFile, {
    description:
      'The whole registry for the ministry: municipalities with their memberships and roles in both networks, meetings, experience reports; contact persons only for roles that may read them. Ministry admins only.',
  })
  async registryExport(
    @Arg('format', () => ExportFormat, { description: 'CSV, XLSX or JSON (the backup).' }) format: ExportFormat,
    @Ctx() ctx: RegistryContext,
  ): Promise<RegistryExportFile> {
    ctx.uncacheable = true;
    const file = await exportRegistry(ctx.dataSource.manager, ctx, format);
    return { ...file, encoding: file.base64 ? FileEncoding.BASE64 : FileEncoding.TEXT };
  }
}
