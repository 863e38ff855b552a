// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { QueryFailedError } from 'typeorm';
import { Permission } from '../../../../../common/auth/roles';
import { badInput, conflict } from '../../../../../common/errors';
import { searchKey } from '../../../../../common/text';
import { requireText } from '../../../../../common/validation';
import { recordAudit, snapshot } from '../../../shared/audit';
import { Topic } from '../entities/Topic';
import { searchWords } from '../../../../../common/validation';
import { allWordsIn } from '../rules';
import type { RegistryContext } from '../../../context';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 60;

/** The topic vocabulary of the knowledge exchange (Wissensaustausch). */
@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => [Topic], {
    description:
      'The managed topics of the knowledge exchange, by name. With a search text, only topics whose name contains all its words; case, umlauts and their transliterations do not matter ("buergerbeteiligung" finds "Bürgerbeteiligung online").',
  })
  async topics(
    @Arg('search', () => String, { nullable: true, description: 'Words of the topic name, e.g. "telemedizin" or "Dorf App".' })
    search: string | null,
    @Ctx() ctx: RegistryContext,
  ): Promise<Topic[]> {
    const query = ctx.dataSource.getRepository(Topic).createQueryBuilder('t').orderBy('t.name').addOrderBy('t.id');
    if (search !== null && search !== undefined) {
      query.where(allWordsIn('t.search_key', ':words'), { words: searchWords(search, 'search') });
    }
    return query.getMany();
  }

  @Authorized(Permission.WRITE_DIGITALE_DOERFER)
  @Mutation(() => Topic, {
    description:
      'Adds a topic to the managed list. Refused with CONFLICT when the id or a topic of the same name (after folding case and umlauts) exists. Coordinators of Digitale Dörfer RLP and ministry admins.',
  })
  async addTopic(
    @Arg('name', () => String, { description: 'Name in German, 2 to 100 characters, e.g. "Digitale Friedhofsverwaltung".' }) name: string,
    @Arg('id', () => ID, {
      nullable: true,
      description: `Identifier (slug: lower-case letters, digits and single hyphens, at most ${MAX_SLUG_LENGTH} characters); default: made from the name.`,
    })
    id: string | null,
    @Ctx() ctx: RegistryContext,
  ): Promise<Topic> {
    const topicName = requireText(name, 'name', 2, 100).replace(/\s+/g, ' ');
    const key = searchKey(topicName);
    if (key === '') throw badInput('name must contain at least one letter or digit.', { argument: 'name' });
    const slug = id ?? key.replace(/ /g, '-').slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
    if (!SLUG.test(slug) || slug.length > MAX_SLUG_LENGTH) {
      throw badInput(`id must be lower-case letters, digits and single hyphens, at most ${MAX_SLUG_LENGTH} characters.`, {
        argument: 'id',
      });
    }
    try {
      return await ctx.dataSource.transaction(async (manager) => {
        const [existing]: { id: string; name: string }[] = await manager.query(
          `SELECT id, name FROM registry.topic WHERE id = $1 OR search_key = $2 LIMIT 1`,
          [slug, key],
        );
        if (existing) throw conflict(`The topic "${existing.name}" (id ${existing.id}) exists already.`);
        const topic = manager.getRepository(Topic).create({ id: slug, name: topicName, searchKey: key });
        await manager.getRepository(Topic).insert(topic);
        await recordAudit(manager, ctx, {
          action: 'topic.add',
          entity: 'topic',
          entityId: slug,
          before: null,
          after: snapshot(topic, ['id', 'name']),
        });
        return topic;
      });
    } catch (error) {
      // Two equal topics added at the same moment: the unique constraints let one through.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505') {
        throw conflict(`A topic with this id or name exists already.`);
      }
      throw error;
    }
  }
}
