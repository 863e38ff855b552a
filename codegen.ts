// graphql-codegen: typed documents for the operations in client/operations, generated against
// the public API schema (schema/api.graphql, composed by `npm run compose`). Partner portals can
// copy client/generated; the tests use it, so an operation that no longer fits breaks the build.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  documents: ['client/operations/**/*.graphql'],
  generates: {
    'client/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { LocalDate: 'string', DateTimeISO: 'string' } },
    },
    // The same operations as typed strings, for a browser bundle that sends an operation without
    // carrying graphql-js's printer (the dashboard); the types are those of graphql.ts.
    'client/generated/strings.ts': {
      plugins: [{ add: { content: "/* eslint-disable */\nimport type * as Types from './graphql';" } }, 'typed-document-node'],
      // pure: a bundle keeps only the operations it sends
      config: { documentMode: 'string', importOperationTypesFrom: 'Types', useTypeImports: true, pureMagicComment: true },
    },
  },
};

export default config;
