// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { NetworkId } from '../domain';
import { Role } from './roles';

/** An API key of a partner portal or a service. Only a hash of the secret is stored. */
@ObjectType({ description: 'An API key. Its secret is shown once, when it is created, and never again.' })
@Entity({ name: 'api_key', schema: 'auth' })
export class ApiKey {
  @Field(() => ID, { description: 'Identifier; also the visible first part of the key.' })
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Field(() => String, { description: 'What the key is for, e.g. the portal that uses it.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => Role, { description: 'Role the key grants.' })
  @Column({ type: 'text' })
  role: Role;

  @Field(() => NetworkId, { nullable: true, description: 'Network a COORDINATOR key may change; null for other roles.' })
  @Column({ type: 'text', nullable: true })
  network: NetworkId | null;

  @Column({ type: 'char', length: 64, name: 'secret_hash' })
  secretHash: string;

  @Field(() => DateTimeISOResolver, { description: 'When the key was created.' })
  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field(() => String, { nullable: true, description: 'Who created it (API key id or "cli").' })
  @Column({ type: 'text', name: 'created_by', nullable: true })
  createdBy: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'After this moment the key no longer works; null: no expiry.' })
  @Column({ type: 'timestamptz', name: 'expires_at', nullable: true })
  expiresAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the key was revoked; null: not revoked.' })
  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Last successful use (updated at most once a minute).' })
  @Column({ type: 'timestamptz', name: 'last_used_at', nullable: true })
  lastUsedAt: Date | null;
}
