// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Knowledge exchange (Wissensaustausch) of the Netzwerk Digitale Dörfer RLP: managed topics,
// meetings (Netzwerktreffen) with their attendance, experience reports (Erfahrungsberichte) and
// "whom to ask" (ranking.ts). In the registry because its writes check memberships in the same
// transaction.
import type { RegistryModule } from '../../shared/module';
import { ExperienceReport } from './entities/ExperienceReport';
import { Meeting } from './entities/Meeting';
import { MeetingAttendance } from './entities/MeetingAttendance';
import { Topic } from './entities/Topic';
import { ExperienceReportResolver } from './resolvers/ExperienceReportResolver';
import { MeetingResolver } from './resolvers/MeetingResolver';
import { MunicipalityKnowledgeResolver } from './resolvers/MunicipalityKnowledgeResolver';
import { TopicResolver } from './resolvers/TopicResolver';

export const knowledgeModule: RegistryModule = {
  entities: [Topic, Meeting, MeetingAttendance, ExperienceReport],
  resolvers: [TopicResolver, MeetingResolver, ExperienceReportResolver, MunicipalityKnowledgeResolver],
};
