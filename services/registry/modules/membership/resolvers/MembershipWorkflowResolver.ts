// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { LocalDate } from '../../../../../common/input';
import { QueryFailedError } from 'typeorm';
import { Permission } from '../../../../../common/auth/roles';
import { DatePrecision, MembershipStatus, MunicipalityType } from '../../../../../common/domain';
import { today } from '../../../../../common/dates';
import { badInput, conflict } from '../../../../../common/errors';
import { digitaleDoerferEligibility } from '../../../../../common/network-fit/eligibility';
import { FACT_MESSAGES } from '../../../../../common/network-fit/rules';
import { FitReasonCode } from '../../../../../common/network-fit/types';
import { optionalText, requireDateOrder, requireNotFuture, requireText, requireUuid } from '../../../../../common/validation';
import type { RegistryContext } from '../../../context';
import { recordAudit, snapshot } from '../../../shared/audit';
import { changeVersioned } from '../../../shared/versioned-change';
import { Municipality } from '../../directory/entities/Municipality';
import { requireMunicipalityByKey } from '../../directory/municipality-keys';
import { DigitaleDoerferMembership } from '../entities/DigitaleDoerferMembership';
import { MEMBERSHIPS, OPEN_STATUSES } from '../rules';
import { ContactPersonInput, writeContactPerson } from './ContactPersonResolver';

@InputType({ description: 'The letter of application of a municipality (Beitrittsschreiben).' })
export class ApplicationInput {
  @Field(() => ID, { description: 'ARS or AGS of the applying municipality.' })
  municipalityKey: string;

  @Field(() => LocalDate, { description: 'Date of the letter.' })
  letterDate: string;

  @Field(() => String, { description: 'Who signed it: the Bürgermeisterin or Bürgermeister; for a Landkreis the Landrätin or Landrat.' })
  signedBy: string;

  @Field(() => LocalDate, { description: 'When the ministry received it.' })
  receivedOn: string;

  @Field(() => ContactPersonInput, {
    nullable: true,
    description: 'The contact person the letter names, if any (naming one is desirable).',
  })
  contact?: ContactPersonInput | null;
}

@ObjectType({ description: 'A recorded application, with notices for the applicant.' })
export class ApplicationResult {
  @Field(() => DigitaleDoerferMembership, { description: 'The new membership record, status RECEIVED.' })
  membership: DigitaleDoerferMembership;

  @Field(() => [String], { description: 'Notices in German, e.g. that the Verbandsgemeinde is already a member.' })
  notices: string[];
}

/** The workflow of the Netzwerk Digitale Dörfer RLP: letter → approve / reject / withdraw → end. */
@Resolver()
export class MembershipWorkflowResolver {
  @Authorized(Permission.WRITE_DIGITALE_DOERFER)
  @Mutation(() => ApplicationResult, {
    description:
      'Records the letter of application of an eligible municipality (status RECEIVED). Refused with CONFLICT while it has an open application, an active membership or one of unknown status.',
  })
  async recordApplication(
    @Arg('input', () => ApplicationInput, { description: 'The letter.' }) input: ApplicationInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<ApplicationResult> {
    const signedBy = requireText(input.signedBy, 'input.signedBy', 2, 200);
    requireNotFuture(input.receivedOn, 'input.receivedOn');
    requireDateOrder(input.letterDate, input.receivedOn, 'input.receivedOn', 'receivedOn must not be before letterDate.');
    const municipality = await requireMunicipalityByKey(ctx, input.municipalityKey, 'input.municipalityKey');
    const eligibility = digitaleDoerferEligibility(municipality.type, municipality.population);
    if (!eligibility.eligible) {
      throw badInput(eligibility.message, {
        argument: 'input.municipalityKey',
        reason: 'NOT_ELIGIBLE',
        suggestedNetwork: eligibility.suggestedNetwork,
      });
    }
    try {
      return await ctx.dataSource.transaction(async (manager) => {
        const repository = manager.getRepository(DigitaleDoerferMembership);
        const open = await repository.findOneBy(OPEN_STATUSES.map((status) => ({ municipalityArs: municipality.ars, status })));
        if (open) throw conflict(`${municipality.name} already has ${describeOpen(open)}.`);
        const membership = repository.create({
          id: randomUUID(),
          municipalityArs: municipality.ars,
          status: MembershipStatus.RECEIVED,
          letterDate: input.letterDate,
          signedBy,
          receivedOn: input.receivedOn,
          sources: [],
          version: 1,
          isDemo: false,
        });
        await repository.insert(membership);
        await recordAudit(manager, ctx, {
          action: 'application.record',
          entity: 'membership',
          entityId: membership.id,
          before: null,
          after: snapshot(membership, MEMBERSHIPS.auditFields),
        });
        if (input.contact) await writeContactPerson(manager, ctx, membership.id, input.contact, 0);
        return { membership: await repository.findOneByOrFail({ id: membership.id }), notices: await noticesFor(ctx, municipality) };
      });
    } catch (error) {
      // Two applications recorded at the same moment: the unique index lets one through.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505') {
        throw conflict(`${municipality.name} already has an open application, an active membership or one of unknown status.`);
      }
      throw error;
    }
  }

  @Authorized(Permission.WRITE_DIGITALE_DOERFER)
  @Mutation(() => DigitaleDoerferMembership, {
    description: 'Approves an open application: the municipality is a member from startedOn (default today).',
  })
  approveApplication(
    @Arg('membershipId', () => ID, { description: 'The application.' }) membershipId: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last saw.' }) expectedVersion: number,
    @Arg('startedOn', () => LocalDate, { nullable: true, description: 'Start of the membership (default today).' })
    startedOn: string | null,
    @Ctx() ctx: RegistryContext,
  ): Promise<DigitaleDoerferMembership> {
    return this.decide(ctx, membershipId, expectedVersion, 'application.approve', (m) => {
      const start = startedOn ?? today();
      requireDateOrder(m.receivedOn, start, 'startedOn', 'startedOn must not be before the letter was received.');
      return {
        status: MembershipStatus.ACTIVE,
        startedOn: start,
        startedOnPrecision: DatePrecision.DAY,
        decidedOn: today(),
        // The decision confirms the membership from its start; a later confirmation is confirmMembership.
        lastConfirmedOn: start,
      };
    });
  }

  @Authorized(Permission.WRITE_DIGITALE_DOERFER)
  @Mutation(() => DigitaleDoerferMembership, { description: 'Rejects an open application, with a reason.' })
  rejectApplication(
    @Arg('membershipId', () => ID, { description: 'The application.' }) membershipId: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last saw.' }) expectedVersion: number,
    @Arg('reason', () => String, { description: 'Why, in a sentence or two.' }) reason: string,
    @Ctx() ctx: RegistryContext,
  ): Promise<DigitaleDoerferMembership> {
    const text = requireText(reason, 'reason', 3, 2000);
    return this.decide(ctx, membershipId, expectedVersion, 'application.reject', () => ({
      status: MembershipStatus.REJECTED,
      decidedOn: today(),
      decisionReason: text,
    }));
  }

  @Authorized(Permission.WRITE_DIGITALE_DOERFER)
  @Mutation(() => DigitaleDoerferMembership, { description: 'Records that the municipality withdrew its open application.' })
  withdrawApplication(
    @Arg('membershipId', () => ID, { description: 'The application.' }) membershipId: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last saw.' }) expectedVersion: number,
    @Arg('reason', () => String, { nullable: true, description: 'Why, if known.' }) reason: string | null,
    @Ctx() ctx: RegistryContext,
  ): Promise<DigitaleDoerferMembership> {
    const text = optionalText(reason, 'reason', 2000);
    return this.decide(ctx, membershipId, expectedVersion, 'application.withdraw', () => ({
      status: MembershipStatus.WITHDRAWN,
      decidedOn: today(),
      decisionReason: text,
    }));
  }

  @Authorized(Permission.WRITE_DIGITALE_DOERFER)
  @Mutation(() => DigitaleDoerferMembership, {
    description:
      'Records that the member confirmed its membership on a date (default today), e.g. for one of UNKNOWN status: it is ACTIVE again, and lastConfirmedOn is that date.',
  })
  confirmMembership(
    @Arg('membershipId', () => ID, { description: 'The membership (ACTIVE or UNKNOWN).' }) membershipId: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last saw.' }) expectedVersion: number,
    @Arg('confirmedOn', () => LocalDate, { nullable: true, description: 'When the membership was confirmed (default today).' })
    confirmedOn: string | null,
    @Ctx() ctx: RegistryContext,
  ): Promise<DigitaleDoerferMembership> {
    const on = confirmedOn ?? today();
    requireNotFuture(on, 'confirmedOn');
    return this.decide(
      ctx,
      membershipId,
      expectedVersion,
      'membership.confirm',
      (m) => {
        requireDateOrder(m.startedOn, on, 'confirmedOn', 'confirmedOn must not be before the membership started.');
        requireDateOrder(
          m.lastConfirmedOn,
          on,
          'confirmedOn',
          `confirmedOn must not be before the last confirmation (${m.lastConfirmedOn}).`,
        );
        return { status: MembershipStatus.ACTIVE, lastConfirmedOn: on };
      },
      [MembershipStatus.ACTIVE, MembershipStatus.UNKNOWN],
    );
  }

  @Authorized(Permission.WRITE_DIGITALE_DOERFER)
  @Mutation(() => DigitaleDoerferMembership, {
    description: 'Ends an active membership, or one of unknown status, on a date (the municipality left). It can apply again later.',
  })
  endMembership(
    @Arg('membershipId', () => ID, { description: 'The membership (ACTIVE or UNKNOWN).' }) membershipId: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last saw.' }) expectedVersion: number,
    @Arg('endedOn', () => LocalDate, { description: 'Last day of the membership.' }) endedOn: string,
    @Arg('reason', () => String, { nullable: true, description: 'Why, if known.' }) reason: string | null,
    @Ctx() ctx: RegistryContext,
  ): Promise<DigitaleDoerferMembership> {
    const text = optionalText(reason, 'reason', 2000);
    return this.decide(
      ctx,
      membershipId,
      expectedVersion,
      'membership.end',
      (m) => {
        requireDateOrder(m.startedOn, endedOn, 'endedOn', 'endedOn must not be before the membership started.');
        requireDateOrder(m.lastConfirmedOn, endedOn, 'endedOn', `endedOn must not be before the last confirmation (${m.lastConfirmedOn}).`);
        return { status: MembershipStatus.ENDED, endedOn, decisionReason: text ?? m.decisionReason };
      },
      [MembershipStatus.ACTIVE, MembershipStatus.UNKNOWN],
    );
  }

  /** One state change on the versioned-change path, allowed only from the statuses `from`. */
  private decide(
    ctx: RegistryContext,
    membershipId: string,
    expectedVersion: number,
    action: string,
    change: (membership: DigitaleDoerferMembership) => Partial<DigitaleDoerferMembership>,
    from: MembershipStatus[] = [MembershipStatus.RECEIVED],
  ): Promise<DigitaleDoerferMembership> {
    const id = requireUuid(membershipId, 'membershipId');
    const requireStatus = (membership: DigitaleDoerferMembership) => {
      if (!from.includes(membership.status)) {
        throw conflict(
          `This ${from.includes(MembershipStatus.RECEIVED) ? 'application' : 'membership'} is ${membership.status}, not ${from.join(' or ')}; it was decided already.`,
        );
      }
    };
    return ctx.dataSource.transaction((manager) =>
      changeVersioned(manager, ctx, MEMBERSHIPS, id, expectedVersion, (membership) => ({ action, set: change(membership) }), requireStatus),
    );
  }
}

/** How a conflict names the open record that stands in the way, in the API's English. */
export function describeOpen(open: Pick<DigitaleDoerferMembership, 'status' | 'startedOn' | 'lastConfirmedOn'>): string {
  switch (open.status) {
    case MembershipStatus.ACTIVE:
      return `an active membership (since ${open.startedOn ?? 'an unknown date'})`;
    case MembershipStatus.UNKNOWN:
      return `a membership of unknown status (last confirmed ${open.lastConfirmedOn}); confirm it (confirmMembership) or end it (endMembership) first`;
    default:
      return 'an open application';
  }
}

/** An Ortsgemeinde may join on its own even when its Verbandsgemeinde is a member: it is told so. */
async function noticesFor(ctx: RegistryContext, municipality: Municipality): Promise<string[]> {
  const inVerbandsgemeinde = [MunicipalityType.ORTSGEMEINDE, MunicipalityType.VERBANDSANGEHOERIGE_STADT].includes(municipality.type);
  if (!inVerbandsgemeinde || !municipality.parentArs) return [];
  const vgMembership = await ctx.loaders.currentMembershipByArs.load(municipality.parentArs);
  if (vgMembership?.status !== MembershipStatus.ACTIVE) return [];
  const vg = await ctx.loaders.municipalityByArs.load(municipality.parentArs);
  return [FACT_MESSAGES[FitReasonCode.VERBANDSGEMEINDE_IS_MEMBER]!.replace('{name}', vg!.name)];
}
