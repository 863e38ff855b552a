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
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Permission } from '../../../../../common/auth/roles';
import { DatePrecision, NetworkId } from '../../../../../common/domain';
import { badInput } from '../../../../../common/errors';
import { LocalDate } from '../../../../../common/input';
import { Connection, PageArgs, readPage, toConnection } from '../../../../../common/pagination';
import {
  MAX_SOURCES,
  normalizeSources,
  normalizeTags,
  notNull,
  optionalText,
  requireNoEmail,
  requireText,
  requireUuid,
} from '../../../../../common/validation';
import type { RegistryContext } from '../../../context';
import { recordAudit, snapshot } from '../../../shared/audit';
import { changeVersioned } from '../../../shared/versioned-change';
import { Municipality } from '../../directory/entities/Municipality';
import { findMunicipalitiesByKey } from '../../directory/municipality-keys';
import { requireActiveMembers } from '../../membership/rules';
import { Meeting, MeetingFormat } from '../entities/Meeting';
import { MeetingAttendance } from '../entities/MeetingAttendance';
import { Topic } from '../entities/Topic';
import {
  attendeeArs,
  MAX_ATTENDEES,
  MEETINGS,
  requireAttendanceKept,
  requireMeetingDate,
  requireMeetingWriter,
  requireTopicIds,
} from '../rules';

@ObjectType({ description: 'A page of meetings (Netzwerktreffen) and events, newest first.' })
export class MeetingConnection extends Connection(Meeting, 'Meeting', 'meeting') {}

@InputType({
  description:
    'A new meeting (Netzwerktreffen) of the Netzwerk Digitale Dörfer RLP. (Meetings of IKONE-DS come only from public sources, shipped with the registry.)',
})
export class MeetingInput {
  @Field(() => LocalDate, {
    description:
      'Day of the meeting, not before the network was founded (December 2020); with heldOnPrecision MONTH or YEAR the first day of that month or year.',
  })
  heldOn: string;

  @Field(() => DatePrecision, { nullable: true, description: 'How exactly heldOn is known (default DAY).' })
  heldOnPrecision?: DatePrecision | null;

  @Field(() => String, { description: 'Title, 3 to 200 characters.' })
  title: string;

  @Field(() => MeetingFormat, { description: 'Online, on site or hybrid.' })
  format: MeetingFormat;

  @Field(() => ID, { nullable: true, description: 'ARS or AGS of the host municipality (Gastgeber), if any.' })
  hostKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it took place (venue, town), 2 to 200 characters.' })
  place?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Managed topics (ids from Query.topics), at most 10.' })
  topicIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Free keywords (Schlagwörter), at most 20 of 1 to 50 characters.' })
  tags?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What a source reports beyond the other fields (e.g. a reported number of participants), up to 2,000 characters; no e-mail addresses.',
  })
  note?: string | null;

  @Field(() => [String], { nullable: true, description: `Public sources (http or https URLs), at most ${MAX_SOURCES}.` })
  sources?: string[] | null;
}

@InputType({
  description: 'Changes to a meeting: only the fields given change; null removes the host, the place and the note.',
})
export class MeetingUpdateInput {
  @Field(() => LocalDate, { nullable: true, description: 'Day of the meeting (the first day of the month or year for MONTH or YEAR).' })
  heldOn?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exactly heldOn is known.' })
  heldOnPrecision?: DatePrecision | null;

  @Field(() => String, { nullable: true, description: 'Title, 3 to 200 characters.' })
  title?: string | null;

  @Field(() => MeetingFormat, { nullable: true, description: 'Online, on site or hybrid.' })
  format?: MeetingFormat | null;

  @Field(() => ID, { nullable: true, description: 'ARS or AGS of the host municipality; null: no host.' })
  hostKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it took place, 2 to 200 characters; null: not recorded.' })
  place?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Managed topics, replacing the current ones.' })
  topicIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Free keywords, replacing the current ones.' })
  tags?: string[] | null;

  @Field(() => String, { nullable: true, description: 'What a source reports beyond the other fields; null clears it.' })
  note?: string | null;

  @Field(() => [String], { nullable: true, description: 'Public sources (URLs), replacing the current ones.' })
  sources?: string[] | null;
}

@ArgsType()
class MeetingsArgs extends PageArgs {
  @Field(() => NetworkId, { nullable: true, description: 'Only meetings of this network.' })
  network?: NetworkId | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Only meetings on or after this day; a meeting known only to the month or year counts when that month or year reaches this day.',
  })
  from?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Only meetings on or before this day (for MONTH or YEAR: that begin on or before it).',
  })
  to?: string | null;
}

/** The last day a meeting can have been held on, given how exactly its date is known (SQL over the alias). */
function latestDaySql(alias: string): string {
  return `(CASE ${alias}.held_on_precision
             WHEN '${DatePrecision.YEAR}' THEN (${alias}.held_on + interval '1 year' - interval '1 day')::date
             WHEN '${DatePrecision.MONTH}' THEN (${alias}.held_on + interval '1 month' - interval '1 day')::date
             ELSE ${alias}.held_on END)`;
}

/** Meetings of the networks and who attended them. */
@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => MeetingConnection, {
    description:
      'Meetings (Netzwerktreffen) and events of the networks, newest first (a meeting known only to the month or year sorts at its first day): those the Digitale Dörfer coordinators record, and those public sources report for either network.',
  })
  async meetings(@Args(() => MeetingsArgs) args: MeetingsArgs, @Ctx() ctx: RegistryContext): Promise<MeetingConnection> {
    const page = readPage(args);
    if (args.from && args.to && args.from > args.to) throw badInput('from must not be after to.', { argument: 'from' });
    const query = ctx.dataSource
      .getRepository(Meeting)
      .createQueryBuilder('mt')
      .orderBy('mt.held_on', 'DESC')
      .addOrderBy('mt.created_at', 'DESC')
      .addOrderBy('mt.id', 'DESC')
      .skip(page.offset)
      .take(page.limit);
    if (args.network) query.andWhere('mt.network = :network', { network: args.network });
    if (args.from) query.andWhere(`${latestDaySql('mt')} >= :from`, { from: args.from });
    if (args.to) query.andWhere('mt.held_on <= :to', { to: args.to });
    const [nodes, total] = await query.getManyAndCount();
    return toConnection(nodes, page, total);
  }

  @Query(() => Meeting, { nullable: true, description: 'One meeting by its id; null when no meeting has it.' })
  meeting(
    @Arg('id', () => ID, { description: 'The meeting’s id (Meeting.id).' }) id: string,
    @Ctx() ctx: RegistryContext,
  ): Promise<Meeting | null> {
    return ctx.dataSource.getRepository(Meeting).findOneBy({ id: requireUuid(id, 'id') });
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'The host municipality (Gastgeber); null when there was none.' })
  host(@Root() meeting: Meeting, @Ctx() ctx: RegistryContext): Promise<Municipality | null> | null {
    return meeting.hostArs ? ctx.loaders.municipalityByArs.load(meeting.hostArs) : null;
  }

  @FieldResolver(() => [Municipality], {
    description:
      'The member municipalities recorded as attending, by name. Kept only for Digitale Dörfer meetings; empty where no attendance is recorded (reported participant counts are in note).',
  })
  attendees(@Root() meeting: Meeting, @Ctx() ctx: RegistryContext): Promise<Municipality[]> {
    return ctx.loaders.attendeesByMeetingId.load(meeting.id);
  }

  @FieldResolver(() => [Topic], { description: 'The topics of the meeting.' })
  async topics(@Root() meeting: Meeting, @Ctx() ctx: RegistryContext): Promise<Topic[]> {
    return (await ctx.loaders.topicById.loadMany(meeting.topicIds)).filter((t): t is Topic => t instanceof Topic);
  }

  @Authorized(Permission.WRITE_DIGITALE_DOERFER)
  @Mutation(() => Meeting, {
    description:
      'Records a meeting of the Netzwerk Digitale Dörfer RLP (without attendance: see setMeetingAttendance). Coordinators of Digitale Dörfer RLP and ministry admins.',
  })
  async createMeeting(
    @Arg('input', () => MeetingInput, { description: 'The meeting.' }) input: MeetingInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<Meeting> {
    // Through the API only Digitale Dörfer meetings: the registry records them for its coordinators;
    // IKONE-DS meetings come from public sources (data/public-meetings.ts).
    const network = NetworkId.DIGITALE_DOERFER_RLP;
    const heldOnPrecision = input.heldOnPrecision ?? DatePrecision.DAY;
    const values = {
      network,
      heldOn: requireMeetingDate(input.heldOn, heldOnPrecision, network, 'input.heldOn'),
      heldOnPrecision,
      title: requireText(input.title, 'input.title', 3, 200),
      format: input.format,
      place: placeOf(input.place),
      tags: normalizeTags(input.tags, 'input.tags').tags,
      note: noteOf(input.note),
      sources: normalizeSources(input.sources, 'input.sources'),
    };
    return ctx.dataSource.transaction(async (manager) => {
      const topicIds = await requireTopicIds(manager, input.topicIds ?? [], 'input.topicIds', 0);
      const hostArs = await hostArsOf(manager, input.hostKey);
      const repository = manager.getRepository(Meeting);
      const meeting = repository.create({ id: randomUUID(), ...values, hostArs, topicIds, isDemo: false, version: 1 });
      await repository.insert(meeting);
      await recordAudit(manager, ctx, {
        action: 'meeting.create',
        entity: 'meeting',
        entityId: meeting.id,
        before: null,
        after: snapshot(meeting, MEETINGS.auditFields),
      });
      return repository.findOneByOrFail({ id: meeting.id });
    });
  }

  @Authorized(Permission.WRITE_DIGITALE_DOERFER)
  @Mutation(() => Meeting, {
    description:
      'Changes a meeting (its network stays). Meetings of Digitale Dörfer RLP: its coordinators and ministry admins; meetings of IKONE-DS (from public sources): ministry admins only.',
  })
  async updateMeeting(
    @Arg('id', () => ID, { description: 'The meeting.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last saw.' }) expectedVersion: number,
    @Arg('input', () => MeetingUpdateInput, { description: 'The changes.' }) input: MeetingUpdateInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<Meeting> {
    const meetingId = requireUuid(id, 'id');
    const changes: QueryDeepPartialEntity<Meeting> = {};
    const heldOn = input.heldOn === undefined ? undefined : notNull(input.heldOn, 'input.heldOn');
    const heldOnPrecision = input.heldOnPrecision === undefined ? undefined : notNull(input.heldOnPrecision, 'input.heldOnPrecision');
    if (input.title !== undefined) changes.title = requireText(notNull(input.title, 'input.title'), 'input.title', 3, 200);
    if (input.format !== undefined) changes.format = notNull(input.format, 'input.format');
    if (input.place !== undefined) changes.place = placeOf(input.place);
    if (input.tags !== undefined) changes.tags = normalizeTags(notNull(input.tags, 'input.tags'), 'input.tags').tags;
    if (input.note !== undefined) changes.note = noteOf(input.note);
    if (input.sources !== undefined) changes.sources = normalizeSources(notNull(input.sources, 'input.sources'), 'input.sources');
    if (
      Object.keys(changes).length === 0 &&
      heldOn === undefined &&
      heldOnPrecision === undefined &&
      input.hostKey === undefined &&
      input.topicIds === undefined
    ) {
      throw badInput('input names no field to change.', { argument: 'input' });
    }
    return ctx.dataSource.transaction((manager) =>
      changeVersioned(
        manager,
        ctx,
        MEETINGS,
        meetingId,
        expectedVersion,
        async (meeting) => {
          if (heldOn !== undefined || heldOnPrecision !== undefined) {
            // The date and its precision are checked together, whichever of them changes.
            const precision = heldOnPrecision ?? meeting.heldOnPrecision;
            changes.heldOn = requireMeetingDate(heldOn ?? meeting.heldOn, precision, meeting.network, 'input.heldOn');
            changes.heldOnPrecision = precision;
          }
          if (input.topicIds !== undefined) {
            changes.topicIds = await requireTopicIds(manager, notNull(input.topicIds, 'input.topicIds'), 'input.topicIds', 0);
          }
          if (input.hostKey !== undefined) changes.hostArs = await hostArsOf(manager, input.hostKey);
          return { action: 'meeting.update', set: changes };
        },
        (meeting) => requireMeetingWriter(ctx.principal, meeting),
      ),
    );
  }

  @Authorized(Permission.WRITE_DIGITALE_DOERFER)
  @Mutation(() => Meeting, {
    description:
      'Sets who attended a meeting of the Netzwerk Digitale Dörfer RLP, replacing the former list. Every attendee must be a member of the network (ACTIVE, or UNKNOWN since its last evidence; else BAD_USER_INPUT naming it). The registry keeps no attendance of IKONE-DS meetings (BAD_USER_INPUT). Counts as a change of the meeting (new version). Coordinators of Digitale Dörfer RLP and ministry admins.',
  })
  async setMeetingAttendance(
    @Arg('meetingId', () => ID, { description: 'The meeting.' }) meetingId: string,
    @Arg('expectedVersion', () => Int, { description: 'The version of the meeting you last saw.' }) expectedVersion: number,
    @Arg('municipalityKeys', () => [ID], {
      description: `ARS or AGS of every attending municipality (at most ${MAX_ATTENDEES}); an empty list clears the attendance.`,
    })
    municipalityKeys: string[],
    @Ctx() ctx: RegistryContext,
  ): Promise<Meeting> {
    const id = requireUuid(meetingId, 'meetingId');
    if (municipalityKeys.length > MAX_ATTENDEES) {
      throw badInput(`municipalityKeys may name at most ${MAX_ATTENDEES} municipalities.`, { argument: 'municipalityKeys' });
    }
    return ctx.dataSource.transaction((manager) =>
      // Attendance counts as a change of the meeting: its version goes up, the audit keeps the lists.
      changeVersioned(
        manager,
        ctx,
        MEETINGS,
        id,
        expectedVersion,
        async (meeting) => {
          const attendees = await findMunicipalitiesByKey(manager, municipalityKeys, 'municipalityKeys');
          await requireActiveMembers(manager, attendees, 'municipalityKeys');
          const before = { attendees: await attendeeArs(manager, id), version: meeting.version };
          await manager.delete(MeetingAttendance, { meetingId: id });
          if (attendees.length > 0) {
            await manager.query(`INSERT INTO registry.meeting_attendance (meeting_id, municipality_ars) SELECT $1, unnest($2::text[])`, [
              id,
              attendees.map((a) => a.ars),
            ]);
          }
          const after = { attendees: attendees.map((a) => a.ars).sort(), version: meeting.version + 1 };
          return { action: 'meeting.attendance', set: {}, audit: { before, after } };
        },
        (meeting) => requireAttendanceKept(meeting, 'meetingId'),
      ),
    );
  }
}

/** A place as given: 2 to 200 characters; null or blank for none. */
function placeOf(place: string | null | undefined): string | null {
  const text = optionalText(place, 'input.place', 200);
  return text === null ? null : requireText(text, 'input.place', 2, 200);
}

/** A note as given: up to 2,000 characters without e-mail addresses (meetings are public); null or blank for none. */
function noteOf(note: string | null | undefined): string | null {
  return requireNoEmail(optionalText(note, 'input.note', 2000), 'input.note');
}

/** The host's ARS for a key; null for none; NOT_FOUND for an unknown key. Hosts need not be members. */
async function hostArsOf(manager: EntityManager, key: string | null | undefined): Promise<string | null> {
  if (key === null || key === undefined) return null;
  const [host] = await findMunicipalitiesByKey(manager, [key], 'input.hostKey');
  return host.ars;
}
