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
import { badInput } from '../../../../../common/errors';
import { LocalDate } from '../../../../../common/input';
import { Connection, PageArgs, readPage, toConnection } from '../../../../../common/pagination';
import { normalizeTags, notNull, requireText, requireUuid } from '../../../../../common/validation';
import type { RegistryContext } from '../../../context';
import { recordAudit, snapshot } from '../../../shared/audit';
import { changeVersioned } from '../../../shared/versioned-change';
import { Municipality } from '../../directory/entities/Municipality';
import { findMunicipalitiesByKey } from '../../directory/municipality-keys';
import { requireActiveMembers } from '../../membership/rules';
import { Meeting, MeetingFormat } from '../entities/Meeting';
import { MeetingAttendance } from '../entities/MeetingAttendance';
import { Topic } from '../entities/Topic';
import { attendeeArs, MAX_ATTENDEES, MEETINGS, requireMeetingDate, requireTopicIds } from '../rules';

@ObjectType({ description: 'A page of meetings (Netzwerktreffen), newest first.' })
export class MeetingConnection extends Connection(Meeting, 'Meeting', 'meeting') {}

@InputType({ description: 'A new meeting (Netzwerktreffen) of the Netzwerk Digitale Dörfer RLP.' })
export class MeetingInput {
  @Field(() => LocalDate, { description: 'Day of the meeting, not before the network was founded (December 2020).' })
  heldOn: string;

  @Field(() => String, { description: 'Title, 3 to 200 characters.' })
  title: string;

  @Field(() => MeetingFormat, { description: 'Online, on site or hybrid.' })
  format: MeetingFormat;

  @Field(() => ID, { nullable: true, description: 'ARS or AGS of the host municipality (Gastgeber), if any.' })
  hostKey?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Managed topics (ids from Query.topics), at most 10.' })
  topicIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Free keywords (Schlagwörter), at most 20 of 1 to 50 characters.' })
  tags?: string[] | null;
}

@InputType({ description: 'Changes to a meeting: only the fields given change; hostKey null removes the host.' })
export class MeetingUpdateInput {
  @Field(() => LocalDate, { nullable: true, description: 'Day of the meeting.' })
  heldOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Title, 3 to 200 characters.' })
  title?: string | null;

  @Field(() => MeetingFormat, { nullable: true, description: 'Online, on site or hybrid.' })
  format?: MeetingFormat | null;

  @Field(() => ID, { nullable: true, description: 'ARS or AGS of the host municipality; null: no host.' })
  hostKey?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Managed topics, replacing the current ones.' })
  topicIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Free keywords, replacing the current ones.' })
  tags?: string[] | null;
}

@ArgsType()
class MeetingsArgs extends PageArgs {
  @Field(() => LocalDate, { nullable: true, description: 'Only meetings on or after this day.' })
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Only meetings on or before this day.' })
  to?: string | null;
}

/** Meetings of the network and who attended them. */
@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => MeetingConnection, { description: 'Meetings (Netzwerktreffen) of the Netzwerk Digitale Dörfer RLP, newest first.' })
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
    if (args.from) query.andWhere('mt.held_on >= :from', { from: args.from });
    if (args.to) query.andWhere('mt.held_on <= :to', { to: args.to });
    const [nodes, total] = await query.getManyAndCount();
    return toConnection(nodes, page, total);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'The host municipality (Gastgeber); null when there was none.' })
  host(@Root() meeting: Meeting, @Ctx() ctx: RegistryContext): Promise<Municipality | null> | null {
    return meeting.hostArs ? ctx.loaders.municipalityByArs.load(meeting.hostArs) : null;
  }

  @FieldResolver(() => [Municipality], { description: 'The member municipalities that attended, by name.' })
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
      'Records a meeting (without attendance: see setMeetingAttendance). Coordinators of Digitale Dörfer RLP and ministry admins.',
  })
  async createMeeting(
    @Arg('input', () => MeetingInput, { description: 'The meeting.' }) input: MeetingInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<Meeting> {
    const values = {
      heldOn: requireMeetingDate(input.heldOn, 'input.heldOn'),
      title: requireText(input.title, 'input.title', 3, 200),
      format: input.format,
      tags: normalizeTags(input.tags, 'input.tags').tags,
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
  @Mutation(() => Meeting, { description: 'Changes a meeting. Coordinators of Digitale Dörfer RLP and ministry admins.' })
  async updateMeeting(
    @Arg('id', () => ID, { description: 'The meeting.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last saw.' }) expectedVersion: number,
    @Arg('input', () => MeetingUpdateInput, { description: 'The changes.' }) input: MeetingUpdateInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<Meeting> {
    const meetingId = requireUuid(id, 'id');
    const changes: QueryDeepPartialEntity<Meeting> = {};
    if (input.heldOn !== undefined) changes.heldOn = requireMeetingDate(notNull(input.heldOn, 'input.heldOn'), 'input.heldOn');
    if (input.title !== undefined) changes.title = requireText(notNull(input.title, 'input.title'), 'input.title', 3, 200);
    if (input.format !== undefined) changes.format = notNull(input.format, 'input.format');
    if (input.tags !== undefined) changes.tags = normalizeTags(notNull(input.tags, 'input.tags'), 'input.tags').tags;
    if (Object.keys(changes).length === 0 && input.hostKey === undefined && input.topicIds === undefined) {
      throw badInput('input names no field to change.', { argument: 'input' });
    }
    return ctx.dataSource.transaction((manager) =>
      changeVersioned(manager, ctx, MEETINGS, meetingId, expectedVersion, async () => {
        if (input.topicIds !== undefined) {
          changes.topicIds = await requireTopicIds(manager, notNull(input.topicIds, 'input.topicIds'), 'input.topicIds', 0);
        }
        if (input.hostKey !== undefined) changes.hostArs = await hostArsOf(manager, input.hostKey);
        return { action: 'meeting.update', set: changes };
      }),
    );
  }

  @Authorized(Permission.WRITE_DIGITALE_DOERFER)
  @Mutation(() => Meeting, {
    description:
      'Sets who attended a meeting, replacing the former list. Every attendee must have an ACTIVE Digitale Dörfer membership (else BAD_USER_INPUT naming it). Counts as a change of the meeting (new version). Coordinators of Digitale Dörfer RLP and ministry admins.',
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
      changeVersioned(manager, ctx, MEETINGS, id, expectedVersion, async (meeting) => {
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
      }),
    );
  }
}

/** The host's ARS for a key; null for none; NOT_FOUND for an unknown key. Hosts need not be members. */
async function hostArsOf(manager: EntityManager, key: string | null | undefined): Promise<string | null> {
  if (key === null || key === undefined) return null;
  const [host] = await findMunicipalitiesByKey(manager, [key], 'input.hostKey');
  return host.ars;
}
