import type { ServiceDatabase } from '../../common/database';
import { DigitaleDoerferMembership } from './entities/DigitaleDoerferMembership';
import { DirectoryImport } from './entities/DirectoryImport';
import { Municipality } from './entities/Municipality';
import { ApiKey } from '../../common/auth/ApiKey';
import { ContactPerson } from './entities/ContactPerson';
import { CreateRegistry1764000000000 } from './migrations/1764000000000-CreateRegistry';
import { ContactPersons1764000000003 } from './migrations/1764000000003-ContactPersons';

export const registryDatabase: ServiceDatabase = {
  schema: 'registry',
  // ApiKey lives in the shared schema "auth" (common/auth), managed through the registry's API.
  entities: [Municipality, DigitaleDoerferMembership, DirectoryImport, ContactPerson, ApiKey],
  migrations: [CreateRegistry1764000000000, ContactPersons1764000000003],
};
