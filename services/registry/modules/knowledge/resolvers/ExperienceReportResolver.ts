// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { randomUUID } from 'node:crypto';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Permission } from '../../../../../common/auth/roles';
import { badInput, notFound } from '../../../../../common/errors';
import { Connection, PageArgs, readPage, toConnection } from '../../../../../common/pagination';
import {
  normalizeTags,
  notNull,
  optionalText,
  requireContactFunction,
  requireNoEmail,
  requireText,
  requireUuid,
  searchWords,
} from '../../../../../common/validation';
import type { RegistryContext } from '../../../context';
import { recordAudit, snapshot } from '../../../shared/audit';
import { changeVersioned } from '../../../shared/versioned-change';
import { Municipality } from '../../directory/entities/Municipality';
import { findMunicipalitiesByKey, requireMunicipalityByKey } from '../../directory/municipality-keys';
import { requireActiveMembers } from '../../membership/rules';
import { ExperienceReport, ExperienceStatus } from '../entities/ExperienceReport';
import { Topic } from '../entities/Topic';
import { rankExperienceReports } from '../ranking';
import { EXPERIENCE_REPORTS, requireTopicIds } from '../rules';

const DEFAULT_MATCHES = 10;
const MAX_MATCHES = 50;

@ObjectType({ description: 'A page of experience reports (Erfahrungsberichte), newest first.' })
export class ExperienceReportConnection extends Connection(ExperienceReport, 'ExperienceReport', 'experience report') {}

@InputType({ description: 'A new experience report (Erfahrungsbericht) of a member municipality. No personal data: it is public.' })
export class ExperienceReportInput {
  @Field(() => ID, {
    description:
      'ARS or AGS of the reporting municipality; it must be a Digitale Dörfer member (ACTIVE, or UNKNOWN since its last evidence).',
  })
  municipalityKey: string;

  @Field(() => String, { description: 'Title, 3 to 200 characters.' })
  title: string;

  @Field(() => String, { description: 'The project (Vorhaben), 3 to 5,000 characters; no e-mail addresses.' })
  project: string;

  @Field(() => [ID], { description: 'Managed topics (ids from Query.topics), 1 to 10.' })
  topicIds: string[];

  @Field(() => [String], { nullable: true, description: 'Free keywords (Schlagwörter), at most 20 of 1 to 50 characters.' })
  tags?: string[] | null;

  @Field(() => ExperienceStatus, { description: 'Where the project stands.' })
  status: ExperienceStatus;

  @Field(() => String, { nullable: true, description: 'What came of it (Ergebnis), up to 5,000 characters; no e-mail addresses.' })
  result?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Whom to ask, as a function or office (e.g. "Digitalisierungsbeauftragte der VG"), up to 200 characters. Names, e-mail addresses, phone numbers and salutations ("Frau …") are refused.',
  })
  contactFunction?: string | null;
}

@InputType({ description: 'Changes to an experience report: only the fields given change; null clears result and contactFunction.' })
export class ExperienceReportUpdateInput {
  @Field(() => String, { nullable: true, description: 'Title, 3 to 200 characters.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'The project, 3 to 5,000 characters.' })
  project?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Managed topics, 1 to 10, replacing the current ones.' })
  topicIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Free keywords, replacing the current ones.' })
  tags?: string[] | null;

  @Field(() => ExperienceStatus, { nullable: true, description: 'Where the project stands.' })
  status?: ExperienceStatus | null;

  @Field(() => String, { nullable: true, description: 'What came of it; null clears it.' })
  result?: string | null;

  @Field(() => String, { nullable: true, description: 'Whom to ask, as a function or office; null clears it.' })
  contactFunction?: string | null;
}

@ArgsType()
class ExperienceReportsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only reports on this managed topic (its id); an unknown id is NOT_FOUND.' })
  topicId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only reports of this municipality (ARS or AGS); an unknown key is NOT_FOUND.' })
  municipalityKey?: string | null;
}

@ObjectType({ description: 'An experience report that fits a question, with why it ranks where it does.' })
export class ExperienceMatch {
  @Field(() => ExperienceReport, { description: 'The report; its municipality is whom to ask.' })
  report: ExperienceReport;

  @Field(() => Int, {
    description:
      'Rank score, higher first: transfer point 64, same type 32, same size 16, same Landkreis 8, same former Regierungsbezirk 4, completed 2, in progress 1.',
  })
  score: number;

  @Field(() => [String], {
    description:
      'Why it matches and ranks here, in German, e.g. "Thema „Dorf-App / DorfFunk“", "Transferstelle des Netzwerks", "gleicher Landkreis".',
  })
  reasons: string[];
}

/** Experience reports of the members, and "whom can we ask about topic X". */
@Resolver(() => ExperienceReport)
export class ExperienceReportResolver {
  @Query(() => ExperienceReportConnection, { description: 'Experience reports (Erfahrungsberichte) of the members, newest first.' })
  async experienceReports(
    @Args(() => ExperienceReportsArgs) args: ExperienceReportsArgs,
    @Ctx() ctx: RegistryContext,
  ): Promise<ExperienceReportConnection> {
    const page = readPage(args);
    const query = ctx.dataSource
      .getRepository(ExperienceReport)
      .createQueryBuilder('r')
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .skip(page.offset)
      .take(page.limit);
    if (args.topicId !== undefined && args.topicId !== null) {
      const topic = await ctx.loaders.topicById.load(args.topicId);
      if (!topic) throw notFound(`No topic has the id ${JSON.stringify(args.topicId.slice(0, 60))}; see Query.topics.`);
      query.andWhere('r.topic_ids @> ARRAY[:topicId]::text[]', { topicId: topic.id });
    }
    if (args.municipalityKey !== undefined && args.municipalityKey !== null) {
      const municipality = await requireMunicipalityByKey(ctx, args.municipalityKey, 'municipalityKey');
      query.andWhere('r.municipality_ars = :ars', { ars: municipality.ars });
    }
    const [nodes, total] = await query.getManyAndCount();
    return toConnection(nodes, page, total);
  }

  @Query(() => ExperienceReport, { nullable: true, description: 'One experience report by its id; null when no report has it.' })
  experienceReport(
    @Arg('id', () => ID, { description: 'The report’s id (ExperienceReport.id).' }) id: string,
    @Ctx() ctx: RegistryContext,
  ): Promise<ExperienceReport | null> {
    return ctx.dataSource.getRepository(ExperienceReport).findOneBy({ id: requireUuid(id, 'id') });
  }

  @Query(() => [ExperienceMatch], {
    description:
      'Whom can we ask about a topic? Experience reports whose topics or keywords match the search text (case, umlauts and transliterations do not matter), best first: transfer points (Transferstellen) of the network, then, with forMunicipality, similar municipalities (same type, same size class, same Landkreis, same former Regierungsbezirk), then completed before running projects, newest first. The asking municipality’s own reports are left out.',
  })
  async whomToAsk(
    @Arg('topic', () => String, { description: 'What you want to know about, e.g. "Dorf-App", "buergerbeteiligung" or "LoRaWAN".' })
    topic: string,
    @Arg('forMunicipality', () => ID, {
      nullable: true,
      description: 'ARS or AGS of the asking municipality: similar municipalities rank higher. Unknown keys are NOT_FOUND.',
    })
    forMunicipality: string | null,
    @Arg('first', () => Int, { nullable: true, description: `Number of matches, 0 to ${MAX_MATCHES} (default ${DEFAULT_MATCHES}).` })
    first: number | null,
    @Ctx() ctx: RegistryContext,
  ): Promise<ExperienceMatch[]> {
    const words = searchWords(topic, 'topic');
    const limit = first ?? DEFAULT_MATCHES;
    if (!Number.isInteger(limit) || limit < 0 || limit > MAX_MATCHES) {
      throw badInput(`first must be between 0 and ${MAX_MATCHES}.`, { argument: 'first' });
    }
    const asking =
      forMunicipality === null || forMunicipality === undefined
        ? null
        : await requireMunicipalityByKey(ctx, forMunicipality, 'forMunicipality');
    if (limit === 0) return [];
    const ranked = await rankExperienceReports(ctx.dataSource, words, asking?.ars ?? null, limit);
    if (ranked.length === 0) return [];
    const reports = await ctx.dataSource.getRepository(ExperienceReport).findBy({ id: In(ranked.map((r) => r.reportId)) });
    const byId = new Map(reports.map((r) => [r.id, r]));
    return ranked.map((r) => ({ report: byId.get(r.reportId)!, score: r.score, reasons: r.reasons }));
  }

  @FieldResolver(() => Municipality, {
    description: 'The reporting municipality; its contact person is in digitaleDoerfer.contactPerson (PARTNER role or above).',
  })
  async municipality(@Root() report: ExperienceReport, @Ctx() ctx: RegistryContext): Promise<Municipality> {
    return (await ctx.loaders.municipalityByArs.load(report.municipalityArs))!;
  }

  @FieldResolver(() => [Topic], { description: 'The managed topics of the report.' })
  async topics(@Root() report: ExperienceReport, @Ctx() ctx: RegistryContext): Promise<Topic[]> {
    return (await ctx.loaders.topicById.loadMany(report.topicIds)).filter((t): t is Topic => t instanceof Topic);
  }

  @Authorized(Permission.WRITE_DIGITALE_DOERFER)
  @Mutation(() => ExperienceReport, {
    description: 'Records an experience report of a member municipality. Coordinators of Digitale Dörfer RLP and ministry admins.',
  })
  async createExperienceReport(
    @Arg('input', () => ExperienceReportInput, { description: 'The report.' }) input: ExperienceReportInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<ExperienceReport> {
    const values = {
      title: requireText(input.title, 'input.title', 3, 200),
      project: requireNoEmail(requireText(input.project, 'input.project', 3, 5000), 'input.project')!,
      status: input.status,
      result: requireNoEmail(optionalText(input.result, 'input.result', 5000), 'input.result'),
      contactFunction: requireContactFunction(optionalText(input.contactFunction, 'input.contactFunction', 200), 'input.contactFunction'),
      ...normalizeTags(input.tags, 'input.tags'),
    };
    return ctx.dataSource.transaction(async (manager) => {
      const [municipality] = await findMunicipalitiesByKey(manager, [input.municipalityKey], 'input.municipalityKey');
      await requireActiveMembers(manager, [municipality], 'input.municipalityKey');
      const topicIds = await requireTopicIds(manager, input.topicIds, 'input.topicIds', 1);
      const repository = manager.getRepository(ExperienceReport);
      const report = repository.create({
        id: randomUUID(),
        municipalityArs: municipality.ars,
        ...values,
        topicIds,
        isDemo: false,
        version: 1,
      });
      await repository.insert(report);
      await recordAudit(manager, ctx, {
        action: 'report.create',
        entity: 'experienceReport',
        entityId: report.id,
        before: null,
        after: snapshot(report, EXPERIENCE_REPORTS.auditFields),
      });
      return repository.findOneByOrFail({ id: report.id });
    });
  }

  @Authorized(Permission.WRITE_DIGITALE_DOERFER)
  @Mutation(() => ExperienceReport, {
    description:
      'Changes an experience report (its municipality stays; the municipality need not be a member any more). Coordinators of Digitale Dörfer RLP and ministry admins.',
  })
  async updateExperienceReport(
    @Arg('id', () => ID, { description: 'The report.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last saw.' }) expectedVersion: number,
    @Arg('input', () => ExperienceReportUpdateInput, { description: 'The changes.' }) input: ExperienceReportUpdateInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<ExperienceReport> {
    const reportId = requireUuid(id, 'id');
    const changes: QueryDeepPartialEntity<ExperienceReport> = {};
    if (input.title !== undefined) changes.title = requireText(notNull(input.title, 'input.title'), 'input.title', 3, 200);
    if (input.project !== undefined) {
      changes.project = requireNoEmail(requireText(notNull(input.project, 'input.project'), 'input.project', 3, 5000), 'input.project')!;
    }
    if (input.status !== undefined) changes.status = notNull(input.status, 'input.status');
    if (input.result !== undefined) changes.result = requireNoEmail(optionalText(input.result, 'input.result', 5000), 'input.result');
    if (input.contactFunction !== undefined) {
      changes.contactFunction = requireContactFunction(
        optionalText(input.contactFunction, 'input.contactFunction', 200),
        'input.contactFunction',
      );
    }
    if (input.tags !== undefined) Object.assign(changes, normalizeTags(notNull(input.tags, 'input.tags'), 'input.tags'));
    if (Object.keys(changes).length === 0 && input.topicIds === undefined) {
      throw badInput('input names no field to change.', { argument: 'input' });
    }
    return ctx.dataSource.transaction((manager) =>
      changeVersioned(manager, ctx, EXPERIENCE_REPORTS, reportId, expectedVersion, async () => {
        if (input.topicIds !== undefined) {
          changes.topicIds = await requireTopicIds(manager, notNull(input.topicIds, 'input.topicIds'), 'input.topicIds', 1);
        }
        return { action: 'report.update', set: changes };
      }),
    );
  }
}
