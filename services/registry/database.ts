import type { ServiceDatabase } from '../../common/database';
import { DigitaleDoerferMembership } from './entities/DigitaleDoerferMembership';
import { Municipality } from './entities/Municipality';
import { ApiKey } from '../../common/auth/ApiKey';
import { ContactPerson } from './entities/ContactPerson';
import { CreateRegistry1764000000000 } from './migrations/1764000000000-CreateRegistry';
import { ContactPersons1764000000003 } from './migrations/1764000000003-ContactPersons';
import { MembershipWorkflow1764000000004 } from './migrations/1764000000004-MembershipWorkflow';
import { AuditEvent } from './entities/AuditEvent';
import { ExperienceReport } from './entities/ExperienceReport';
import { Meeting } from './entities/Meeting';
import { MeetingAttendance } from './entities/MeetingAttendance';
import { Topic } from './entities/Topic';
import { KnowledgeExchange1764000000005 } from './migrations/1764000000005-KnowledgeExchange';
import { AnnounceRegistryChanges1764000000007 } from './migrations/1764000000007-AnnounceChanges';
import { NameSearchIndex1764000000008 } from './migrations/1764000000008-NameSearchIndex';

export const registryDatabase: ServiceDatabase = {
  schema: 'registry',
  // ApiKey lives in the shared schema "auth" (common/auth), managed through the registry's API.
  entities: [
    Municipality,
    DigitaleDoerferMembership,
    ContactPerson,
    AuditEvent,
    ApiKey,
    Topic,
    Meeting,
    MeetingAttendance,
    ExperienceReport,
  ],
  migrations: [
    CreateRegistry1764000000000,
    ContactPersons1764000000003,
    MembershipWorkflow1764000000004,
    KnowledgeExchange1764000000005,
    AnnounceRegistryChanges1764000000007,
    NameSearchIndex1764000000008,
  ],
};
