// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { Permission } from '../../../../../common/auth/roles';
import { DatePrecision, DigitaleDoerferRole, MODEL_PROJECT_TERM, NetworkId } from '../../../../../common/domain';
import { badInput, conflict } from '../../../../../common/errors';
import { LocalDate } from '../../../../../common/input';
import { digitaleDoerferEligibility } from '../../../../../common/network-fit/eligibility';
import { NETWORKS } from '../../../../../common/networks';
import {
  MAX_SOURCES,
  normalizeSources,
  optionalText,
  requireDateOrder,
  requireFirstDayOfPrecision,
  requireNotFuture,
  requireUuid,
} from '../../../../../common/validation';
import type { RegistryContext } from '../../../context';
import { recordAudit, snapshot } from '../../../shared/audit';
import { changeVersioned } from '../../../shared/versioned-change';
import { requireMunicipalityByKey } from '../../directory/municipality-keys';
import { MembershipSource } from '../entities/DigitaleDoerferMembership';
import { DigitaleDoerferRoleTerm } from '../entities/DigitaleDoerferRoleTerm';
import { ROLE_TERMS } from '../rules';

@InputType({ description: 'A role term to record: which municipality held which role from when (and, for a past term, until when).' })
export class RoleTermInput {
  @Field(() => ID, { description: 'ARS or AGS of the municipality.' })
  municipalityKey: string;

  @Field(() => DigitaleDoerferRole, { description: 'Which role.' })
  role: DigitaleDoerferRole;

  @Field(() => LocalDate, {
    description: 'Start of the term; with precision MONTH or YEAR the first day of that month or year. Not in the future.',
  })
  startedOn: string;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact startedOn is (default DAY).' })
  startedOnPrecision?: DatePrecision | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day of a term that is already over; none while it lasts (end it later with endRoleTerm).',
  })
  endedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'What the term rests on, in German, at most 2000 characters.' })
  note?: string | null;

  @Field(() => [String], { nullable: true, description: `Public sources (http or https URLs), at most ${MAX_SOURCES}.` })
  sources?: string[] | null;
}

/** Where a role's terms may lie: a transfer point from the network's founding, a model municipality within the project (2015–2021). */
function requireWithinRole(role: DigitaleDoerferRole, startedOn: string, endedOn: string | null): void {
  if (role === DigitaleDoerferRole.TRANSFER_POINT) {
    const founded = NETWORKS[NetworkId.DIGITALE_DOERFER_RLP].founded; // YYYY-MM
    if (startedOn.slice(0, 7) < founded) {
      throw badInput(`input.startedOn: transfer points exist since the network was founded (${founded}).`, { argument: 'input.startedOn' });
    }
    return;
  }
  const last = endedOn ?? startedOn;
  if (startedOn < MODEL_PROJECT_TERM.startedOn || last > MODEL_PROJECT_TERM.endedOn) {
    throw badInput(
      `input.startedOn: the project "Digitale Dörfer" ran from ${MODEL_PROJECT_TERM.startedOn.slice(0, 4)} to ${MODEL_PROJECT_TERM.endedOn.slice(0, 4)}; a model municipality's term lies within it.`,
      { argument: 'input.startedOn' },
    );
  }
}

/** Recording and ending the dated roles of a municipality; membership stays as it is (a role is not a membership). */
@Resolver()
export class RoleTermResolver {
  @Authorized(Permission.WRITE_DIGITALE_DOERFER)
  @Mutation(() => DigitaleDoerferRoleTerm, {
    description:
      'Records a role term of a municipality, e.g. that it became a transfer point (Transferstelle). Refused with CONFLICT while a term of the same role of that municipality overlaps it. Coordinators of Digitale Dörfer RLP and ministry admins.',
  })
  async recordRoleTerm(
    @Arg('input', () => RoleTermInput, { description: 'The term.' }) input: RoleTermInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<DigitaleDoerferRoleTerm> {
    const startedOnPrecision = input.startedOnPrecision ?? DatePrecision.DAY;
    requireFirstDayOfPrecision(input.startedOn, startedOnPrecision, 'input.startedOn');
    requireNotFuture(input.startedOn, 'input.startedOn');
    const endedOn = input.endedOn ?? null;
    if (endedOn) {
      requireNotFuture(endedOn, 'input.endedOn');
      requireDateOrder(input.startedOn, endedOn, 'input.endedOn', 'input.endedOn must not be before input.startedOn.');
    }
    requireWithinRole(input.role, input.startedOn, endedOn);
    const note = optionalText(input.note, 'input.note', 2000);
    const sources = normalizeSources(input.sources, 'input.sources');
    const municipality = await requireMunicipalityByKey(ctx, input.municipalityKey, 'input.municipalityKey');
    const eligibility = digitaleDoerferEligibility(municipality.type, municipality.population);
    if (!eligibility.eligible) throw badInput(eligibility.message, { argument: 'input.municipalityKey', reason: 'NOT_ELIGIBLE' });

    return ctx.dataSource.transaction(async (manager) => {
      // One writer of a municipality's terms at a time, so that two overlapping terms cannot both pass the check.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('registry.digitale_doerfer_role'), hashtext($1))`, [municipality.ars]);
      const overlapping: { started_on: string; ended_on: string | null }[] = await manager.query(
        `SELECT to_char(started_on, 'YYYY-MM-DD') AS started_on, to_char(ended_on, 'YYYY-MM-DD') AS ended_on
           FROM registry.digitale_doerfer_role
          WHERE municipality_ars = $1 AND role = $2 AND started_on <= COALESCE($4::date, 'infinity') AND COALESCE(ended_on, 'infinity') >= $3::date
          LIMIT 1`,
        [municipality.ars, input.role, input.startedOn, endedOn],
      );
      if (overlapping.length) {
        const [term] = overlapping;
        throw conflict(
          `${municipality.name} already holds this role from ${term.started_on}${term.ended_on ? ` to ${term.ended_on}` : ' on'}; end that term first (endRoleTerm) or choose dates outside it.`,
        );
      }
      const repository = manager.getRepository(DigitaleDoerferRoleTerm);
      const term = repository.create({
        id: randomUUID(),
        municipalityArs: municipality.ars,
        role: input.role,
        startedOn: input.startedOn,
        startedOnPrecision,
        endedOn,
        endedOnPrecision: endedOn ? DatePrecision.DAY : null,
        lastConfirmedOn: null,
        note,
        sources,
        source: MembershipSource.RECORDED,
        version: 1,
      });
      await repository.insert(term);
      await recordAudit(manager, ctx, {
        action: 'role.record',
        entity: ROLE_TERMS.auditEntity,
        entityId: term.id,
        before: null,
        after: snapshot(term, ROLE_TERMS.auditFields),
      });
      return repository.findOneByOrFail({ id: term.id });
    });
  }

  @Authorized(Permission.WRITE_DIGITALE_DOERFER)
  @Mutation(() => DigitaleDoerferRoleTerm, {
    description:
      'Ends a role term that still lasts, on its last day (e.g. a transfer point handing on the role); the membership is not touched. Coordinators of Digitale Dörfer RLP and ministry admins.',
  })
  endRoleTerm(
    @Arg('roleTermId', () => ID, { description: 'The term (Municipality.digitaleDoerferRoles).' }) roleTermId: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last saw.' }) expectedVersion: number,
    @Arg('endedOn', () => LocalDate, { description: 'Last day of the term; not in the future.' }) endedOn: string,
    @Ctx() ctx: RegistryContext,
  ): Promise<DigitaleDoerferRoleTerm> {
    const id = requireUuid(roleTermId, 'roleTermId');
    requireNotFuture(endedOn, 'endedOn');
    const requireLasting = (term: DigitaleDoerferRoleTerm) => {
      if (term.endedOn !== null) throw conflict(`This role term ended on ${term.endedOn} already.`);
    };
    return ctx.dataSource.transaction((manager) =>
      changeVersioned(
        manager,
        ctx,
        ROLE_TERMS,
        id,
        expectedVersion,
        (term) => {
          requireDateOrder(term.startedOn, endedOn, 'endedOn', `endedOn must not be before the term started (${term.startedOn}).`);
          return { action: 'role.end', set: { endedOn, endedOnPrecision: DatePrecision.DAY } };
        },
        requireLasting,
      ),
    );
  }
}
