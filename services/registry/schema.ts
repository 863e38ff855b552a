import { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../common/subgraph';
import { ApiKeyResolver } from './resolvers/ApiKeyResolver';
import { AuditResolver } from './resolvers/AuditResolver';
import { ReportResolver } from './resolvers/ReportResolver';
import { MembershipWorkflowResolver } from './resolvers/MembershipWorkflowResolver';
import { ContactPersonResolver } from './resolvers/ContactPersonResolver';
import { ExperienceReportResolver } from './resolvers/ExperienceReportResolver';
import { MeetingResolver } from './resolvers/MeetingResolver';
import { MunicipalityKnowledgeResolver } from './resolvers/MunicipalityKnowledgeResolver';
import { TopicResolver } from './resolvers/TopicResolver';
import { MembershipResolver } from './resolvers/MembershipResolver';
import { MunicipalityResolver, resolveMunicipalityReference } from './resolvers/MunicipalityResolver';
import { NetworkResolver, resolveNetworkReference } from './resolvers/NetworkResolver';

/** The registry subgraph's schema; needs no database, so `npm run compose` can print it. */
export function buildRegistrySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      MunicipalityResolver,
      NetworkResolver,
      MembershipResolver,
      MembershipWorkflowResolver,
      ContactPersonResolver,
      AuditResolver,
      ReportResolver,
      ApiKeyResolver,
      TopicResolver,
      MeetingResolver,
      ExperienceReportResolver,
      MunicipalityKnowledgeResolver,
    ],
    referenceResolvers: { Municipality: resolveMunicipalityReference, Network: resolveNetworkReference },
  });
}
