import type { ServiceDatabase } from '../../common/database';
import { DigitaleDoerferMembership } from './entities/DigitaleDoerferMembership';
import { DirectoryImport } from './entities/DirectoryImport';
import { Municipality } from './entities/Municipality';
import { CreateRegistry1764000000000 } from './migrations/1764000000000-CreateRegistry';

export const registryDatabase: ServiceDatabase = {
  schema: 'registry',
  entities: [Municipality, DigitaleDoerferMembership, DirectoryImport],
  migrations: [CreateRegistry1764000000000],
};
