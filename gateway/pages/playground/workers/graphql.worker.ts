// monaco-graphql's worker: validation and completion of GraphQL against the hub's schema.
import 'monaco-graphql/esm/graphql.worker.js';
